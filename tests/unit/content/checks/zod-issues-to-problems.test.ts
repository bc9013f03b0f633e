import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/content/checks/problem';
import { zodIssuesToProblems } from '../../../../src/content/checks/zod-issues-to-problems';
import { CourseSchema } from '../../../../src/content/schemas/course';
import { LessonSchema } from '../../../../src/content/schemas/lesson';

const lesson = { id: 'welcome', title: 'Welcome', objectives: ['Know how the course works'], estimatedMinutes: 10 };

/** The message an author would see for one lesson's frontmatter, with each top-level field on its own line. */
function messageForLesson(input: unknown): string {
  const result = LessonSchema.safeParse(input);
  if (result.success) return 'no problems';
  const fields = Object.keys(input ?? {});
  return formatProblems(
    zodIssuesToProblems(result.error, {
      file: 'courses/c/welcome.mdx',
      wholeName: 'The frontmatter',
      schema: LessonSchema,
      input,
      locate: (path) => ({ entry: 'lesson "welcome"', path }),
      lineAt: (path) => (fields.includes(String(path[0])) ? fields.indexOf(String(path[0])) + 2 : undefined),
    }),
  );
}

describe('zodIssuesToProblems', () => {
  it('says which field is missing and what it takes', () => {
    expect(messageForLesson({ id: 'welcome', title: 'Welcome' })).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/c/welcome.mdx (lesson "welcome")
        Field \`objectives\` is missing.
        Fix: Add \`objectives:\` followed by a list of text, one item per line starting with \`- \`.

      courses/c/welcome.mdx (lesson "welcome")
        Field \`estimatedMinutes\` is missing.
        Fix: Add \`estimatedMinutes:\` followed by a whole number."
    `);
  });

  it('shows a wrong value back to the author with a fix that fits its type', () => {
    expect(
      messageForLesson({ ...lesson, title: 12, objectives: 'Listen well', estimatedMinutes: '10 minutes', required: 'no' }),
    ).toMatchInlineSnapshot(`
      "The courses have 4 problems to fix before they can be built.

      courses/c/welcome.mdx:3:1 (lesson "welcome")
        Field \`title\` must be text, but it is 12.
        Fix: Put the value in quotes so it is read as text, exactly as you typed it: \`title: "…"\`.

      courses/c/welcome.mdx:4:1 (lesson "welcome")
        Field \`objectives\` must be a list of text, but it is "Listen well".
        Fix: Write a list: one item per line, each starting with \`- \`, or in square brackets, e.g. \`objectives: [Listen well]\`.

      courses/c/welcome.mdx:5:1 (lesson "welcome")
        Field \`estimatedMinutes\` must be a whole number, but it is "10 minutes".
        Fix: Write the number without quotes or words, e.g. \`estimatedMinutes: 10\`.

      courses/c/welcome.mdx:6:1 (lesson "welcome")
        Field \`required\` must be \`true\` or \`false\`, but it is "no".
        Fix: Write \`required: true\` or \`required: false\`, without quotes."
    `);
  });

  it('explains empty values, empty lists and numbers out of range', () => {
    expect(messageForLesson({ ...lesson, title: null, objectives: [], estimatedMinutes: 2.5 })).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      courses/c/welcome.mdx:3:1 (lesson "welcome")
        Field \`title\` is empty.
        Fix: Write text after \`title:\`.

      courses/c/welcome.mdx:4:1 (lesson "welcome")
        Field \`objectives\` is an empty list.
        Fix: List at least 1 item.

      courses/c/welcome.mdx:5:1 (lesson "welcome")
        Field \`estimatedMinutes\` must be a whole number, but it is 2.5.
        Fix: Round it to a whole number, e.g. \`estimatedMinutes: 3\`."
    `);
    expect(messageForLesson({ ...lesson, objectives: ['Listen', ''], estimatedMinutes: -5 })).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/c/welcome.mdx:4:1 (lesson "welcome")
        \`objectives\` item 2 is empty.
        Fix: Write text after the \`-\`, or delete the empty item.

      courses/c/welcome.mdx:5:1 (lesson "welcome")
        Field \`estimatedMinutes\` must be more than 0, but it is -5.
        Fix: Change it to a whole number above 0."
    `);
  });

  it("shows the schema's own rule for an id, and the id the author probably meant", () => {
    expect(messageForLesson({ ...lesson, id: 'Welcome to the course' })).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/c/welcome.mdx:2:1 (lesson "welcome")
        Field \`id\` is "Welcome to the course", which is not a valid id.
        Fix: Use lowercase letters, digits and single dashes, e.g. "what-peer-support-is". Try "welcome-to-the-course"."
    `);
  });

  it('reports a misspelt field once, suggesting the right name instead of also calling it missing', () => {
    const { objectives, ...withoutObjectives } = lesson;
    expect(messageForLesson({ ...withoutObjectives, objective: objectives, authr: 'Sam' })).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/c/welcome.mdx:5:1 (lesson "welcome")
        Field \`objective\` is not a field peerpath knows.
        Fix: Did you mean \`objectives\`? Rename it, or delete the line.

      courses/c/welcome.mdx:6:1 (lesson "welcome")
        Field \`authr\` is not a field peerpath knows.
        Fix: Delete the line, or use one of the fields that go here: \`id\`, \`title\`, \`objectives\`, \`estimatedMinutes\`, \`contentNote\`, \`required\`."
    `);
  });

  it('describes frontmatter that is not a group of fields', () => {
    expect(messageForLesson(['id: welcome'])).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/c/welcome.mdx
        The frontmatter must be a group of fields, one per line like \`title: …\`, but it is a list.
        Fix: Write at least these fields, one per line: \`id\`, \`title\`, \`objectives\`, \`estimatedMinutes\`."
    `);
    expect(messageForLesson(undefined)).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/c/welcome.mdx
        The frontmatter is empty.
        Fix: Write at least these fields, one per line: \`id\`, \`title\`, \`objectives\`, \`estimatedMinutes\`."
    `);
  });

  it('names the module for problems inside one, and counts list items from 1', () => {
    const input = {
      language: 'dansk',
      support: [{ name: 'Coordinator', description: 'Talk to them.' }, { name: 'Line' }],
      modules: [{ id: 'first-steps', title: 'First steps', summary: 'S.', lessons: ['welcome', 'Listening'] }],
    };
    const result = CourseSchema.safeParse(input);
    if (result.success) throw new Error('The course should not pass its schema.');
    const problems = zodIssuesToProblems(result.error, {
      file: 'courses/c/course.yaml',
      wholeName: 'course.yaml',
      schema: CourseSchema,
      input,
      locate: (path) =>
        path[0] === 'modules' ? { entry: 'module "first-steps"', path: path.slice(2) } : { entry: 'course "c"', path },
    });
    const shown = problems.filter((problem) => !problem.message.endsWith('is missing.') || problem.message.includes(' in '));
    expect(formatProblems(shown)).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      courses/c/course.yaml (course "c")
        Field \`language\` must be one of \`en\`, \`da\`, but it is "dansk".
        Fix: Did you mean \`da\`? Write \`language: da\`.

      courses/c/course.yaml (course "c")
        Field \`description\` in \`support\` item 2 is missing.
        Fix: Add \`description:\` followed by text.

      courses/c/course.yaml (module "first-steps")
        \`lessons\` item 2 is "Listening", which is not a valid id.
        Fix: Use lowercase letters, digits and single dashes, e.g. "what-peer-support-is". Try "listening"."
    `);
  });
});
