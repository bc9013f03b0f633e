import { findClosestMatch } from '../../core/text/closest-match';
import type { Problem } from './problem';

export interface JsxUse {
  name: string;
  line?: number;
}

/**
 * Lessons may only use the components peerpath provides; anything else would fail when rendered.
 * Lowercase names are HTML elements and always allowed.
 */
export function checkMdxComponents(
  file: string,
  entry: string | undefined,
  uses: readonly JsxUse[],
  known: readonly string[],
  topLevel: readonly string[] = known,
): Problem[] {
  return uses
    .filter((use) => /^[A-Z]/.test(use.name) && !known.includes(use.name))
    .map((use) => {
      const close = findClosestMatch(use.name, known);
      return {
        file,
        line: use.line,
        entry,
        message: `The lesson uses the component \`<${use.name}>\`, which peerpath does not provide.`,
        hint: close
          ? `Did you mean \`<${close}>\`? Component names are case-sensitive.`
          : `Use one of the components peerpath provides (${describeKnown(known, topLevel)}), or remove the tag and its closing tag.`,
      };
    });
}

// The full list has two dozen quiz and scenario parts; naming the outer components reads better.
function describeKnown(known: readonly string[], topLevel: readonly string[]): string {
  const names = topLevel.map((name) => `\`<${name}>\``).join(', ');
  return topLevel.length < known.length ? `${names} and the elements that go inside them, listed in the README` : names;
}
