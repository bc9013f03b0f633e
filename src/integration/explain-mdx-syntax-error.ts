/** A satteri MDX syntax error ("7:1: Expected a closing tag for `<X>` (7:1) (mdx-jsx:…)") in an author's words. */
export function explainMdxSyntaxError(raw: string): { line?: number; message: string; hint: string } {
  const position = /^(\d+):(\d+):\s*/.exec(raw);
  // Satteri ends with a rule code, "(mdx-jsx:…)", after an optional "(note: …)" that the hint covers.
  const reason = raw
    .replace(/^(\d+):(\d+):\s*/, '')
    .replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '')
    .replace(/\s*\(note: .*\)$/, '')
    // A position inside the reason names another line (where a tag was opened); the reported line is shown anyway.
    .replace(/ \((\d+):\d+\)/g, (_, line: string) => (position && line === position[1] ? '' : ` (line ${line})`));
  const isHtmlComment = raw.includes('to create a comment in MDX');
  return {
    line: position ? Number(position[1]) : undefined,
    message: isHtmlComment
      ? 'The MDX cannot be read: `<!--` starts an HTML comment, which MDX does not allow.'
      : `The MDX cannot be read: ${reason.charAt(0).toLowerCase()}${reason.slice(1).replace(/\.?$/, '.')}`,
    hint: hintFor(raw),
  };
}

function hintFor(raw: string): string {
  const unclosed = /Expected a closing tag for `<([^>]+)>`/.exec(raw);
  if (unclosed) {
    return `Close it with \`</${unclosed[1]}>\` after its content, or end the opening tag with \`/>\` if it has no content.`;
  }
  const mismatched = /Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/.exec(raw);
  if (mismatched) {
    const [, closing, open] = mismatched;
    return `Close \`<${open}>\` with \`</${open}>\` before \`</${closing}>\`, so each closing tag matches the last tag still open.`;
  }
  if (raw.includes('to create a comment in MDX')) return 'Write comments as `{/* … */}`; MDX does not accept `<!-- … -->`.';
  // No Markdown link syntax here: Astro's terminal output turns "[a](b)" into "a b".
  if (/after `<`|before name/.test(raw)) {
    return 'To show a "<" in the text, write `\\<` or put a space after it. For a link, put the text in square brackets and the address right after it in round brackets.';
  }
  if (/expression|brace/.test(raw)) return 'To show a "{" or "}" in the text, write `\\{` or `\\}`; otherwise close the expression with `}`.';
  return 'Close every tag you open, and write a "<" or "{" that belongs to the text as `\\<` or `\\{`.';
}
