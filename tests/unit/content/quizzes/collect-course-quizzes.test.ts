import { describe, expect, it, vi } from 'vitest';

const parse = vi.hoisted(() => ({ count: 0 }));
vi.mock('satteri', async (importOriginal) => {
  const satteri = await importOriginal<typeof import('satteri')>();
  return { ...satteri, mdxToMdast: (...args: Parameters<typeof satteri.mdxToMdast>) => (parse.count++, satteri.mdxToMdast(...args)) };
});

const { collectCourseQuizzes } = await import('../../../../src/content/quizzes/collect-course-quizzes');

const quizBody = (quizId: string, questionId: string) =>
  `Text.\n\n<Quiz id="${quizId}">\n  <TrueFalse id="${questionId}" prompt="P" answer />\n</Quiz>\n`;

describe('collectCourseQuizzes', () => {
  it('returns the quizzes of every lesson in the order given', () => {
    const lessons = [
      { lessonId: 'b', file: 'order/b.mdx', body: quizBody('second', 'q2') },
      { lessonId: 'a', file: 'order/a.mdx', body: quizBody('first', 'q1') },
    ];
    expect(collectCourseQuizzes(lessons, 'en').map((quiz) => [quiz.lessonId, quiz.id])).toEqual([['b', 'second'], ['a', 'first']]);
  });

  it('never parses a lesson without a quiz, and parses each lesson with one only once', () => {
    const lessons = [
      ...Array.from({ length: 200 }, (_, index) => ({ lessonId: `plain-${index}`, file: `cache/plain-${index}.mdx`, body: `# Lesson ${index}\n\nNo quiz here.\n` })),
      { lessonId: 'quiz', file: 'cache/quiz.mdx', body: quizBody('check', 'q') },
    ];
    const before = parse.count;
    for (let page = 0; page < 50; page++) expect(collectCourseQuizzes(lessons, 'en')).toHaveLength(1);
    expect(parse.count - before).toBe(1);
  });

  it('reads a lesson again when its body changes, as in live preview', () => {
    const file = 'edit/welcome.mdx';
    expect(collectCourseQuizzes([{ lessonId: 'welcome', file, body: quizBody('before', 'q') }], 'en')[0]?.id).toBe('before');
    expect(collectCourseQuizzes([{ lessonId: 'welcome', file, body: quizBody('after', 'q') }], 'en')[0]?.id).toBe('after');
    expect(collectCourseQuizzes([{ lessonId: 'welcome', file, body: 'No quiz now.' }], 'en')).toEqual([]);
  });

  it('leaves out a lesson that does not parse instead of failing the page', () => {
    expect(collectCourseQuizzes([{ lessonId: 'broken', file: 'broken/broken.mdx', body: '<Quiz id="q">\n' }], 'en')).toEqual([]);
  });
});
