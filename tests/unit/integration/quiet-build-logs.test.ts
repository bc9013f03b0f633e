import { describe, expect, it } from 'vitest';
import { passBuildLogsExceptHeadInject } from '../../../src/integration/quiet-build-logs';

describe('build logs', () => {
  const passed = (log: { code?: string; message: string }) => {
    const seen: unknown[] = [];
    passBuildLogsExceptHeadInject('warn', log, (_level, passedLog) => seen.push(passedLog));
    return seen.length === 1;
  };

  it('drops only the per-lesson "use astro:head-inject" directive warning', () => {
    expect(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "x.mdx"' })).toBe(false);
  });

  it('passes every other warning on, including other directives', () => {
    expect(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'Module level directives cause errors when bundled, "use client" in "x.js" was ignored.' })).toBe(true);
    expect(passed({ code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "./missing"' })).toBe(true);
  });
});
