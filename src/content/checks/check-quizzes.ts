import type { QuizDefinition } from '../../core/quiz/quiz-definition';
import { listQuizQuestions } from '../../core/quiz/quiz-questions';
import { findStateKeyCollisions, measureWorstCaseState, type StateCourse } from '../../core/scorm/learner-state-codec';
import { SUSPEND_DATA_MAX_LENGTH } from '../../core/scorm/limits';
import type { QuizIdDeclaration } from '../quizzes/quiz-id-declaration';
import type { Problem } from './problem';

/** One lesson's quizzes as the course-wide checks see them. */
export interface LessonQuizSource {
  /** Path of the lesson relative to the project root. */
  file: string;
  lessonId: string;
  /** Line of the lesson's `id` in its frontmatter. */
  idLine?: number;
  quizzes: readonly QuizDefinition[];
  declarations: readonly QuizIdDeclaration[];
}

export interface CourseQuizSource {
  /** Path of course.yaml relative to the project root. */
  file: string;
  /** The course id, when course.yaml has a valid one. */
  courseId?: string;
  /** Every lesson with an id, quizzes or not: visited lessons are saved too. */
  lessons: readonly LessonQuizSource[];
}

/** How the saved learner state is sized and keyed; the real codec unless a test passes its own. */
export interface StateMeasures {
  measureWorstCaseState: (course: StateCourse) => number;
  findStateKeyCollisions: (course: StateCourse) => { namespace: 'lesson' | 'question'; ids: string[] }[];
}

// SCORM 1.2 suspend_data is the smaller of the two limits; a course that fits it fits 2004 too.
const STATE_LIMIT = SUSPEND_DATA_MAX_LENGTH['1.2'];
const STATE_WARNING = Math.ceil(STATE_LIMIT * 0.8);

/** Course-wide quiz checks: unique ids, saved-state keys that do not clash, and a saved state that fits. */
export function checkCourseQuizzes(
  course: CourseQuizSource,
  measures: StateMeasures = { measureWorstCaseState, findStateKeyCollisions },
): { problems: Problem[]; warnings: Problem[] } {
  const problems = checkUniqueIds(course.lessons);
  const state: StateCourse = {
    lessonIds: course.lessons.map((lesson) => lesson.lessonId),
    questions: course.lessons.flatMap((lesson) => lesson.quizzes.flatMap(listQuizQuestions)),
  };
  problems.push(...measures.findStateKeyCollisions(state).map((collision) => explainCollision(collision, course.lessons)));
  const size = measures.measureWorstCaseState(state);
  const entry = course.courseId === undefined ? undefined : `course "${course.courseId}"`;
  if (size > STATE_LIMIT) {
    const largest = measureQuizShares(course.lessons, state, measures).slice(0, 3);
    const [first] = largest;
    const parts = largest.map(({ quiz, lesson, line, characters }) => `quiz "${quiz.id}" (${characters} characters, ${lesson.file}${line ? `:${line}` : ''})`);
    problems.push({
      // The largest quiz is where the author can act; course.yaml is where the limit applies.
      file: first?.lesson.file ?? course.file,
      line: first?.line,
      entry: first ? `quiz "${first.quiz.id}"` : entry,
      message: `A learner's saved progress in this course could grow to ${size} characters, more than the ${STATE_LIMIT} a SCORM 1.2 learning platform keeps (\`suspend_data\`), so some learners' answers would be cut off and lost.${parts.length > 0 ? ` The largest parts: ${parts.join(', ')}.` : ''}`,
      hint: 'To make it fit, use fewer questions, a smaller `maxLength` on fill-in questions, or split the course into two courses. The figure counts every lesson and every question answered with its longest possible answer.',
    });
    return { problems, warnings: [] };
  }
  const warnings: Problem[] = size < STATE_WARNING ? [] : [{
    file: course.file,
    entry,
    message: `A learner's saved progress in this course could grow to ${size} characters, over 80% of the ${STATE_LIMIT} a SCORM 1.2 learning platform keeps (\`suspend_data\`).`,
    hint: 'Nothing needs fixing yet. Before adding many more questions, consider a smaller `maxLength` on fill-in questions, or splitting the course into two courses.',
  }];
  return { problems, warnings };
}

function checkUniqueIds(lessons: readonly LessonQuizSource[]): Problem[] {
  const first = new Map<string, { file: string; declaration: QuizIdDeclaration }>();
  const problems: Problem[] = [];
  for (const { file, declarations } of lessons) {
    for (const declaration of declarations) {
      const namespace = declaration.kind === 'quiz' ? 'quiz' : 'question';
      const key = `${namespace}:${declaration.id}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { file, declaration });
        continue;
      }
      const where = `${earlier.declaration.line ? ` on line ${earlier.declaration.line}` : ''}${earlier.file === file ? '' : ` of ${earlier.file}`}`;
      problems.push({
        file,
        line: declaration.line,
        entry: `${declaration.kind} "${declaration.id}"`,
        message: `The ${declaration.kind} id "${declaration.id}" is already used by the ${earlier.declaration.kind}${where}.`,
        hint: namespace === 'quiz'
          ? 'Give each quiz in the course its own `id`: saved results are keyed on it.'
          : 'Give each question and bank in the course its own `id`: saved answers and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one.',
      });
    }
  }
  return problems;
}

function explainCollision(
  { namespace, ids }: { namespace: 'lesson' | 'question'; ids: string[] },
  lessons: readonly LessonQuizSource[],
): Problem {
  const last = ids[ids.length - 1] ?? '';
  const named = ids.map((id) => `"${id}"`).join(' and ');
  const message = `The ${namespace} ids ${named} happen to share one key in a learner's saved progress, so one's progress would be taken for the other's.`;
  const hint = `Change one of the ids a little, e.g. "${last}-2"; any change gives it another key.`;
  if (namespace === 'lesson') {
    const lesson = lessons.find((candidate) => candidate.lessonId === last);
    return { file: lesson?.file ?? '', line: lesson?.idLine, entry: `lesson "${last}"`, message, hint };
  }
  for (const lesson of lessons) {
    const declaration = lesson.declarations.find((candidate) => candidate.kind === 'question' && candidate.id === last);
    if (declaration) return { file: lesson.file, line: declaration.line, entry: `question "${last}"`, message, hint };
  }
  return { file: lessons[0]?.file ?? '', entry: `question "${last}"`, message, hint };
}

/** How much each quiz adds to the worst-case saved state, largest first. */
function measureQuizShares(lessons: readonly LessonQuizSource[], state: StateCourse, measures: StateMeasures) {
  const base = measures.measureWorstCaseState({ ...state, questions: [] });
  return lessons
    .flatMap((lesson) => lesson.quizzes.map((quiz) => ({
      quiz,
      lesson,
      line: lesson.declarations.find((declaration) => declaration.kind === 'quiz' && declaration.id === quiz.id)?.line,
      characters: measures.measureWorstCaseState({ ...state, questions: listQuizQuestions(quiz) }) - base,
    })))
    .sort((a, b) => b.characters - a.characters);
}
