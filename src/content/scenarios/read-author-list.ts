import type { ParseResult } from '../../core/scenario/author-list';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { reportAt, type ScenarioReadContext } from './scenario-read-context';

/**
 * Parses one of the little languages scenario attributes hold (`when`, `scores`, `sets`) with the
 * core parser, reporting each problem on the element; undefined when the text cannot be read.
 * `fallback` stands for the attribute left out.
 */
export function readAuthorList<T>(
  element: JsxElementNode,
  name: string,
  written: unknown,
  parse: (text: string) => ParseResult<T>,
  fallback: T,
  context: ScenarioReadContext,
  entry: string | undefined,
): T | undefined {
  // Not text (left out, or a number): the schema check has said what to write.
  if (typeof written !== 'string') return written === undefined ? fallback : undefined;
  const result = parse(written);
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    reportAt(context, element, entry, { message: `In the \`${name}\` of \`<${element.name}>\`, ${problem.message}.`, hint: problem.hint });
  }
  return undefined;
}
