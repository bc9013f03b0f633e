import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from '../../../src/content/checks/problem';
import { readCourseSources, type CourseSources } from '../../../src/integration/read-course-sources';
import { defined } from '../../support/defined';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** The whole message the build would show for one broken fixture (see tests/fixtures/broken/). */
function messageFor(brokenCase: string): string {
  const { problems } = readCourseSources(path.join(projectRoot, 'tests/fixtures/broken', brokenCase), projectRoot);
  return formatProblems(problems);
}

describe('readCourseSources on courses without problems', () => {
  it('reads the valid fixture with its defaults and reports nothing', () => {
    const { courses, problems, warnings } = readCourseSources(path.join(projectRoot, 'tests/fixtures/valid'), projectRoot);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(warnings).toEqual([]);
    expect(courses.map((course) => [course.file, course.data.id, course.data.contentNotes])).toEqual([
      ['tests/fixtures/valid/tiny-course/course.yaml', 'tiny-course', []],
    ]);
    expect(defined(courses[0], 'the tiny course').lessons.map((lesson) => [lesson.file, lesson.data.id, lesson.data.required])).toEqual([
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

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/listening.mdx:2:1 (lesson "Listening")
        Field \`id\` is "Listening", which is not a valid id.
          2 | id: Listening
        Fix: Use lowercase letters, digits and single dashes, e.g. "what-peer-support-is". Try "listening".

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/listening.mdx:4:1 (lesson "Listening")
        Field \`objectives\` must be a list of text, but it is "Listen without fixing".
          4 | objectives: Listen without fixing
        Fix: Write a list: one item per line, each starting with \`- \`, or in square brackets, e.g. \`objectives: [Listen without fixing]\`.

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/listening.mdx:5:1 (lesson "Listening")
        Field \`estimatedMinutes\` must be more than 0, but it is 0.
          5 | estimatedMinutes: 0
        Fix: Change it to a whole number above 0.

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/welcome.mdx:6:1 (lesson "welcome")
        Field \`estimatedMinutes\` must be a whole number, but it is "ten".
          6 | estimatedMinutes: "ten"
        Fix: Write the number without quotes or words, e.g. \`estimatedMinutes: 10\`.

      tests/fixtures/broken/invalid-frontmatter-value/mini/lessons/welcome.mdx:7:1 (lesson "welcome")
        Field \`required\` must be \`true\` or \`false\`, but it is "yes".
          7 | required: yes
        Fix: Write \`required: true\` or \`required: false\`, without quotes."
    `);
  });

  it('unknown-frontmatter-field', () => {
    expect(messageFor('unknown-frontmatter-field')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/unknown-frontmatter-field/mini/lessons/listening.mdx:7:1 (lesson "listening")
        Field \`author\` is not a field peerpath knows.
          7 | author: Sam
        Fix: Delete the line, or use one of the fields that go here: \`id\`, \`title\`, \`objectives\`, \`estimatedMinutes\`, \`contentNote\`, \`required\`.

      tests/fixtures/broken/unknown-frontmatter-field/mini/lessons/listening.mdx:11:3 (lesson "listening")
        Field \`contentNote.sumary\` is not a field peerpath knows.
          11 |   sumary: Stay calm, listen, and use the support route.
        Fix: Did you mean \`summary\`? Rename it, or delete the line.

      tests/fixtures/broken/unknown-frontmatter-field/mini/lessons/welcome.mdx:4:1 (lesson "welcome")
        Field \`objective\` is not a field peerpath knows.
          4 | objective:
        Fix: Did you mean \`objectives\`? Rename it, or delete the line."
    `);
  });

  it('missing-frontmatter', () => {
    expect(messageFor('missing-frontmatter')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/missing-frontmatter/mini/lessons/notes.mdx:1:1
        The file has no frontmatter (the block between \`---\` lines at the very top).
          1 | # Notes for the next lesson
        Fix: Start the file with a \`---\` line, then \`id\`, \`title\`, \`objectives\` and \`estimatedMinutes\`, one per line, then another \`---\` line."
    `);
  });

  it('invalid-frontmatter-yaml', () => {
    expect(messageFor('invalid-frontmatter-yaml')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/invalid-frontmatter-yaml/mini/lessons/welcome.mdx:3:1 (lesson "welcome")
        The frontmatter is not valid YAML: the value of \`title\` contains ": ", which YAML reads as the start of another field.
          3 | title: Welcome: how this course works
        Fix: Put the whole value in quotes: \`title: "Welcome: how this course works"\`."
    `);
  });

  it('invalid-course-yaml', () => {
    expect(messageFor('invalid-course-yaml')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/invalid-course-yaml/mini/course.yaml:2:1
        course.yaml is not valid YAML: the value of \`title\` contains ": ", which YAML reads as the start of another field.
          2 | title: Peer support: the basics
        Fix: Put the whole value in quotes: \`title: "Peer support: the basics"\`."
    `);
  });

  it('invalid-course-field', () => {
    expect(messageFor('invalid-course-field')).toMatchInlineSnapshot(`
      "The courses have 5 problems to fix before they can be built.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:4:1 (course "mini")
        Field \`language\` must be one of \`en\`, \`da\`, but it is "english".
          4 | language: english
        Fix: Did you mean \`en\`? Write \`language: en\`.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:5:1 (course "mini")
        Field \`version\` must be text, but it is 1.
          5 | version: 1.0
        Fix: Put the value in quotes so it is read as text, exactly as you typed it: \`version: "…"\`.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:6:1 (course "mini")
        Field \`audiences\` is not a field peerpath knows.
          6 | audiences: The peerpath test suite.
        Fix: Did you mean \`audience\`? Rename it, or delete the line.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:10:1 (course "mini")
        Field \`passMark\` must be at most 100, but it is 120.
          10 | passMark: 120
        Fix: Change it to a number of at most 100.

      tests/fixtures/broken/invalid-course-field/mini/course.yaml:21:3 (module "first-steps")
        Field \`summary\` is missing.
          21 |   - id: first-steps
        Fix: Add \`summary:\` followed by text."
    `);
  });

  it('duplicate-course-ids', () => {
    expect(messageFor('duplicate-course-ids')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/duplicate-course-ids/mini-copy/course.yaml:1:1 (course "mini")
        The course id "mini" is already used by tests/fixtures/broken/duplicate-course-ids/mini/course.yaml.
          1 | id: mini
        Fix: Give each course its own \`id\`: web addresses, package names and saved progress depend on it. A language version of a course keeps its \`id\` and says \`translatedFrom: <the language of the course it translates>\`."
    `);
  });

  it('duplicate-lesson-ids', () => {
    expect(messageFor('duplicate-lesson-ids')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/duplicate-lesson-ids/mini/lessons/welcome.mdx:2:1 (lesson "welcome")
        The lesson id "welcome" is already used by tests/fixtures/broken/duplicate-lesson-ids/mini/lessons/listening.mdx.
          2 | id: welcome
        Fix: Change the \`id\` in one of the two files and list the new id in a module. If learners have started the course, keep the id of the lesson they know: saved progress is keyed on it."
    `);
  });

  it('duplicate-module-ids', () => {
    expect(messageFor('duplicate-module-ids')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/duplicate-module-ids/mini/course.yaml:26:3 (module "first-steps")
        The module id "first-steps" is already used by the module on line 21.
          26 |   - id: first-steps
        Fix: Give each module its own \`id\`."
    `);
  });

  it('module-points-at-missing-lesson', () => {
    expect(messageFor('module-points-at-missing-lesson')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/module-points-at-missing-lesson/mini/course.yaml:26:7 (module "first-steps")
        The module lists the lesson "listning", but no lesson in this course has that id.
          26 |       - listning
        Fix: Did you mean "listening"? Correct the id in \`lessons\`.

      tests/fixtures/broken/module-points-at-missing-lesson/mini/course.yaml:27:7 (module "first-steps")
        The module lists the lesson "closing-thoughts", but no lesson in this course has that id.
          27 |       - closing-thoughts
        Fix: Create an .mdx file in this course folder with \`id: closing-thoughts\` in its frontmatter, or remove "closing-thoughts" from \`lessons\`.

      tests/fixtures/broken/module-points-at-missing-lesson/mini/lessons/listening.mdx:2:1 (lesson "listening")
        The lesson is not listed in any module, so learners could never reach it.
          2 | id: listening
        Fix: Add "listening" to the \`lessons\` of a module in tests/fixtures/broken/module-points-at-missing-lesson/mini/course.yaml, or move the file out of the course folder."
    `);
  });

  it('lesson-not-in-any-module', () => {
    expect(messageFor('lesson-not-in-any-module')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/lesson-not-in-any-module/mini/lessons/extra-reading.mdx:2:1 (lesson "extra-reading")
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

      tests/fixtures/broken/mdx-syntax-error/mini/lessons/listening.mdx:11:1 (lesson "listening")
        The MDX cannot be read: \`<!--\` starts an HTML comment, which MDX does not allow.
          11 | <!-- TODO: add the exercise from the workshop -->
        Fix: Write comments as \`{/* … */}\`; MDX does not accept \`<!-- … -->\`.

      tests/fixtures/broken/mdx-syntax-error/mini/lessons/welcome.mdx:11:1 (lesson "welcome")
        The MDX cannot be read: expected a closing tag for \`<ContentNote>\`.
          11 | <ContentNote topics={["feeling low"]} why="Volunteers meet people on hard days." summary="Stay calm and listen.">
        Fix: Close it with \`</ContentNote>\` after its content, or end the opening tag with \`/>\` if it has no content."
    `);
  });

  it('unknown-component', () => {
    expect(messageFor('unknown-component')).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      tests/fixtures/broken/unknown-component/mini/lessons/listening.mdx:11:1 (lesson "listening")
        The lesson uses the component \`<Highlight>\`, which peerpath does not provide.
          11 | Facilitating a group means <Highlight>listening first</Highlight>.
        Fix: Use one of the components peerpath provides (\`<ContentNote>\`, \`<Quiz>\`, \`<Scenario>\`, \`<SupportContacts>\` and the elements that go inside them, listed in the README), or remove the tag and its closing tag.

      tests/fixtures/broken/unknown-component/mini/lessons/welcome.mdx:11:1 (lesson "welcome")
        The lesson uses the component \`<Contentnote>\`, which peerpath does not provide.
          11 | <Contentnote topics={["feeling low"]} why="Volunteers meet people on hard days." summary="Stay calm and listen.">
        Fix: Did you mean \`<ContentNote>\`? Component names are case-sensitive."
    `);
  });

  it('several-problems', () => {
    expect(messageFor('several-problems')).toMatchInlineSnapshot(`
      "The courses have 6 problems to fix before they can be built.

      tests/fixtures/broken/several-problems/alpha/course.yaml:4:1 (course "alpha")
        Field \`language\` must be one of \`en\`, \`da\`, but it is "english".
          4 | language: english
        Fix: Did you mean \`en\`? Write \`language: en\`.

      tests/fixtures/broken/several-problems/alpha/lessons/welcome.mdx (lesson "welcome")
        Field \`estimatedMinutes\` is missing.
        Fix: Add \`estimatedMinutes:\` followed by a whole number.

      tests/fixtures/broken/several-problems/alpha/lessons/welcome.mdx:4:1 (lesson "welcome")
        Field \`objective\` is not a field peerpath knows.
          4 | objective:
        Fix: Did you mean \`objectives\`? Rename it, or delete the line.

      tests/fixtures/broken/several-problems/beta/course.yaml:27:7 (module "first-steps")
        The module lists the lesson "closing-thoughts", but no lesson in this course has that id.
          27 |       - closing-thoughts
        Fix: Create an .mdx file in this course folder with \`id: closing-thoughts\` in its frontmatter, or remove "closing-thoughts" from \`lessons\`.

      tests/fixtures/broken/several-problems/beta/lessons/listening.mdx:11:1 (lesson "listening")
        The lesson uses the component \`<Flashcard>\`, which peerpath does not provide.
          11 | <Flashcard front="Listening" back="Stay with the person." />
        Fix: Use one of the components peerpath provides (\`<ContentNote>\`, \`<Quiz>\`, \`<Scenario>\`, \`<SupportContacts>\` and the elements that go inside them, listed in the README), or remove the tag and its closing tag.

      tests/fixtures/broken/several-problems/beta/lessons/welcome.mdx:9:1 (lesson "welcome")
        The MDX cannot be read: unexpected character after \`<\`, expected a valid JSX tag.
          9 | Welcome to the beta course. It takes about 3<4 hours.
        Fix: To show a "<" in the text, write \`\\<\` or put a space after it. For a link, put the text in square brackets and the address right after it in round brackets."
    `);
  });
});

describe('readCourseSources on broken quizzes', () => {
  it('quiz-no-correct-answer', () => {
    expect(messageFor('quiz-no-correct-answer')).toMatchInlineSnapshot(`
      "The courses have 6 problems to fix before they can be built.

      tests/fixtures/broken/quiz-no-correct-answer/mini/lessons/welcome.mdx:12:3 (question "what-peer-support-is")
        \`<SingleChoice>\` has no correct option, so no answer could be right.
          12 |   <SingleChoice id="what-peer-support-is" prompt="Which sentence describes peer support best?">
        Fix: Mark the right option with \`correct\`, e.g. \`<Option correct>…</Option>\`.

      tests/fixtures/broken/quiz-no-correct-answer/mini/lessons/welcome.mdx:16:3 (question "first-step")
        \`<SingleChoice>\` has 2 correct options (lines 17, 18), but a single choice has exactly one.
          16 |   <SingleChoice id="first-step" prompt="What comes first?">
        Fix: Keep \`correct\` on one option, or use \`<MultipleResponse>\` when several options are right.

      tests/fixtures/broken/quiz-no-correct-answer/mini/lessons/welcome.mdx:20:3 (question "good-habits")
        \`<MultipleResponse>\` has no correct option, so no answer could be right.
          20 |   <MultipleResponse id="good-habits" prompt="Which habits help?">
        Fix: Mark each right option with \`correct\`, e.g. \`<Option correct>…</Option>\`.

      tests/fixtures/broken/quiz-no-correct-answer/mini/lessons/welcome.mdx:24:3 (question "crisis-service")
        \`<TrueFalse>\` has no \`answer\`, so no answer could be right.
          24 |   <TrueFalse id="crisis-service" prompt="Peer support is a crisis service." />
        Fix: Add \`answer={true}\` if the statement in \`prompt\` is true, or \`answer={false}\` if it is false.

      tests/fixtures/broken/quiz-no-correct-answer/mini/lessons/welcome.mdx:25:3 (question "name-the-route")
        \`<FillIn>\` has no accepted answer, so no answer could be right.
          25 |   <FillIn id="name-the-route" prompt="Who do you call in an emergency?" maxLength={10}>
        Fix: Add an answer you accept inside it as \`<Accept>…</Accept>\`; add one for each other spelling you accept.

      tests/fixtures/broken/quiz-no-correct-answer/mini/lessons/welcome.mdx:28:5 (question "name-the-number")
        The accepted answer is 11 characters long, but the answer field takes at most 5 (\`maxLength\`).
          28 |     <Accept>one one two</Accept>
        Fix: Raise \`maxLength\` on the \`<FillIn>\` to at least 11, or shorten the answer."
    `);
  });

  it('quiz-duplicate-ids', () => {
    expect(messageFor('quiz-duplicate-ids')).toMatchInlineSnapshot(`
      "The courses have 5 problems to fix before they can be built.

      tests/fixtures/broken/quiz-duplicate-ids/mini/lessons/welcome.mdx:11:1 (quiz "first-check")
        The quiz id "first-check" is already used by the quiz on line 11 of tests/fixtures/broken/quiz-duplicate-ids/mini/lessons/listening.mdx.
          11 | <Quiz id="first-check">
        Fix: Give each quiz in the course its own \`id\`: saved results are keyed on it.

      tests/fixtures/broken/quiz-duplicate-ids/mini/lessons/welcome.mdx:12:3 (question "crisis-service")
        The question id "crisis-service" is already used by the question on line 12 of tests/fixtures/broken/quiz-duplicate-ids/mini/lessons/listening.mdx.
          12 |   <TrueFalse id="crisis-service" prompt="Peer support is a crisis service." answer={false} />
        Fix: Give each question and bank in the course its own \`id\`: saved answers and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one.

      tests/fixtures/broken/quiz-duplicate-ids/mini/lessons/welcome.mdx:13:3 (question "first-step")
        The question id "first-step" is already used by the bank on line 13 of tests/fixtures/broken/quiz-duplicate-ids/mini/lessons/listening.mdx.
          13 |   <SingleChoice id="first-step" prompt="What comes first?">
        Fix: Give each question and bank in the course its own \`id\`: saved answers and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one.

      tests/fixtures/broken/quiz-duplicate-ids/mini/lessons/welcome.mdx:16:5 (question "first-step")
        The option id "listen" is already used by the option on line 14 in this question.
          16 |     <Option id="listen">Fixing</Option>
        Fix: Give each \`<Option>\` its own \`id\`. One written without an \`id\` is named by its position: a, b, c….

      tests/fixtures/broken/quiz-duplicate-ids/mini/lessons/welcome.mdx:17:5 (question "first-step")
        The option id "b" is already used by the option on line 15 in this question.
          17 |     <Option id="b">Waiting</Option>
        Fix: Give each \`<Option>\` its own \`id\`. One written without an \`id\` is named by its position: a, b, c…."
    `);
  });

  it('quiz-matching-pairs', () => {
    expect(messageFor('quiz-matching-pairs')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/quiz-matching-pairs/mini/lessons/welcome.mdx:13:5 (question "match-responses")
        \`<Pair>\` has no \`right\`.
          13 |     <Pair left="A call after midnight" />
        Fix: Add the item that belongs with \`left\`: \`right="…"\`.

      tests/fixtures/broken/quiz-matching-pairs/mini/lessons/welcome.mdx:14:5 (question "match-responses")
        \`<Pair>\` has no \`left\`.
          14 |     <Pair right="Say it is outside your role" />
        Fix: Add the item learners start from: \`left="…"\`.

      tests/fixtures/broken/quiz-matching-pairs/mini/lessons/welcome.mdx:17:3 (question "match-one")
        \`<Matching>\` has 1 pair, but it needs at least 2.
          17 |   <Matching id="match-one" prompt="Match the pair.">
        Fix: Add pairs inside it, each as \`<Pair left="…" right="…" />\`."
    `);
  });

  it('quiz-bank-draw', () => {
    expect(messageFor('quiz-bank-draw')).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      tests/fixtures/broken/quiz-bank-draw/mini/lessons/welcome.mdx:12:3 (bank "scenarios")
        \`<Bank>\` draws 3 questions for each learner, but holds only 2.
          12 |   <Bank id="scenarios" draw={3}>
        Fix: Lower \`draw\` to 2 or fewer, or add questions to the bank.

      tests/fixtures/broken/quiz-bank-draw/mini/lessons/welcome.mdx:16:3 (bank "more-scenarios")
        The \`draw\` of \`<Bank>\` must be at least 1, but it is 0.
          16 |   <Bank id="more-scenarios" draw={0}>
        Fix: Write how many of the bank's questions each learner answers, e.g. \`draw={2}\`."
    `);
  });

  it('quiz-too-many-options', () => {
    expect(messageFor('quiz-too-many-options')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/quiz-too-many-options/mini/lessons/welcome.mdx:12:3 (question "pick-one")
        \`<SingleChoice>\` has 37 options, more than the 36 a learning platform can record.
          12 |   <SingleChoice id="pick-one" prompt="Which answer is right?">
        Fix: Keep to 36 options or fewer (SCORM 1.2 records each as one character, 0–9 or a–z), or split the question in two."
    `);
  });

  it('quiz-pass-mark-out-of-range', () => {
    expect(messageFor('quiz-pass-mark-out-of-range')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/quiz-pass-mark-out-of-range/mini/lessons/welcome.mdx:11:1 (quiz "welcome-check")
        The \`passMark\` of \`<Quiz>\` must be at most 100, but it is 120.
          11 | <Quiz id="welcome-check" counts passMark={120}>
        Fix: Change it to a number of at most 100.

      tests/fixtures/broken/quiz-pass-mark-out-of-range/mini/lessons/welcome.mdx:13:3 (quiz "welcome-check")
        The \`min\` of \`<ScoreBand>\` must be at least 0, but it is -10.
          13 |   <ScoreBand min={-10}>Have another look at the lesson.</ScoreBand>
        Fix: Change it to a number of at least 0.

      tests/fixtures/broken/quiz-pass-mark-out-of-range/mini/lessons/welcome.mdx:14:3 (quiz "welcome-check")
        The \`min\` of \`<ScoreBand>\` must be a number, but it is "80".
          14 |   <ScoreBand min="80">Well done.</ScoreBand>
        Fix: Write the number in curly braces, without quotes: \`min={80}\`."
    `);
  });

  it('quiz-misplaced-elements', () => {
    expect(messageFor('quiz-misplaced-elements')).toMatchInlineSnapshot(`
      "The courses have 9 problems to fix before they can be built.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:11:1 (lesson "welcome")
        \`<TrueFalse>\` is outside any \`<Quiz>\`, so learners would never see it.
          11 | <TrueFalse id="outside" prompt="Peer support is a crisis service." answer={false} />
        Fix: Put it inside a \`<Quiz id="…">\`, directly or in a \`<Bank>\`.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:13:1 (lesson "welcome")
        \`<Option>\` is outside any question, so learners would never see it.
          13 | <Option>An option on its own</Option>
        Fix: Put it inside \`<SingleChoice>\` or \`<MultipleResponse>\`.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:16:3 (quiz "welcome-check")
        \`<Quiz>\` holds the text "Answer the questions below.", which learners would not see.
          16 |   Answer the questions below.
        Fix: \`<Quiz>\` holds only questions, \`<Bank>\` and \`<ScoreBand>\`. Move it before or after the quiz, or into a question's \`prompt\`, \`hint\` or \`feedback\`.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:18:3 (quiz "welcome-check")
        \`<ContentNote>\` does not belong in \`<Quiz>\`, so learners would never see it.
          18 |   <ContentNote topics={["crisis"]} why="It matters." summary="Use the support route.">
        Fix: Put it before or after the \`<Quiz>\`. \`<Quiz>\` holds only questions, \`<Bank>\` and \`<ScoreBand>\`.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:21:3 (quiz "welcome-check")
        \`<Option>\` does not belong in \`<Quiz>\`, so learners would never see it.
          21 |   <Option>Listening</Option>
        Fix: Put it inside \`<SingleChoice>\` or \`<MultipleResponse>\`. \`<Quiz>\` holds only questions, \`<Bank>\` and \`<ScoreBand>\`.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:23:5 (question "first-step")
        \`<SingleChoice>\` holds the text "Pick one:", which learners would not see.
          23 |     Pick one:
        Fix: \`<SingleChoice>\` holds only \`<Option>\` elements. Write the question itself in \`prompt="…"\`, and anything else before or after the quiz.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:26:5 (question "first-step")
        \`<Accept>\` does not belong in \`<SingleChoice>\`, so learners would never see it.
          26 |     <Accept>Listening</Accept>
        Fix: Put it inside \`<FillIn>\`. \`<SingleChoice>\` holds only \`<Option>\` elements.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:30:5 (bank "scenarios")
        \`<ScoreBand>\` does not belong in \`<Bank>\`, so learners would never see it.
          30 |     <ScoreBand min={50}>Half way.</ScoreBand>
        Fix: Put it directly inside a \`<Quiz id="…">\`. \`<Bank>\` holds only questions.

      tests/fixtures/broken/quiz-misplaced-elements/mini/lessons/welcome.mdx:32:3 (quiz "welcome-check")
        \`<Quiz>\` does not belong in \`<Quiz>\`, so learners would never see it.
          32 |   <Quiz id="inner-check" />
        Fix: Put it in the lesson itself, after the other quiz ends. \`<Quiz>\` holds only questions, \`<Bank>\` and \`<ScoreBand>\`."
    `);
  });

  it('quiz-missing-id-or-prompt', () => {
    expect(messageFor('quiz-missing-id-or-prompt')).toMatchInlineSnapshot(`
      "The courses have 6 problems to fix before they can be built.

      tests/fixtures/broken/quiz-missing-id-or-prompt/mini/lessons/welcome.mdx:11:1 (lesson "welcome")
        \`<Quiz>\` has no \`id\`.
          11 | <Quiz title="Check your understanding">
        Fix: Add an id of your own, e.g. \`id="check-your-understanding"\`. Saved progress is keyed on it, so keep it once learners have started.

      tests/fixtures/broken/quiz-missing-id-or-prompt/mini/lessons/welcome.mdx:12:3 (lesson "welcome")
        \`<TrueFalse>\` has no \`id\`.
          12 |   <TrueFalse prompt="Peer support is a crisis service." answer={false} />
        Fix: Add an id of your own, e.g. \`id="peer-support-is-a-crisis"\`. Saved progress is keyed on it, so keep it once learners have started.

      tests/fixtures/broken/quiz-missing-id-or-prompt/mini/lessons/welcome.mdx:13:3 (question "first-step")
        \`<SingleChoice>\` has no \`prompt\`.
          13 |   <SingleChoice id="first-step">
        Fix: Add the question as learners read it: \`prompt="…"\`.

      tests/fixtures/broken/quiz-missing-id-or-prompt/mini/lessons/welcome.mdx:17:3 (question "name-the-route")
        The \`prompt\` of \`<FillIn>\` is empty.
          17 |   <FillIn id="name-the-route" prompt="">
        Fix: Write the text between the quotes: \`prompt="…"\`.

      tests/fixtures/broken/quiz-missing-id-or-prompt/mini/lessons/welcome.mdx:18:5 (question "name-the-route")
        \`<Accept>\` has no text.
          18 |     <Accept></Accept>
        Fix: Write an answer you accept between \`<Accept>\` and \`</Accept>\`.

      tests/fixtures/broken/quiz-missing-id-or-prompt/mini/lessons/welcome.mdx:22:1 (quiz "empty-check")
        \`<Quiz>\` has no questions.
          22 | <Quiz id="empty-check" />
        Fix: Add questions inside it, e.g. \`<SingleChoice id="…" prompt="…">\` with an \`<Option>\` for each answer."
    `);
  });

  it('quiz-attribute-values', () => {
    expect(messageFor('quiz-attribute-values')).toMatchInlineSnapshot(`
      "The courses have 11 problems to fix before they can be built.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:11:1 (quiz "Welcome Check")
        The \`id\` of \`<Quiz>\` is "Welcome Check", which is not a valid id.
          11 | <Quiz id="Welcome Check" counts="yes">
        Fix: Use lowercase letters, digits and single dashes, e.g. "what-peer-support-is". Try "welcome-check".

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:11:1 (quiz "Welcome Check")
        The \`counts\` of \`<Quiz>\` must be \`true\` or \`false\`, but it is "yes".
          11 | <Quiz id="Welcome Check" counts="yes">
        Fix: Write \`counts\` on its own to switch it on, or leave it out.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:12:3 (question "first-step")
        The \`attempts\` of \`<SingleChoice>\` must be a whole number, but it is 1.5.
          12 |   <SingleChoice id="first-step" prompt="What comes first?" attempts={1.5} shufle>
        Fix: Round it, e.g. \`attempts={2}\`.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:12:3 (question "first-step")
        \`<SingleChoice>\` has the attribute \`shufle\`, which peerpath does not know.
          12 |   <SingleChoice id="first-step" prompt="What comes first?" attempts={1.5} shufle>
        Fix: Did you mean \`shuffle\`? Rename it.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:13:5 (question "first-step")
        The \`correct\` of \`<Option>\` must be \`true\` or \`false\`, but it is "true".
          13 |     <Option correct="true">Listening</Option>
        Fix: Write \`correct\` on its own to switch it on, or leave it out.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:16:3 (question "name-the-route")
        The \`maxLength\` of \`<FillIn>\` is \`{limit}\`, which peerpath cannot read: quiz attributes take plain values only.
          16 |   <FillIn id="name-the-route" prompt="Who do you call?" maxLength={limit}>
        Fix: Write the value itself, e.g. \`maxLength={60}\`: a number, \`true\` or \`false\`, or text in double quotes.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:19:3 (question "crisis-service")
        The \`prompt\` of \`<TrueFalse>\` is \`{'Peer support is a crisis service.'}\`, which peerpath cannot read: quiz attributes take plain values only.
          19 |   <TrueFalse id="crisis-service" prompt={'Peer support is a crisis service.'} answer="false" weight={-1} />
        Fix: Use double quotes: \`prompt="Peer support is a crisis service."\`.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:19:3 (question "crisis-service")
        The \`weight\` of \`<TrueFalse>\` must be at least 0, but it is -1.
          19 |   <TrueFalse id="crisis-service" prompt={'Peer support is a crisis service.'} answer="false" weight={-1} />
        Fix: Change it to a number of at least 0.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:19:3 (question "crisis-service")
        The \`answer\` of \`<TrueFalse>\` must be \`true\` or \`false\`, but it is "false".
          19 |   <TrueFalse id="crisis-service" prompt={'Peer support is a crisis service.'} answer="false" weight={-1} />
        Fix: Write \`answer={true}\` or \`answer={false}\`, in curly braces without quotes.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:20:3 (question "ready")
        \`<Likert>\` has the attribute \`weight\`, which peerpath does not know.
          20 |   <Likert id="ready" prompt="How ready do I feel?" weight={1}>
        Fix: Remove it, or use one of the attributes \`<Likert>\` takes: \`id\`, \`prompt\`, \`hint\`, \`feedback\`.

      tests/fixtures/broken/quiz-attribute-values/mini/lessons/welcome.mdx:20:3 (question "ready")
        \`<Likert>\` has 1 level, but it needs at least 2.
          20 |   <Likert id="ready" prompt="How ready do I feel?" weight={1}>
        Fix: Add levels inside it, each as \`<Level>…</Level>\`, or remove the levels to use the default five."
    `);
  });

  it('quiz-state-key-collision', () => {
    expect(messageFor('quiz-state-key-collision')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/quiz-state-key-collision/mini/lessons/welcome.mdx:13:3 (question "check-16156")
        The question ids "check-7189" and "check-16156" happen to share one key in a learner's saved progress, so one's progress would be taken for the other's.
          13 |   <TrueFalse id="check-16156" prompt="Listening means fixing." answer={false} />
        Fix: Change one of the ids a little, e.g. "check-16156-2"; any change gives it another key."
    `);
  });

  it('quiz-saved-state-too-large', () => {
    expect(messageFor('quiz-saved-state-too-large')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/quiz-saved-state-too-large/mini/lessons/welcome.mdx:11:1 (quiz "welcome-check")
        A learner's saved progress in this course could grow to 4176 characters, more than the 4096 a SCORM 1.2 learning platform keeps (\`suspend_data\`), so some learners' answers would be cut off and lost. The largest parts: quiz "welcome-check" (4160 characters, tests/fixtures/broken/quiz-saved-state-too-large/mini/lessons/welcome.mdx:11).
          11 | <Quiz id="welcome-check">
        Fix: To make it fit, use fewer questions, a smaller \`maxLength\` on fill-in questions, or split the course into two courses. The figure counts every lesson and every question answered with its longest possible answer."
    `);
  });

  it('quiz-several-problems', () => {
    expect(messageFor('quiz-several-problems')).toMatchInlineSnapshot(`
      "The courses have 8 problems to fix before they can be built.

      tests/fixtures/broken/quiz-several-problems/mini/lessons/welcome.mdx:11:1 (quiz "welcome-check")
        The quiz id "welcome-check" is already used by the quiz on line 11 of tests/fixtures/broken/quiz-several-problems/mini/lessons/listening.mdx.
          11 | <Quiz id="welcome-check" counts passMark={80}>
        Fix: Give each quiz in the course its own \`id\`: saved results are keyed on it.

      tests/fixtures/broken/quiz-several-problems/mini/lessons/welcome.mdx:12:3 (question "what-peer-support-is")
        \`<SingleChoice>\` has no correct option, so no answer could be right.
          12 |   <SingleChoice id="what-peer-support-is" prompt="Which sentence describes peer support best?">
        Fix: Mark the right option with \`correct\`, e.g. \`<Option correct>…</Option>\`.

      tests/fixtures/broken/quiz-several-problems/mini/lessons/welcome.mdx:16:3 (question "match-responses")
        \`<Matching>\` has 1 pair, but it needs at least 2.
          16 |   <Matching id="match-responses" prompt="Match each situation with a response.">
        Fix: Add pairs inside it, each as \`<Pair left="…" right="…" />\`.

      tests/fixtures/broken/quiz-several-problems/mini/lessons/welcome.mdx:17:5 (question "match-responses")
        \`<Pair>\` has no \`right\`.
          17 |     <Pair left="A call after midnight" />
        Fix: Add the item that belongs with \`left\`: \`right="…"\`.

      tests/fixtures/broken/quiz-several-problems/mini/lessons/welcome.mdx:19:3 (bank "scenarios")
        \`<Bank>\` draws 2 questions for each learner, but holds only 1.
          19 |   <Bank id="scenarios" draw={2}>
        Fix: Lower \`draw\` to 1 or fewer, or add questions to the bank.

      tests/fixtures/broken/quiz-several-problems/mini/lessons/welcome.mdx:20:5 (question "say-no")
        The question id "say-no" is already used by the question on line 12 of tests/fixtures/broken/quiz-several-problems/mini/lessons/listening.mdx.
          20 |     <TrueFalse id="say-no" prompt="Saying no can protect the relationship." answer />
        Fix: Give each question and bank in the course its own \`id\`: saved answers and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one.

      tests/fixtures/broken/quiz-several-problems/mini/lessons/welcome.mdx:22:3 (quiz "welcome-check")
        The \`min\` of \`<ScoreBand>\` must be at most 100, but it is 120.
          22 |   <ScoreBand min={120}>Well done.</ScoreBand>
        Fix: Change it to a number of at most 100.

      tests/fixtures/broken/quiz-several-problems/mini/lessons/welcome.mdx:25:1 (lesson "welcome")
        \`<Option>\` is outside any question, so learners would never see it.
          25 | <Option>An option on its own</Option>
        Fix: Put it inside \`<SingleChoice>\` or \`<MultipleResponse>\`."
    `);
  });
});

describe('readCourseSources on broken scenarios', () => {
  it('scenario-dangling-target', () => {
    expect(messageFor('scenario-dangling-target')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/scenario-dangling-target/mini/lessons/listening.mdx:20:5 (scenario "late-message", scene "message", choice "wait")
        Choice "wait" in scene "message" leads to "nextday", which is not a Scene or Ending in this scenario.
          20 |     <Choice id="wait" to="nextday" scores="boundaries:+1">Wait until the morning.</Choice>
        Fix: Change to="nextday" to the id of a Scene or Ending (did you mean "next-day"?), or add one with id="nextday"."
    `);
  });

  it('scenario-unreachable-scene', () => {
    expect(messageFor('scenario-unreachable-scene')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/scenario-unreachable-scene/mini/lessons/listening.mdx:27:3 (scenario "late-message", scene "voicemail")
        Scene "voicemail" cannot be reached: no path of choices leads to it from the start scene "message".
          27 |   <Scene id="voicemail" setting="Your voicemail">
        Fix: Add a choice with to="voicemail" in a scene the learner can reach, or remove "voicemail"."
    `);
  });

  it('scenario-dead-end', () => {
    expect(messageFor('scenario-dead-end')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/scenario-dead-end/mini/lessons/listening.mdx:22:3 (scenario "late-message", scene "voicemail")
        Scene "voicemail" has no choices, so a learner who gets there is stuck.
          22 |   <Scene id="voicemail" setting="Your voicemail, the next morning">
        Fix: Add a <Choice to="…"> that leads on, or make it an <Ending> with a debrief."
    `);
  });

  it('scenario-loop-without-exit', () => {
    expect(messageFor('scenario-loop-without-exit')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/scenario-loop-without-exit/mini/lessons/listening.mdx:22:3 (scenario "late-message", scene "ask-again")
        Scenes "ask-again" and "explain-more" only lead to each other, so a learner who gets there can never reach an ending.
          22 |   <Scene id="ask-again" setting="Your phone">
        Fix: Add a choice in one of them that leads to an Ending, or to a scene that leads to one."
    `);
  });

  it('scenario-no-reachable-ending', () => {
    expect(messageFor('scenario-no-reachable-ending')).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      tests/fixtures/broken/scenario-no-reachable-ending/mini/lessons/listening.mdx:13:1 (scenario "late-message")
        The scenario has no <Ending>, so no play can finish.
          13 | <Scenario id="late-message" title="A message at 23:40" dimensions="boundaries, safety">
        Fix: Add at least one <Ending id="…" title="…"> with a debrief, and choices that lead to it.

      tests/fixtures/broken/scenario-no-reachable-ending/mini/lessons/listening.mdx:16:3 (scenario "late-message", scene "message")
        Scenes "message" and "next-day" only lead to each other, so a learner who gets there can never reach an ending.
          16 |   <Scene id="message" setting="Your phone, late in the evening">
        Fix: Add a choice in one of them that leads to an Ending, or to a scene that leads to one."
    `);
  });

  it('scenario-duplicate-ids', () => {
    expect(messageFor('scenario-duplicate-ids')).toMatchInlineSnapshot(`
      "The courses have 5 problems to fix before they can be built.

      tests/fixtures/broken/scenario-duplicate-ids/mini/lessons/listening.mdx:15:3 (scenario "late-message", character "kim")
        The character id "kim" is declared 2 times.
          15 |   <Character id="kim" name="Kim, again" />
        Fix: Keep one <Character id="kim" … /> and remove or rename the others.

      tests/fixtures/broken/scenario-duplicate-ids/mini/lessons/listening.mdx:20:5 (scenario "late-message", scene "message", choice "reply-now")
        The choice id "reply-now" is used 2 times (in scene "message").
          20 |     <Choice id="reply-now" to="ending-call">Call Kim.</Choice>
        Fix: Give each choice in the scenario its own id: the LMS records each decision by it, so a repeated id makes two decisions look the same.

      tests/fixtures/broken/scenario-duplicate-ids/mini/lessons/listening.mdx:23:3 (scenario "late-message", ending "ending-kept")
        The id "ending-kept" is used by 2 Scenes or Endings.
          23 |   <Ending id="ending-kept" title="Hours kept again">The agreement holds again.</Ending>
        Fix: Give each Scene and Ending its own id: choices lead to them by id, so a repeated one is ambiguous. Rename one "ending-kept" and update the choices with to="ending-kept" that should go there.

      tests/fixtures/broken/scenario-duplicate-ids/mini/lessons/listening.mdx:27:1 (scenario "lending-money")
        The scenario id "lending-money" is also the id of the quiz on line 20 of tests/fixtures/broken/scenario-duplicate-ids/mini/lessons/welcome.mdx.
          27 | <Scenario id="lending-money" title="Could you lend me 200 kr.?">
        Fix: Give the scenario an id no quiz in the course uses: a learning platform records quiz answers and scenario decisions under ids that begin with it, so the two would be mixed up.

      tests/fixtures/broken/scenario-duplicate-ids/mini/lessons/welcome.mdx:11:1 (scenario "late-message")
        The scenario id "late-message" is already used by the scenario on line 13 of tests/fixtures/broken/scenario-duplicate-ids/mini/lessons/listening.mdx.
          11 | <Scenario id="late-message" title="A message at 23:40" dimensions="boundaries, safety">
        Fix: Give each scenario in the course its own \`id\`: saved progress and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one."
    `);
  });

  it('scenario-undeclared-names', () => {
    expect(messageFor('scenario-undeclared-names')).toMatchInlineSnapshot(`
      "The courses have 4 problems to fix before they can be built.

      tests/fixtures/broken/scenario-undeclared-names/mini/lessons/listening.mdx:18:5 (scenario "late-message", scene "message")
        A <Line> in scene "message" is spoken by "kym", who is not one of the scenario's characters.
          18 |     <Line character="kym">Can you come over?</Line>
        Fix: Fix the name (did you mean "kim"?) or declare the character, e.g. <Character id="kym" name="…" role="…" />.

      tests/fixtures/broken/scenario-undeclared-names/mini/lessons/listening.mdx:19:5 (scenario "late-message", scene "message", choice "reply-now")
        Choice "reply-now" in scene "message" changes "replyed" in sets="replyed:=1", but the scenario declares no variable "replyed".
          19 |     <Choice id="reply-now" to="next-day" sets="replyed:=1" scores="safty:+1">Reply with the safety route.</Choice>
        Fix: Fix the name (did you mean "replied"?) or declare it, e.g. <Variable id="replyed" initial={0} min={0} max={1} />.

      tests/fixtures/broken/scenario-undeclared-names/mini/lessons/listening.mdx:19:5 (scenario "late-message", scene "message", choice "reply-now")
        Choice "reply-now" in scene "message" scores on "safty", which is not one of the scenario's dimensions (it declares "boundaries" and "safety").
          19 |     <Choice id="reply-now" to="next-day" sets="replyed:=1" scores="safty:+1">Reply with the safety route.</Choice>
        Fix: Fix the name (did you mean "safety"?) or add "safty" to dimensions="…" on the <Scenario>.

      tests/fixtures/broken/scenario-undeclared-names/mini/lessons/listening.mdx:25:5 (scenario "late-message", scene "next-day", choice "call")
        Choice "call" in scene "next-day" tests "trusted" in when="trusted>=1", but the scenario declares no variable "trusted".
          25 |     <Choice id="call" to="ending-call" when="trusted>=1">Call Kim back in working hours.</Choice>
        Fix: Fix the name or declare it, e.g. <Variable id="trusted" initial={0} min={0} max={1} />."
    `);
  });

  it('scenario-impossible-condition', () => {
    expect(messageFor('scenario-impossible-condition')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/scenario-impossible-condition/mini/lessons/listening.mdx:24:5 (scenario "late-message", scene "next-day", choice "call")
        Choice "call" in scene "next-day" is never offered: when="replied==1" never holds there, because when a learner reaches "next-day", replied is only ever 0.
          24 |     <Choice id="call" to="ending-call" when="replied==1">Call Kim back in working hours.</Choice>
        Fix: Change the condition, or change sets="…" on a way to "next-day" so that it can hold; otherwise remove the choice.

      tests/fixtures/broken/scenario-impossible-condition/mini/lessons/listening.mdx:25:5 (scenario "late-message", scene "next-day", choice "visit")
        Choice "visit" in scene "next-day" is never offered: when="replied>1" cannot hold, because replied stays between 0 and 1.
          25 |     <Choice id="visit" to="ending-call" when="replied>1">Visit Kim.</Choice>
        Fix: Change the condition so that some value of replied from 0 to 1 meets it, or widen replied's min and max.

      tests/fixtures/broken/scenario-impossible-condition/mini/lessons/listening.mdx:28:3 (scenario "late-message", ending "ending-call")
        Ending "ending-call" is never reached in play: every way to it depends on a condition that never holds.
          28 |   <Ending id="ending-call" title="A call back">Kim felt heard, and the call stayed within your hours.</Ending>
        Fix: Check the when="…" conditions on the choices with to="ending-call", and on the way to them."
    `);
  });

  it('scenario-several-problems', () => {
    expect(messageFor('scenario-several-problems')).toMatchInlineSnapshot(`
      "The courses have 12 problems to fix before they can be built.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/listening.mdx:13:1 (scenario "late-message")
        No ending can be reached from the start scene "message".
          13 | <Scenario id="late-message" title="A message at 23:40" dimensions="boundaries, safety">
        Fix: Add a choice that leads to an Ending from a scene the learner can reach.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/listening.mdx:20:5 (scenario "late-message", scene "message", choice "wait")
        Choice "wait" in scene "message" leads to "nextday", which is not a Scene or Ending in this scenario.
          20 |     <Choice id="wait" to="nextday" scores="boundaries:+1">Wait until the morning.</Choice>
        Fix: Change to="nextday" to the id of a Scene or Ending (did you mean "next-day"?), or add one with id="nextday".

      tests/fixtures/broken/scenario-several-problems/mini/lessons/listening.mdx:22:3 (scenario "late-message", scene "next-day")
        Scene "next-day" has no choices, so a learner who gets there is stuck.
          22 |   <Scene id="next-day" setting="The next morning">
        Fix: Add a <Choice to="…"> that leads on, or make it an <Ending> with a debrief.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/listening.mdx:25:3 (scenario "late-message", ending "ending-kept")
        Ending "ending-kept" cannot be reached: no path of choices leads to it from the start scene "message".
          25 |   <Ending id="ending-kept" title="Hours kept">The agreement holds, and Kim knows where to turn at night.</Ending>
        Fix: Add a choice with to="ending-kept" in a scene the learner can reach, or remove "ending-kept".

      tests/fixtures/broken/scenario-several-problems/mini/lessons/listening.mdx:26:3 (scenario "late-message", ending "ending-call")
        Ending "ending-call" cannot be reached: no path of choices leads to it from the start scene "message".
          26 |   <Ending id="ending-call" title="A call back">Kim felt heard, and the call stayed within your hours.</Ending>
        Fix: Add a choice with to="ending-call" in a scene the learner can reach, or remove "ending-call".

      tests/fixtures/broken/scenario-several-problems/mini/lessons/welcome.mdx:11:1 (lesson "welcome")
        \`<Scene>\` is outside any \`<Scenario>\`, so learners would never see it.
          11 | <Scene id="stray" setting="Nowhere">
        Fix: Put it directly inside a \`<Scenario id="…">\`.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/welcome.mdx:15:1 (scenario "late-message")
        The \`counts\` of \`<Scenario>\` must be one of \`practice\`, \`completion\`, \`score\`, but it is "scored".
          15 | <Scenario id="late-message" title="Friends online?" counts="scored">
        Fix: Did you mean \`score\`? Write \`counts="score"\`.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/welcome.mdx:15:1 (scenario "late-message")
        The scenario id "late-message" is already used by the scenario on line 13 of tests/fixtures/broken/scenario-several-problems/mini/lessons/listening.mdx.
          15 | <Scenario id="late-message" title="Friends online?" counts="scored">
        Fix: Give each scenario in the course its own \`id\`: saved progress and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/welcome.mdx:16:3 (scenario "late-message")
        \`<Choice>\` does not belong in \`<Scenario>\`, so learners would never see it.
          16 |   <Choice id="too-early" to="message">A choice outside any scene.</Choice>
        Fix: Put it inside a \`<Scene>\`. \`<Scenario>\` holds only \`<Character>\`, \`<Variable>\`, \`<Scene>\` and \`<Ending>\`.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/welcome.mdx:19:5 (scenario "late-message", scene "message", choice "explain")
        \`<Choice>\` has no \`to\`.
          19 |     <Choice id="explain" when="kim-asked=>1">Explain why you keep it to the group.</Choice>
        Fix: Add the id of the scene or ending the choice leads to: \`to="…"\`.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/welcome.mdx:19:5 (scenario "late-message", scene "message", choice "explain")
        In the \`when\` of \`<Choice>\`, "kim-asked=>1" uses "=>", which is not a comparison here.
          19 |     <Choice id="explain" when="kim-asked=>1">Explain why you keep it to the group.</Choice>
        Fix: Write kim-asked>=1 instead.

      tests/fixtures/broken/scenario-several-problems/mini/lessons/welcome.mdx:21:3 (scenario "late-message", ending "ending-kept")
        \`<Ending>\` has no \`title\`.
          21 |   <Ending id="ending-kept">Kim understands the reason.</Ending>
        Fix: Add a title: \`title="…"\`."
    `);
  });
});

describe('readCourseSources on other author mistakes', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** Writes one course (the valid mini course, with `changes` applied) to a temporary project and checks it. */
  function readCoursesWith(changes: Record<string, string>): CourseSources {
    const root = mkdtempSync(path.join(tmpdir(), 'peerpath-author-errors-'));
    roots.push(root);
    for (const [file, text] of Object.entries({ ...MINI_COURSE, ...changes })) {
      const target = path.join(root, 'courses/mini', file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    return readCourseSources(path.join(root, 'courses'), root);
  }

  function messageForCourse(changes: Record<string, string>): string {
    return formatProblems(readCoursesWith(changes).problems);
  }

  it('warns, without failing, when saved progress could come close to the SCORM 1.2 limit', () => {
    const fillIns = Array.from({ length: 13 }, (_, index) =>
      `<FillIn id="reflection-${index + 1}" prompt="Name one thing you learnt." maxLength={250}>\n<Accept>listening</Accept>\n</FillIn>`);
    const lesson = `${MINI_COURSE['lessons/welcome.mdx']}\n<Quiz id="welcome-check">\n${fillIns.join('\n')}\n</Quiz>\n`;
    const { problems, warnings } = readCoursesWith({ 'lessons/welcome.mdx': lesson });
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem).join('\n\n')).toMatchInlineSnapshot(`
      "courses/mini/course.yaml (course "mini")
        A learner's saved progress in this course could grow to 3392 characters, over 80% of the 4096 a SCORM 1.2 learning platform keeps (\`suspend_data\`).
        Fix: Nothing needs fixing yet. Before adding many more questions, consider a smaller \`maxLength\` on fill-in questions, or splitting the course into two courses."
    `);
  });

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

      courses/mini/course.yaml:4:1
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

      courses/mini/course.yaml:8:1 (course "mini")
        \`objectives\` item 1 is empty.
          8 | objectives:
        Fix: Write text after the \`-\`, or delete the empty item.

      courses/mini/course.yaml:12:3 (course "mini")
        Field \`description\` in \`support\` item 1 is missing.
          12 |   - name: Emergency services
        Fix: Add \`description:\` followed by text.

      courses/mini/course.yaml:22:5 (module "first-steps")
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

      courses/mini/course.yaml:1:1 (course "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        Field \`id\` must be at most 64 characters long, but it is 65 characters long.
          1 | id: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
        Fix: Keep ids to 64 characters or fewer.

      courses/mini/lessons/welcome.mdx:3:1 (lesson "welcome")
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

      courses/mini/lessons/unclosed.mdx:1:1
        The frontmatter has no closing \`---\` line.
          1 | ---
        Fix: Add a line with only \`---\` after the last frontmatter field."
    `);
  });

  it('reports a closing tag that does not match the open one, with the line it was opened on', () => {
    const body = '\n<ContentNote topics={["x"]} why="y" summary="z">\n\nText.\n\n</Contentnote>\n';
    expect(messageForCourse({ 'lessons/welcome.mdx': MINI_COURSE['lessons/welcome.mdx'] + body })).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/lessons/welcome.mdx:14:1 (lesson "welcome")
        The MDX cannot be read: unexpected closing tag \`</Contentnote>\`, expected corresponding closing tag for \`<ContentNote>\` (line 10).
          14 | </Contentnote>
        Fix: Close \`<ContentNote>\` with \`</ContentNote>\` before \`</Contentnote>\`, so each closing tag matches the last tag still open."
    `);
  });

  it('reports a curly brace that opens an expression and is never closed', () => {
    const body = '\nUse {curly braces carefully.\n';
    expect(messageForCourse({ 'lessons/welcome.mdx': MINI_COURSE['lessons/welcome.mdx'] + body })).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/lessons/welcome.mdx:10:1 (lesson "welcome")
        The MDX cannot be read: unexpected end of file in expression, expected a corresponding closing brace for \`{\`.
          10 | Use {curly braces carefully.
        Fix: To show a "{" or "}" in the text, write \`\\{\` or \`\\}\`; otherwise close the expression with \`}\`."
    `);
  });
});

const MINI_COURSE = {
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
