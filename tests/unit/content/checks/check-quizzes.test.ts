import { describe, expect, it } from 'vitest';
import { checkCourseQuizzes, type LessonQuizSource, type StateMeasures } from '../../../../src/content/checks/check-quizzes';
import { formatProblem } from '../../../../src/content/checks/problem';
import type { FillInQuestion } from '../../../../src/core/quiz/kinds/fill-in';
import type { QuizDefinition } from '../../../../src/core/quiz/quiz-definition';
import { stateKey } from '../../../../src/core/scorm/learner-state-codec';

const fillIn = (id: string, maxLength = 60): FillInQuestion => ({ kind: 'fill-in', id, prompt: 'P', weight: 1, accepted: ['a'], maxLength });

function lesson(lessonId: string, quizzes: QuizDefinition[] = [], file = `courses/mini/${lessonId}.mdx`): LessonQuizSource {
  const declarations = quizzes.flatMap((quiz, index) => [
    { kind: 'quiz' as const, id: quiz.id, line: 10 + index * 20 },
    ...quiz.items.flatMap((item, itemIndex) => [
      { kind: item.kind === 'bank' ? ('bank' as const) : ('question' as const), id: item.id, line: 11 + index * 20 + itemIndex },
      ...(item.kind === 'bank' ? item.questions.map((question) => ({ kind: 'question' as const, id: question.id, line: undefined })) : []),
    ]),
  ]);
  return { file, lessonId, idLine: 2, quizzes, declarations };
}

const quizOf = (id: string, lessonId: string, items: QuizDefinition['items']): QuizDefinition => ({ id, lessonId, counts: true, items, bands: [] });

/** Measures that report a fixed size and no collisions, to test the thresholds on their own. */
const sized = (size: number): StateMeasures => ({ measureWorstCaseState: () => size, findStateKeyCollisions: () => [] });

const messages = (problems: readonly Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);

describe('checkCourseQuizzes', () => {
  it('finds nothing wrong with a small course whose ids are all different', () => {
    const result = checkCourseQuizzes({
      file: 'courses/mini/course.yaml',
      courseId: 'mini',
      lessons: [lesson('welcome', [quizOf('first', 'welcome', [fillIn('a'), { kind: 'bank', id: 'b', draw: 1, questions: [fillIn('c')] }])]), lesson('listening')],
    });
    expect(result).toEqual({ problems: [], warnings: [] });
  });

  it('reports quiz ids and question ids used twice in the course, each namespace on its own', () => {
    const { problems } = checkCourseQuizzes({
      file: 'courses/mini/course.yaml',
      lessons: [
        lesson('welcome', [quizOf('check', 'welcome', [fillIn('check'), fillIn('same')])]),
        lesson('listening', [quizOf('check', 'listening', [{ kind: 'bank', id: 'same', draw: 1, questions: [fillIn('other')] }])]),
      ],
    });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "courses/mini/listening.mdx:10:1 (quiz "check")
        The quiz id "check" is already used by the quiz on line 10 of courses/mini/welcome.mdx.
        Fix: Give each quiz in the course its own \`id\`: saved results are keyed on it.",
        "courses/mini/listening.mdx:11:1 (bank "same")
        The bank id "same" is already used by the question on line 12 of courses/mini/welcome.mdx.
        Fix: Give each question and bank in the course its own \`id\`: saved answers and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one.",
      ]
    `);
  });

  it('reports ids whose saved-progress keys happen to clash, on the later one', () => {
    // Found by search: two ids whose FNV-1a hashes end in the same four base-36 digits.
    expect(stateKey('q', 'check-7189')).toBe(stateKey('q', 'check-16156'));
    const { problems } = checkCourseQuizzes({
      file: 'courses/mini/course.yaml',
      lessons: [lesson('welcome', [quizOf('first', 'welcome', [fillIn('check-7189'), fillIn('check-16156')])])],
    });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "courses/mini/welcome.mdx:12:1 (question "check-16156")
        The question ids "check-7189" and "check-16156" happen to share one key in a learner's saved progress, so one's progress would be taken for the other's.
        Fix: Change one of the ids a little, e.g. "check-16156-2"; any change gives it another key.",
      ]
    `);
  });

  it('reports lesson ids whose keys clash on the later lesson', () => {
    const measures: StateMeasures = { measureWorstCaseState: () => 10, findStateKeyCollisions: () => [{ namespace: 'lesson', ids: ['welcome', 'listening'] }] };
    const { problems } = checkCourseQuizzes({ file: 'courses/mini/course.yaml', lessons: [lesson('welcome'), lesson('listening')] }, measures);
    expect(problems.map(({ file, line, entry }) => ({ file, line, entry }))).toEqual([{ file: 'courses/mini/listening.mdx', line: 2, entry: 'lesson "listening"' }]);
  });

  it.each([
    [3276, 0, 0],
    [3277, 0, 1],
    [4096, 0, 1],
    [4097, 1, 0],
  ])('with a worst-case saved state of %i characters reports %i problems and %i warnings', (size, problemCount, warningCount) => {
    const { problems, warnings } = checkCourseQuizzes({ file: 'courses/mini/course.yaml', courseId: 'mini', lessons: [lesson('welcome')] }, sized(size));
    expect([problems.length, warnings.length]).toEqual([problemCount, warningCount]);
  });

  it('measures the real saved state: every question, bank questions and practice quizzes too', () => {
    const questions = Array.from({ length: 16 }, (_, index) => fillIn(`reflection-${index}`, 250));
    const practice: QuizDefinition = { ...quizOf('practice', 'welcome', [{ kind: 'bank', id: 'bank', draw: 1, questions }]), counts: false };
    const { problems } = checkCourseQuizzes({ file: 'courses/mini/course.yaml', courseId: 'mini', lessons: [lesson('welcome', [practice])] });
    expect(messages(problems)).toMatchInlineSnapshot(`
      [
        "courses/mini/welcome.mdx:10:1 (quiz "practice")
        A learner's saved progress in this course could grow to 4172 characters, more than the 4096 a SCORM 1.2 learning platform keeps (\`suspend_data\`), so some learners' answers would be cut off and lost. The largest parts: quiz "practice" (4160 characters, courses/mini/welcome.mdx:10).
        Fix: To make it fit, use fewer questions, a smaller \`maxLength\` on fill-in questions, or split the course into two courses. The figure counts every lesson and every question answered with its longest possible answer.",
      ]
    `);
  });
});
