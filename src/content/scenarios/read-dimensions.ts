import { splitCommaList } from '../../core/scenario/author-list';
import type { JsxElementNode } from '../mdx-elements/mdast-node';
import { ScenarioNameSchema } from '../schemas/scenario';
import { toStableId } from '../schemas/stable-id';
import { reportAt, type ScenarioReadContext } from './scenario-read-context';

/** The names in `dimensions="transparency, choice, safety"`, each checked; undefined when one is not a name. */
export function readDimensions(element: JsxElementNode, written: unknown, context: ScenarioReadContext, entry: string | undefined): string[] | undefined {
  // Left out, or not text (which the schema check reports).
  if (typeof written !== 'string') return written === undefined ? [] : undefined;
  const names = splitCommaList(written);
  const invalid = names.filter((name) => !ScenarioNameSchema.safeParse(name).success);
  for (const name of invalid) {
    const suggestion = toStableId(name);
    reportAt(context, element, entry, {
      message: `The \`dimensions\` of \`<Scenario>\` lists "${name}", which is not a name \`scores\` could refer to.`,
      hint: `Use letters, digits and single dashes or underscores${ScenarioNameSchema.safeParse(suggestion).success ? `, e.g. "${suggestion}"` : ''}, and separate the dimensions with commas: \`dimensions="transparency, choice, safety"\`.`,
    });
  }
  return invalid.length === 0 ? names : undefined;
}
