/**
 * What a learner's progress looks like inside `suspend_data`: `1|lesson-a,lesson-b`.
 * The leading number is the format version, so later fields (quiz state) can be added as more
 * `|`-separated parts without breaking what earlier packages saved. Lesson ids are stable ids
 * (lowercase letters, digits, dashes), so `|` and `,` never occur inside them.
 */
export interface ProgressState {
  visitedLessonIds: readonly string[];
}

export const PROGRESS_STATE_VERSION = 1;

const PART_SEPARATOR = '|';
const ID_SEPARATOR = ',';

export function encodeProgressState(state: ProgressState): string {
  const ids = [...new Set(state.visitedLessonIds)];
  const unsafe = ids.find((id) => id === '' || id.includes(PART_SEPARATOR) || id.includes(ID_SEPARATOR));
  if (unsafe !== undefined) throw new RangeError(`Lesson id "${unsafe}" cannot be saved in progress state`);
  return `${PROGRESS_STATE_VERSION}${PART_SEPARATOR}${ids.join(ID_SEPARATOR)}`;
}

/**
 * Reads saved progress against the lessons the course has now. Ids the course no longer has (a
 * republished course may drop lessons) are left out; text in an unknown format reads as no progress,
 * so nothing the LMS hands back can stop the course from starting.
 */
export function decodeProgressState(text: string, knownLessonIds: readonly string[]): ProgressState {
  const [version, lessonPart] = text.split(PART_SEPARATOR);
  if (version !== String(PROGRESS_STATE_VERSION) || lessonPart === undefined) {
    return { visitedLessonIds: [] };
  }
  const saved = new Set(lessonPart.split(ID_SEPARATOR));
  return { visitedLessonIds: knownLessonIds.filter((id) => saved.has(id)) };
}
