import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCourseSources } from '../../../src/integration/read-course-sources';
import { createScratchProject, runPeerpath } from './run-cli';

describe('peerpath new', () => {
  let root: string;
  let coursesDir: string;
  beforeEach(() => {
    ({ root, coursesDir } = createScratchProject());
    mkdirSync(coursesDir);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const read = (file: string) => readFileSync(path.join(coursesDir, file), 'utf8');
  const sources = () => readCourseSources(coursesDir, root);

  it('creates an English course that the build reads without a problem, every field explained', async () => {
    const run = await runPeerpath(['new', 'course', 'listening-skills', '--lang', 'en', '--title', 'Listening skills'], coursesDir, root);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('courses/listening-skills/course.yaml');
    expect(run.stdout).toContain('Checked 1 course and 1 lesson');
    expect(run.stdout).toContain('no problems.');
    const { courses, problems, warnings } = sources();
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(courses.map((course) => [course.data.id, course.data.title, course.data.language])).toEqual([['listening-skills', 'Listening skills', 'en']]);
    const yaml = read('listening-skills/course.yaml');
    // Every top-level field has a comment line right above it.
    for (const field of ['id', 'title', 'summary', 'language', 'version', 'audience', 'estimatedMinutes', 'objectives', 'passMark', 'contentNotes', 'support', 'recorded', 'modules']) {
      expect(yaml).toMatch(new RegExp(`#[^\\n]*\\n${field}:`));
    }
    const lesson = read('listening-skills/01-getting-started/01-welcome.mdx');
    for (const field of ['id', 'title', 'objectives', 'estimatedMinutes', 'required']) expect(lesson).toMatch(new RegExp(`#[^\\n]*\\n${field}:`));
    expect(lesson).toContain('# contentNote:');
  });

  it('writes a Danish course in Danish', async () => {
    expect((await runPeerpath(['new', 'course', 'lytning', '--lang', 'da'], coursesDir, root)).exitCode).toBe(0);
    const [course] = sources().courses;
    expect(course?.data.language).toBe('da');
    expect(course?.data.modules[0]?.title).toBe('Kom godt i gang');
    expect(course?.lessons[0]?.data.title).toBe('Velkommen');
  });

  it('refuses a bad id, a missing language and a course that exists, with exit code 2 and the reason', async () => {
    const badId = await runPeerpath(['new', 'course', 'My Course', '--lang', 'en'], coursesDir, root);
    expect(badId.exitCode).toBe(2);
    expect(badId.stderr).toContain('"My Course" cannot be a course id: Use lowercase letters, digits and single dashes');
    const noLanguage = await runPeerpath(['new', 'course', 'my-course'], coursesDir, root);
    expect(noLanguage.stderr).toContain('new course needs the course language: --lang en or --lang da.');
    await runPeerpath(['new', 'course', 'my-course', '--lang', 'en'], coursesDir, root);
    const again = await runPeerpath(['new', 'course', 'my-course', '--lang', 'en'], coursesDir, root);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('courses/my-course/ already exists');
  });

  it('adds lessons to an existing module and to a new one, listing them in course.yaml with its comments kept', async () => {
    await runPeerpath(['new', 'course', 'my-course', '--lang', 'en'], coursesDir, root);
    const existing = await runPeerpath(['new', 'lesson', 'my-course', 'getting-started', '--title', 'Listening well'], coursesDir, root);
    expect(existing.exitCode).toBe(0);
    const fresh = await runPeerpath(['new', 'lesson', 'my-course', 'next-steps', '--title', 'Listening well'], coursesDir, root);
    expect(fresh.exitCode).toBe(0);
    const { courses, problems } = sources();
    expect(problems).toEqual([]);
    expect(courses[0]?.data.modules.map((module) => [module.id, module.lessons])).toEqual([
      ['getting-started', ['welcome', 'listening-well']],
      // The same title twice: the second id is made unique, never a duplicate.
      ['next-steps', ['listening-well-2']],
    ]);
    expect(read('my-course/course.yaml')).toContain('# Modules in the order learners meet them');
    expect(read('my-course/01-getting-started/02-listening-well.mdx')).toContain('id: listening-well');
    expect(read('my-course/02-next-steps/01-listening-well-2.mdx')).toContain('id: listening-well-2');
  });

  it('adds a lesson to a module whose lessons are a flow list', async () => {
    await runPeerpath(['new', 'course', 'my-course', '--lang', 'en'], coursesDir, root);
    const file = path.join(coursesDir, 'my-course/course.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/lessons:\n\s+- welcome\n/, 'lessons: [welcome]\n'));
    expect((await runPeerpath(['new', 'lesson', 'my-course', 'getting-started', '--title', 'Second'], coursesDir, root)).exitCode).toBe(0);
    expect(read('my-course/course.yaml')).toContain('lessons: [welcome, second]');
    expect(sources().problems).toEqual([]);
  });

  it('adds knowledge checks and role-plays with ids unique in the course, and the course still has no problem', async () => {
    await runPeerpath(['new', 'course', 'my-course', '--lang', 'en'], coursesDir, root);
    for (const args of [['quiz', 'my-course', 'welcome', '--counts'], ['quiz', 'my-course', 'welcome'], ['scenario', 'my-course', 'welcome'], ['scenario', 'my-course', 'welcome']]) {
      const run = await runPeerpath(['new', ...args], coursesDir, root);
      expect(run.stdout).toContain('no problems.');
      expect(run.exitCode).toBe(0);
    }
    const { courses, problems, warnings } = sources();
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    const [lesson] = courses[0]?.lessons ?? [];
    expect(lesson?.quizzes.map((quiz) => [quiz.id, quiz.counts, quiz.items.map((item) => item.id)])).toEqual([
      ['welcome-check', true, ['welcome-question', 'welcome-statement']],
      ['welcome-check-2', false, ['welcome-question-2', 'welcome-statement-2']],
    ]);
    expect(lesson?.scenarios.map((scenario) => scenario.id)).toEqual(['welcome-role-play', 'welcome-role-play-2']);
  });

  it('says which lessons exist when asked for one that does not', async () => {
    await runPeerpath(['new', 'course', 'my-course', '--lang', 'en'], coursesDir, root);
    const run = await runPeerpath(['new', 'quiz', 'my-course', 'nowhere'], coursesDir, root);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('The course "my-course" has no lesson "nowhere" (lessons: welcome).');
  });
});
