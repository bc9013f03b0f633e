import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from '../../../src/content/checks/problem';
import { readCourseSources } from '../../../src/integration/read-course-sources';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** The whole message the build would show for one broken fixture (see tests/fixtures/broken/). */
function messageFor(brokenCase: string): string {
  const { problems } = readCourseSources(path.join(projectRoot, 'tests/fixtures/broken', brokenCase), projectRoot);
  return formatProblems(problems);
}

describe('readCourseSources on courses without problems', () => {
  it('reads the valid fixture with its defaults and reports nothing', () => {
    const { courses, problems } = readCourseSources(path.join(projectRoot, 'tests/fixtures/valid'), projectRoot);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(courses.map((course) => [course.file, course.data.id, course.data.contentNotes])).toEqual([
      ['tests/fixtures/valid/tiny-course/course.yaml', 'tiny-course', []],
    ]);
    expect(courses[0].lessons.map((lesson) => [lesson.file, lesson.data.id, lesson.data.required])).toEqual([
      ['tests/fixtures/valid/tiny-course/lessons/boundaries.mdx', 'boundaries', true],
      ['tests/fixtures/valid/tiny-course/lessons/extra-reading.mdx', 'extra-reading', false],
      ['tests/fixtures/valid/tiny-course/lessons/listening.mdx', 'listening', true],
      ['tests/fixtures/valid/tiny-course/lessons/welcome.mdx', 'welcome', true],
    ]);
  });

  it.runIf(existsSync(path.join(projectRoot, 'courses')))('reads the sample course in courses/ without problems', () => {
    const { courses, problems } = readCourseSources(path.join(projectRoot, 'courses'), projectRoot);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(courses.length).toBeGreaterThan(0);
  });

  it('reports a courses folder that does not exist', () => {
    const { problems } = readCourseSources(path.join(projectRoot, 'tests/fixtures/nowhere'), projectRoot);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/nowhere
        The courses folder does not exist.
        Fix: Create it with one folder per course, or point PEERPATH_COURSES_DIR at the folder that holds your courses."
    `);
  });
});

describe('readCourseSources on broken fixture courses', () => {
  it('missing-frontmatter-field', () => {
    expect(messageFor('missing-frontmatter-field')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/missing-frontmatter-field/mini/lessons/listening.mdx (lesson "listening")
        Field \`objectives\` is missing.
        Fix: Add \`objectives:\` followed by a list of text, one item per line starting with \`- \`.

      tests/fixtures/broken/missing-frontmatter-field/mini/lessons/listening.mdx (lesson "listening")
        Field \`estimatedMinutes\` is missing.
        Fix: Add \`estimatedMinutes:\` followed by a whole number.

      tests/fixtures/broken/missing-frontmatter-field/mini/lessons/welcome.mdx (lesson "welcome")
        Field \`title\` is missing.
        Fix: Add \`title:\` followed by text."
    `);
  });

  it('invalid-frontmatter-value', () => {
    expect(messageFor('invalid-frontmatter-value')).toMatchInlineSnapshot(`
      "The courses have 5 problems to fix before they can be built.

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/listening.mdx:2 (lesson "Listening")
        Field \`id\` is "Listening", which is not a valid id.
          2 | id: Listening
        Fix: Use lowercase letters, digits and single dashes, e.g. "what-peer-support-is". Try "listening".

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/listening.mdx:4 (lesson "Listening")
        Field \`objectives\` must be a list of text, but it is "Listen without fixing".
          4 | objectives: Listen without fixing
        Fix: Write a list: one item per line, each starting with \`- \`, or in square brackets, e.g. \`objectives: [Listen without fixing]\`.

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/listening.mdx:5 (lesson "Listening")
        Field \`estimatedMinutes\` must be more than 0, but it is 0.
          5 | estimatedMinutes: 0
        Fix: Change it to a whole number above 0.

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/welcome.mdx:6 (lesson "welcome")
        Field \`estimatedMinutes\` must be a whole number, but it is "ten".
          6 | estimatedMinutes: "ten"
        Fix: Write the number without quotes or words, e.g. \`estimatedMinutes: 10\`.

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/welcome.mdx:7 (lesson "welcome")
        Field \`required\` must be \`true\` or \`false\`, but it is "yes".
          7 | required: yes
        Fix: Write \`required: true\` or \`required: false\`, without quotes."
    `);
  });

  it('unknown-frontmatter-field', () => {
    expect(messageFor('unknown-frontmatter-field')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/unknown-frontmatter-field/mini/lessons/listening.mdx:7 (lesson "listening")
        Field \`author\` is not a field peerpath knows.
          7 | author: Sam
        Fix: Delete the line, or use one of the fields that go here: \`id\`, \`title\`, \`objectives\`, \`estimatedMinutes\`, \`contentNote\`, \`required\`.

      tests/fixtures/broken/unknown-frontmatter-field/mini/lessons/listening.mdx:11 (lesson "listening")
        Field \`contentNote.sumary\` is not a field peerpath knows.
          11 |   sumary: Stay calm, listen, and use the support route.
        Fix: Did you mean \`summary\`? Rename it, or delete the line.

      tests/fixtures/broken/unknown-frontmatter-field/mini/lessons/welcome.mdx:4 (lesson "welcome")
        Field \`objective\` is not a field peerpath knows.
          4 | objective:
        Fix: Did you mean \`objectives\`? Rename it, or delete the line."
    `);
  });

  it('missing-frontmatter', () => {
    expect(messageFor('missing-frontmatter')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/missing-frontmatter/mini/lessons/notes.mdx:1
        The file has no frontmatter (the block between \`---\` lines at the very top).
          1 | # Notes for the next lesson
        Fix: Start the file with a \`---\` line, then \`id\`, \`title\`, \`objectives\` and \`estimatedMinutes\`, one per line, then another \`---\` line."
    `);
  });

  it('invalid-frontmatter-yaml', () => {
    expect(messageFor('invalid-frontmatter-yaml')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/invalid-frontmatter-yaml/mini/lessons/welcome.mdx:3 (lesson "welcome")
        The frontmatter is not valid YAML: the value of \`title\` contains ": ", which YAML reads as the start of another field.
          3 | title: Welcome: how this course works
        Fix: Put the whole value in quotes: \`title: "Welcome: how this course works"\`."
    `);
  });

  it('invalid-course-yaml', () => {
    expect(messageFor('invalid-course-yaml')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/invalid-course-yaml/mini/course.yaml:2
        course.yaml is not valid YAML: the value of \`title\` contains ": ", which YAML reads as the start of another field.
          2 | title: Peer support: the basics
        Fix: Put the whole value in quotes: \`title: "Peer support: the basics"\`."
    `);
  });

  it('invalid-course-field', () => {
    expect(messageFor('invalid-course-field')).toMatchInlineSnapshot(`
      "The courses have 5 problems to fix before they can be built.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:4 (course "mini")
        Field \`language\` must be one of \`en\`, \`da\`, but it is "english".
          4 | language: english
        Fix: Did you mean \`en\`? Write \`language: en\`.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:5 (course "mini")
        Field \`version\` must be text, but it is 1.
          5 | version: 1.0
        Fix: Put the value in quotes so it is read as text, exactly as you typed it: \`version: "…"\`.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:6 (course "mini")
        Field \`audiences\` is not a field peerpath knows.
          6 | audiences: The peerpath test suite.
        Fix: Did you mean \`audience\`? Rename it, or delete the line.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:10 (course "mini")
        Field \`passMark\` must be at most 100, but it is 120.
          10 | passMark: 120
        Fix: Change it to a number of at most 100.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:21 (module "first-steps")
        Field \`summary\` is missing.
          21 |   - id: first-steps
        Fix: Add \`summary:\` followed by text."
    `);
  });

  it('duplicate-course-ids', () => {
    expect(messageFor('duplicate-course-ids')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/duplicate-course-ids/mini-copy/course.yaml:1 (course "mini")
        The course id "mini" is already used by tests/fixtures/broken/duplicate-course-ids/mini/course.yaml.
          1 | id: mini
        Fix: Give each course its own \`id\`: web addresses, package names and saved progress depend on it."
    `);
  });

  it('duplicate-lesson-ids', () => {
    expect(messageFor('duplicate-lesson-ids')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/duplicate-lesson-ids/mini/lessons/welcome.mdx:2 (lesson "welcome")
        The lesson id "welcome" is already used by tests/fixtures/broken/duplicate-lesson-ids/mini/lessons/listening.mdx.
          2 | id: welcome
        Fix: Change the \`id\` in one of the two files and list the new id in a module. If learners have started the course, keep the id of the lesson they know: saved progress is keyed on it."
    `);
  });

  it('duplicate-module-ids', () => {
    expect(messageFor('duplicate-module-ids')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/duplicate-module-ids/mini/course.yaml:26 (module "first-steps")
        The module id "first-steps" is already used by the module on line 21.
          26 |   - id: first-steps
        Fix: Give each module its own \`id\`."
    `);
  });

  it('module-points-at-missing-lesson', () => {
    expect(messageFor('module-points-at-missing-lesson')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/module-points-at-missing-lesson/mini/course.yaml:26 (module "first-steps")
        The module lists the lesson "listning", but no lesson in this course has that id.
          26 |       - listning
        Fix: Did you mean "listening"? Correct the id in \`lessons\`.

      tests/fixtures/broken/module-points-at-missing-lesson/mini/course.yaml:27 (module "first-steps")
        The module lists the lesson "closing-thoughts", but no lesson in this course has that id.
          27 |       - closing-thoughts
        Fix: Create an .mdx file in this course folder with \`id: closing-thoughts\` in its frontmatter, or remove "closing-thoughts" from \`lessons\`.

      tests/fixtures/broken/module-points-at-missing-lesson/mini/lessons/listening.mdx:2 (lesson "listening")
        The lesson is not listed in any module, so learners could never reach it.
          2 | id: listening
        Fix: Add "listening" to the \`lessons\` of a module in tests/fixtures/broken/module-points-at-missing-lesson/mini/course.yaml, or move the file out of the course folder."
    `);
  });

  it('lesson-not-in-any-module', () => {
    expect(messageFor('lesson-not-in-any-module')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/lesson-not-in-any-module/mini/lessons/extra-reading.mdx:2 (lesson "extra-reading")
        The lesson is not listed in any module, so learners could never reach it.
          2 | id: extra-reading
        Fix: Add "extra-reading" to the \`lessons\` of a module in tests/fixtures/broken/lesson-not-in-any-module/mini/course.yaml, or move the file out of the course folder."
    `);
  });

  it('course-folder-without-course-yaml', () => {
    expect(messageFor('course-folder-without-course-yaml')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/course-folder-without-course-yaml/drafts/
        The course folder has no course.yaml.
        Fix: Add a course.yaml (copy one from another course and edit it), or move the folder out of tests/fixtures/broken/course-folder-without-course-yaml/."
    `);
  });

  it('mdx-syntax-error', () => {
    expect(messageFor('mdx-syntax-error')).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      tests/fixtures/broken/mdx-syntax-error/mini/lessons/listening.mdx:11 (lesson "listening")
        The MDX cannot be read: \`<!--\` starts an HTML comment, which MDX does not allow.
          11 | <!-- TODO: add the exercise from the workshop -->
        Fix: Write comments as \`{/* … */}\`; MDX does not accept \`<!-- … -->\`.

      tests/fixtures/broken/mdx-syntax-error/mini/lessons/welcome.mdx:11 (lesson "welcome")
        The MDX cannot be read: expected a closing tag for \`<ContentNote>\`.
          11 | <ContentNote topics={["feeling low"]} why="Volunteers meet people on hard days." summary="Stay calm and listen.">
        Fix: Close it with \`</ContentNote>\` after its content, or end the opening tag with \`/>\` if it has no content."
    `);
  });

  it('unknown-component', () => {
    expect(messageFor('unknown-component')).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      tests/fixtures/broken/unknown-component/mini/lessons/listening.mdx:11 (lesson "listening")
        The lesson uses the component \`<Highlight>\`, which peerpath does not provide.
          11 | Facilitating a group means <Highlight>listening first</Highlight>.
        Fix: Use one of the components peerpath provides (\`<ContentNote>\`), or remove the tag and its closing tag.

      tests/fixtures/broken/unknown-component/mini/lessons/welcome.mdx:11 (lesson "welcome")
        The lesson uses the component \`<Contentnote>\`, which peerpath does not provide.
          11 | <Contentnote topics={["feeling low"]} why="Volunteers meet people on hard days." summary="Stay calm and listen.">
        Fix: Did you mean \`<ContentNote>\`? Component names are case-sensitive."
    `);
  });

  it('several-problems', () => {
    expect(messageFor('several-problems')).toMatchInlineSnapshot(`
      "The courses have 6 problems to fix before they can be built.

      tests/fixtures/broken/several-problems/alpha/course.yaml:4 (course "alpha")
        Field \`language\` must be one of \`en\`, \`da\`, but it is "english".
          4 | language: english
        Fix: Did you mean \`en\`? Write \`language: en\`.

      tests/fixtures/broken/several-problems/alpha/lessons/welcome.mdx (lesson "welcome")
        Field \`estimatedMinutes\` is missing.
        Fix: Add \`estimatedMinutes:\` followed by a whole number.

      tests/fixtures/broken/several-problems/alpha/lessons/welcome.mdx:4 (lesson "welcome")
        Field \`objective\` is not a field peerpath knows.
          4 | objective:
        Fix: Did you mean \`objectives\`? Rename it, or delete the line.

      tests/fixtures/broken/several-problems/beta/course.yaml:27 (module "first-steps")
        The module lists the lesson "closing-thoughts", but no lesson in this course has that id.
          27 |       - closing-thoughts
        Fix: Create an .mdx file in this course folder with \`id: closing-thoughts\` in its frontmatter, or remove "closing-thoughts" from \`lessons\`.

      tests/fixtures/broken/several-problems/beta/lessons/listening.mdx:11 (lesson "listening")
        The lesson uses the component \`<Flashcard>\`, which peerpath does not provide.
          11 | <Flashcard front="Listening" back="Stay with the person." />
        Fix: Use one of the components peerpath provides (\`<ContentNote>\`), or remove the tag and its closing tag.

      tests/fixtures/broken/several-problems/beta/lessons/welcome.mdx:9 (lesson "welcome")
        The MDX cannot be read: unexpected character after \`<\`, expected a valid JSX tag.
          9 | Welcome to the beta course. It takes about 3<4 hours.
        Fix: To show a "<" in the text, write \`\\<\` or put a space after it. For a link, put the text in square brackets and the address right after it in round brackets."
    `);
  });
});

describe('readCourseSources on other author mistakes', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** Writes one course (the valid mini course, with `changes` applied) to a temporary project and checks it. */
  function messageForCourse(changes: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'peerpath-author-errors-'));
    roots.push(root);
    for (const [file, text] of Object.entries({ ...MINI_COURSE, ...changes })) {
      const target = path.join(root, 'courses/mini', file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return formatProblems(readCourseSources(path.join(root, 'courses'), root).problems);
  }

  it('reports an empty course.yaml', () => {
    expect(messageForCourse({ 'course.yaml': '' })).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/course.yaml
        course.yaml is empty.
        Fix: Write at least these fields, one per line: \`id\`, \`title\`, \`summary\`, \`language\`, \`version\`, \`audience\`, \`estimatedMinutes\`, \`objectives\`, \`passMark\`, \`support\`, \`recorded\`, \`modules\`."
    `);
  });

  it('reports a field written twice in course.yaml', () => {
    const yaml = MINI_COURSE['course.yaml'].replace('summary: One module.\n', 'summary: One module.\ntitle: Again\n');
    expect(messageForCourse({ 'course.yaml': yaml })).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/course.yaml:4
        The field \`title\` appears twice.
          4 | title: Again
        Fix: Keep one \`title:\` line and delete the other."
    `);
  });

  it('reports fields deep inside course.yaml on their own lines, naming the module', () => {
    const yaml = MINI_COURSE['course.yaml']
      .replace('    description: Call if someone is in danger right now.\n', '')
      .replace('  - Show one kind of author error.\n', '  -\n')
      .replace('    lessons: [welcome]\n', '    lessons: welcome\n');
    expect(messageForCourse({ 'course.yaml': yaml })).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      courses/mini/course.yaml:8 (course "mini")
        \`objectives\` item 1 is empty.
          8 | objectives:
        Fix: Write text after the \`-\`, or delete the empty item.

      courses/mini/course.yaml:12 (course "mini")
        Field \`description\` in \`support\` item 1 is missing.
          12 |   - name: Emergency services
        Fix: Add \`description:\` followed by text.

      courses/mini/course.yaml:22 (module "first-steps")
        Field \`lessons\` must be a list of ids, but it is "welcome".
          22 |     lessons: welcome
        Fix: Write a list: one item per line, each starting with \`- \`, or in square brackets, e.g. \`lessons: [welcome]\`."
    `);
  });

  it('reports an id that is too long, and an empty title', () => {
    const lesson = MINI_COURSE['lessons/welcome.mdx'].replace('title: Welcome', 'title:');
    const yaml = MINI_COURSE['course.yaml'].replace('id: mini', `id: ${'a'.repeat(65)}`);
    expect(messageForCourse({ 'course.yaml': yaml, 'lessons/welcome.mdx': lesson })).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/mini/course.yaml:1 (course "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        Field \`id\` must be at most 64 characters long, but it is 65 characters long.
          1 | id: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
        Fix: Keep ids to 64 characters or fewer.

      courses/mini/lessons/welcome.mdx:3 (lesson "welcome")
        Field \`title\` is empty.
          3 | title:
        Fix: Write text after \`title:\`."
    `);
  });

  it('reports frontmatter that is empty or never closed', () => {
    expect(
      messageForCourse({
        'lessons/empty.mdx': '---\n---\n\nText.\n',
        'lessons/unclosed.mdx': '---\nid: unclosed\ntitle: Unclosed\n\nText.\n',
      }),
    ).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/mini/lessons/empty.mdx
        The frontmatter is empty.
        Fix: Write at least these fields, one per line: \`id\`, \`title\`, \`objectives\`, \`estimatedMinutes\`.

      courses/mini/lessons/unclosed.mdx:1
        The frontmatter has no closing \`---\` line.
          1 | ---
        Fix: Add a line with only \`---\` after the last frontmatter field."
    `);
  });

  it('reports a closing tag that does not match the open one, with the line it was opened on', () => {
    const body = '\n<ContentNote topics={["x"]} why="y" summary="z">\n\nText.\n\n</Contentnote>\n';
    expect(messageForCourse({ 'lessons/welcome.mdx': MINI_COURSE['lessons/welcome.mdx'] + body })).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/lessons/welcome.mdx:14 (lesson "welcome")
        The MDX cannot be read: unexpected closing tag \`</Contentnote>\`, expected corresponding closing tag for \`<ContentNote>\` (line 10).
          14 | </Contentnote>
        Fix: Close \`<ContentNote>\` with \`</ContentNote>\` before \`</Contentnote>\`, so each closing tag matches the last tag still open."
    `);
  });

  it('reports a curly brace that opens an expression and is never closed', () => {
    const body = '\nUse {curly braces carefully.\n';
    expect(messageForCourse({ 'lessons/welcome.mdx': MINI_COURSE['lessons/welcome.mdx'] + body })).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/lessons/welcome.mdx:10 (lesson "welcome")
        The MDX cannot be read: unexpected end of file in expression, expected a corresponding closing brace for \`{\`.
          10 | Use {curly braces carefully.
        Fix: To show a "{" or "}" in the text, write \`\\{\` or \`\\}\`; otherwise close the expression with \`}\`."
    `);
  });
});

const MINI_COURSE: Record<string, string> = {
  'course.yaml': `id: mini
title: A mini course
summary: One module.
language: en
version: "1.0"
audience: The peerpath test suite.
estimatedMinutes: 20
objectives:
  - Show one kind of author error.
passMark: 80
support:
  - name: Emergency services
    description: Call if someone is in danger right now.
    emergency: true
recorded:
  sent: [Which lessons you have visited]
  neverSent: [Your private reflections]
  whoSees: Your coordinator.
modules:
  - id: first-steps
    title: First steps
    summary: The only module.
    lessons: [welcome]
`,
  'lessons/welcome.mdx': `---
id: welcome
title: Welcome
objectives: [Know how the course works]
estimatedMinutes: 10
---

Welcome.
`,
};
