import { load as loadYaml } from 'js-yaml';

/**
 * Parses YAML, reading a text with nothing but blank lines and comments as `undefined`:
 * js-yaml 5 throws on empty input, but an empty course.yaml or frontmatter is a missing-fields
 * problem, not a syntax error.
 */
export function loadYamlText(text: string): unknown {
  if (/^(\s*(#.*)?(\r?\n|$))*$/.test(text)) return undefined;
  return loadYaml(text);
}
