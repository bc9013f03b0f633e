import type { FlatCmi } from './emulated-lms-types';

/** One interaction as the LMS holds it, in both versions' terms. */
export interface InteractionRow {
  index: number;
  id: string;
  type: string;
  /** 1.2 student_response, 2004 learner_response. */
  response: string;
  result: string;
  /** 1.2 time, 2004 timestamp. */
  time: string;
}

/** The interactions in a flattened CMI (see flattenCmi), in index order. */
export function readInteractions(cmi: FlatCmi): InteractionRow[] {
  const rows = new Map<number, InteractionRow>();
  for (const [element, value] of Object.entries(cmi)) {
    const match = /^cmi\.interactions\.(?:childArray\.)?(\d+)\.(id|type|student_response|learner_response|result|time|timestamp)$/.exec(element);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { index, id: '', type: '', response: '', result: '', time: '' };
    const field = match[2];
    if (field === 'student_response' || field === 'learner_response') row.response = value;
    else if (field === 'timestamp' || field === 'time') row.time = value;
    else if (field === 'id' || field === 'type' || field === 'result') row[field] = value;
    rows.set(index, row);
  }
  return [...rows.values()].filter((row) => row.id !== '').sort((a, b) => a.index - b.index);
}
