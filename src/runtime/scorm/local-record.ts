import { toLessonStatus12 } from '../../core/scorm/status';

/** The parts of a scorm-again SCORM 1.2 record the local LMS keeps between sessions. */
export interface LocalCore {
  lesson_location?: string;
  lesson_status?: string;
  exit?: string;
  total_time?: string;
  score?: { raw?: string; min?: string; max?: string };
}

export interface LocalRecord {
  cmi: { core: LocalCore; suspend_data?: string };
}

/** What was read: the record (as much of it as holds good values), and whether anything had to be left out. */
export interface ReadLocalRecord {
  record?: LocalRecord;
  /** The stored text was not wholly a record this version can read; it is to be set aside. */
  damaged: boolean;
}

const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The values scorm-again's 1.2 data model accepts on load (RTE 3.4.2): anything else makes it throw.
const checks: Record<keyof Omit<LocalCore, 'score'>, RegExp> = {
  lesson_location: /^[\s\S]{0,255}$/,
  lesson_status: /^(passed|completed|failed|incomplete|browsed)$/,
  exit: /^(time-out|suspend|logout|)$/,
  total_time: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
};
const scorePattern = /^\d{1,3}(\.\d+)?$/;

/**
 * An earlier version kept SCORM 2004 data under the same key (`cmi.location`, `cmi.completion_status`,
 * no `cmi.core`): moved forward to the 1.2 shape, so the learner keeps it.
 */
function migrate2004(cmi: Record<string, unknown>): Record<string, unknown> {
  const completion = cmi.completion_status === 'completed' ? 'completed' : 'incomplete';
  const success = cmi.success_status === 'passed' || cmi.success_status === 'failed' ? cmi.success_status : 'unknown';
  const score = isFields(cmi.score) ? cmi.score : {};
  return {
    suspend_data: cmi.suspend_data,
    core: {
      lesson_location: cmi.location,
      ...(cmi.completion_status === undefined ? {} : { lesson_status: toLessonStatus12(completion, success) }),
      exit: cmi.exit === 'suspend' ? 'suspend' : '',
      ...(score.raw === undefined ? {} : { score: { raw: score.raw, min: score.min, max: score.max } }),
    },
  };
}

function readScore(value: unknown, problems: string[]): LocalCore['score'] {
  if (value === undefined) return undefined;
  if (!isFields(value)) {
    problems.push('score');
    return undefined;
  }
  const score: NonNullable<LocalCore['score']> = {};
  for (const part of ['raw', 'min', 'max'] as const) {
    const text = value[part];
    if (text === undefined || text === '') continue;
    if (typeof text === 'string' && scorePattern.test(text) && Number(text) <= 100) score[part] = text;
    else problems.push(`score.${part}`);
  }
  return score;
}

/**
 * Reads the local LMS's stored text: every good value is kept, anything else is left out and the
 * record called damaged (so the caller sets the original aside). Never throws.
 */
export function readLocalRecord(text: string | null): ReadLocalRecord {
  if (text === null) return { damaged: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { damaged: true };
  }
  if (!isFields(parsed) || !isFields(parsed.cmi)) return { damaged: true };
  if (parsed.cmi.core !== undefined && !isFields(parsed.cmi.core)) return { damaged: true };
  const cmi = isFields(parsed.cmi.core) ? parsed.cmi : migrate2004(parsed.cmi);
  const source = isFields(cmi.core) ? cmi.core : {};
  const problems: string[] = [];
  const core: LocalCore = {};
  for (const field of Object.keys(checks) as (keyof typeof checks)[]) {
    const value = source[field];
    if (value === undefined || value === '') continue;
    if (typeof value === 'string' && checks[field].test(value)) core[field] = value;
    else problems.push(field);
  }
  const score = readScore(source.score, problems);
  if (score !== undefined && Object.keys(score).length > 0) core.score = score;
  const suspendData = cmi.suspend_data;
  const keepsState = typeof suspendData === 'string' && suspendData.length <= 4096;
  if (suspendData !== undefined && suspendData !== '' && !keepsState) problems.push('suspend_data');
  const record: LocalRecord = { cmi: { core, ...(keepsState && suspendData !== '' ? { suspend_data: suspendData } : {}) } };
  return { record, damaged: problems.length > 0 };
}
