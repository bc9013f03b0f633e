import type { Problem } from './problem';

/**
 * In YAML, `objectives: [Listen, reflect and respond]` is two objectives: a comma inside square
 * brackets always starts a new item, which is easy to miss in a sentence. A bracketed list of two or
 * more unquoted items, some of them several words, is refused with what YAML made of it, so nothing
 * is split silently.
 * `firstLine` is the file line the YAML starts on (2 in frontmatter).
 */
export function checkFlowLists(yaml: string, firstLine: number, at: { file: string; entry?: string }): Problem[] {
  return yaml.split('\n').flatMap((text, index) => {
    const list = /^(\s*(?:-\s+)?)([A-Za-z][\w-]*):\s*\[(.*)\]\s*(?:#.*)?$/.exec(text);
    if (!list) return [];
    const [, indent = '', field = '', inside = ''] = list;
    const items = inside.split(',').map((item) => item.trim());
    // Lists of single words (ids, `lessons: [welcome, listening]`) cannot hide a split sentence.
    if (items.length < 2 || items.some((item) => /^["'[{]/.test(item)) || !items.some((item) => /\s/.test(item))) return [];
    const shown = items.map((item) => `"${item}"`).join(', ');
    return [{
      ...at,
      line: firstLine + index,
      column: indent.length + 1,
      message: `\`${field}\` is a list in square brackets, where every comma starts a new item, so it holds ${items.length} items: ${shown}. If any of them was meant to be one sentence with a comma, it would show as two.`,
      hint: `Write one item per line, each starting with "- " under \`${field}:\`, or put each item in quotes: \`${field}: [${items.map((item) => `"${item}"`).join(', ')}]\`.`,
    }];
  });
}
