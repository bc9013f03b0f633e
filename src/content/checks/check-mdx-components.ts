import type { Problem } from './problem';

export interface JsxUse {
  name: string;
  line?: number;
}

/** Lessons may only use the components peerpath provides; anything else would fail when rendered. */
export function checkMdxComponents(
  file: string,
  entry: string,
  uses: JsxUse[],
  known: readonly string[],
): Problem[] {
  return uses
    .filter((use) => /^[A-Z]/.test(use.name) && !known.includes(use.name))
    .map((use) => ({
      file,
      line: use.line,
      entry,
      message: `uses the component <${use.name}>, which peerpath does not provide`,
      hint: `Use one of ${known.map((name) => `<${name}>`).join(', ')}, or check the spelling (names are case-sensitive).`,
    }));
}
