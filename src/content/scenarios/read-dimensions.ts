import { splitCommaList } from '../../core/scenario/author-list';
import { dimensionName } from '../../core/scenario/dimension-name';
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

/**
 * `dimensionNames="Åbenhed, Valg, Tryghed"` paired with `dimensions` in order; `{}` when left out,
 * undefined when it cannot be paired. Names are shown, never scored on, so any text but a comma will do.
 */
export function readDimensionNames(
  element: JsxElementNode,
  written: unknown,
  dimensions: readonly string[] | undefined,
  context: ScenarioReadContext,
  entry: string | undefined,
): Record<string, string> | undefined {
  if (written === undefined) return {};
  // Not text (which the schema check reports), or dimensions that are themselves a problem.
  if (typeof written !== 'string' || !dimensions) return undefined;
  const names = splitCommaList(written);
  if (names.length === dimensions.length) return Object.fromEntries(dimensions.map((dimension, index) => [dimension, names[index] ?? dimension]));
  const example = dimensions.map((dimension) => dimensionName(dimension, 'en')).join(', ');
  reportAt(context, element, entry, {
    message: dimensions.length === 0
      ? '`<Scenario>` has `dimensionNames` but no `dimensions` for them to name.'
      : `\`<Scenario>\` has ${dimensions.length} \`dimensions\` but ${names.length} \`dimensionNames\`: the names go with the dimensions in order, one each.`,
    hint: dimensions.length === 0
      ? 'Add the `dimensions` the names belong to, e.g. `dimensions="transparency, choice, safety"`, or remove `dimensionNames`.'
      : `Write one name for each of \`dimensions="${dimensions.join(', ')}"\`, in the same order and separated by commas, e.g. \`dimensionNames="${example}"\`.`,
  });
  return undefined;
}
