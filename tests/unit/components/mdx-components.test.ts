import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../../../src/core/mdx-component-names';

// The author check allows exactly MDX_COMPONENT_NAMES; the lesson page provides the map in
// components/mdx/index.ts. If the two drift, a lesson passes the check and fails to render.
describe('MDX components available to lessons', () => {
  it('provides exactly the components the author check allows', () => {
    const source = readFileSync(path.resolve(import.meta.dirname, '../../../src/components/mdx/index.ts'), 'utf8');
    const provided = /mdxComponents\s*=\s*\{([^}]*)\}/.exec(source)?.[1].split(',').map((name) => name.trim()).filter(Boolean);
    expect(provided?.sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });
});
