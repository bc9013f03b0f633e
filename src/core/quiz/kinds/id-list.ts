// SCORM 1.2 records each choice, pair, step or level as one character, 0–9 or a–z.
export const MOST_RECORDED_PARTS = 36;

/** Items reduced to their ids: all course-data.json carries of options, pairs, steps or levels. */
export function onlyIds(items: readonly { id: string }[]): { id: string }[] {
  return items.map(({ id }) => ({ id }));
}

/** Guards a list of `{ id }` read from course-data.json. */
export function isIdList(value: unknown): value is { id: string }[] {
  return Array.isArray(value) && value.every((item: unknown) => typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string');
}

export const listIds = (items: readonly { id: string }[]): string[] => items.map(({ id }) => id);

/** Whether `order` holds each of `ids` exactly once. */
export const isPermutationOf = (order: readonly string[], ids: readonly string[]): boolean =>
  order.length === ids.length && new Set(order).size === ids.length && order.every((id) => ids.includes(id));
