import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extractLessonQuizzes } from '../../src/content/quizzes/extract-lesson-quizzes';
test('x', () => {
  const source = readFileSync('/work/main/courses/peer-support-facilitation/00-orientation/04-support-now.mdx', 'utf8');
  const r = extractLessonQuizzes(source, { lessonId: 'support-now', file: 'x', language: 'en' });
  console.log(JSON.stringify(r.problems), JSON.stringify(r.quizzes[0]).slice(0, 400));
  expect(r.quizzes.length).toBe(1);
});
