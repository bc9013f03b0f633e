// A placeholder can stand for a sentence an author wrote, such as a role-play choice in
// "You chose: {choice}. Feedback on your choice follows." When that sentence already ends in
// . ? ! or … (perhaps inside closing quotes), the template's own full stop would double it
// ("… later?. Feedback …", read aloud by screen readers), so the full stop is left out.
const SENTENCE_END = /[.?!…]["'”’»«)\]]*$/u;

/**
 * The label with each `{name}` replaced by its value; placeholders without a value stay as written.
 * A replacer function, so "$&" in a learner's or author's text stays literal.
 */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name: string, fullStop: string) => {
    if (!(name in values)) return whole;
    const value = String(values[name]);
    return fullStop && SENTENCE_END.test(value.trimEnd()) ? value : value + fullStop;
  });
}
