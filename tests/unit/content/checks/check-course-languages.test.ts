import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems, formatWarnings } from '../../../../src/content/checks/problem';
import { toCurriculumEntries } from '../../../../src/content/to-curriculum-entries';
import { readCourseSources } from '../../../../src/integration/read-course-sources';
import { defined } from '../../../support/defined';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');

/** The whole message the build would show for one broken fixture (tests/fixtures/broken/language-*). */
function messageFor(brokenCase: string): string {
  const { problems } = readCourseSources(path.join(projectRoot, 'tests/fixtures/broken', brokenCase), projectRoot);
  return formatProblems(problems);
}

describe('two language versions of one course (tests/fixtures/two-languages)', () => {
  const { courses, problems, warnings } = readCourseSources(path.join(projectRoot, 'tests/fixtures/two-languages'), projectRoot);
  const english = defined(courses.find((course) => course.data.language === 'en'), 'the English version');
  const danish = defined(courses.find((course) => course.data.language === 'da'), 'the Danish version');

  it('reads as one course: the same id, a folder per language, the Danish version linked to the English one', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(courses.map((course) => [course.data.id, course.data.language, course.slug, course.original?.slug])).toEqual([
      ['two-languages', 'da', 'two-languages-da', 'two-languages'],
      ['two-languages', 'en', 'two-languages', undefined],
    ]);
  });

  it('builds while a module is not yet translated, and says so as a warning', () => {
    expect(danish.untranslatedModules).toEqual(['going-further']);
    expect(formatWarnings(warnings)).toMatchInlineSnapshot(`
      "The courses build, but one thing may need attention.

      tests/fixtures/two-languages/da/course.yaml:21:1 (course "two-languages")
        The Danish version does not list the module "going-further" of tests/fixtures/two-languages/en/course.yaml yet: learners see it as not yet translated, with a link to the English version.
        Fix: Add each module to \`modules\` once all its lessons are translated, in the order of tests/fixtures/two-languages/en/course.yaml."
    `);
  });

  it('gives the Danish version the English tracking plan: every lesson, question and scenario, the untranslated lesson in the English folder', () => {
    const danishPlan = toCurriculumEntries(danish).course.data.tracking;
    const englishPlan = toCurriculumEntries(english).course.data.tracking;
    expect(danishPlan.courseId).toBe(englishPlan.courseId);
    expect([danishPlan.slug, englishPlan.slug]).toEqual(['two-languages-da', 'two-languages']);
    expect(danishPlan.lessons).toEqual([
      { id: 'welcome', title: 'Velkommen', required: true },
      { id: 'role-play', title: 'Et rollespil', required: true },
      { id: 'later', title: 'Later on', required: true, folder: 'two-languages' },
    ]);
    expect({ ...danishPlan, lessons: [], title: '', summary: '', language: '', slug: '' })
      .toEqual({ ...englishPlan, lessons: [], title: '', summary: '', language: '', slug: '' });
  });

  it('gives every Danish lesson entry the course id and the Danish folder', () => {
    const lessons = toCurriculumEntries(danish).lessons.map((lesson) => [lesson.id, lesson.data.courseId, lesson.data.courseSlug]);
    expect(lessons).toEqual([
      ['da/lessons/role-play', 'two-languages', 'two-languages-da'],
      ['da/lessons/welcome', 'two-languages', 'two-languages-da'],
    ]);
  });
});

describe('the structural match check stops the build on each kind of drift, naming both files', () => {
  it('a translation whose original does not exist', () => {
    expect(messageFor('language-no-original')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/language-no-original/da/course.yaml:5:1 (course "two-languages")
        The course says it is translated from English (\`translatedFrom: en\`), but no English course.yaml without \`translatedFrom\` has the id "two-languages".
          5 | translatedFrom: en
        Fix: Give this course.yaml the \`id\` of the English course it translates, or correct \`translatedFrom\` to that course's \`language\`. A course that is not a translation has no \`translatedFrom\`."
    `);
  });

  it('two versions of one course that are both originals', () => {
    expect(messageFor('language-two-originals')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/language-two-originals/en/course.yaml:1:1 (course "two-languages")
        The course id "two-languages" is already used by tests/fixtures/broken/language-two-originals/da/course.yaml.
          1 | id: two-languages
        Fix: Give each course its own \`id\`: web addresses, package names and saved progress depend on it. A language version of a course keeps its \`id\` and says \`translatedFrom: <the language of the course it translates>\`."
    `);
  });

  it('modules in another order, a module the original lacks, a module with other lessons, another pass mark', () => {
    expect(messageFor('language-modules-differ')).toMatchInlineSnapshot(`
      "The courses have 4 problems to fix before they can be built.

      tests/fixtures/broken/language-modules-differ/da/course.yaml:11:1 (course "two-languages")
        The Danish course's \`passMark\` is 70, the English course's is 80 (tests/fixtures/broken/language-modules-differ/en/course.yaml:10). Both languages keep one record, so they pass at the same mark.
          11 | passMark: 70
        Fix: Use the same \`passMark\` in both course.yaml files.

      tests/fixtures/broken/language-modules-differ/da/course.yaml:26:3 (module "first-steps")
        The module "first-steps" comes earlier in the English course (tests/fixtures/broken/language-modules-differ/en/course.yaml:21) than here: the two languages list their modules in different orders.
          26 |   - id: first-steps
        Fix: List the modules in the order of tests/fixtures/broken/language-modules-differ/en/course.yaml.

      tests/fixtures/broken/language-modules-differ/da/course.yaml:29:5 (module "first-steps")
        The module's lessons differ from the English module's (tests/fixtures/broken/language-modules-differ/en/course.yaml:24): it does not list "welcome".
          29 |     lessons: [role-play]
        Fix: List the same lesson ids in the same order as the English module (welcome, role-play). A module being translated is added once all its lessons are.

      tests/fixtures/broken/language-modules-differ/da/course.yaml:30:3 (module "extra-module")
        The Danish course has the module "extra-module", but the English course (tests/fixtures/broken/language-modules-differ/en/course.yaml) has no module with that id.
          30 |   - id: extra-module
        Fix: Use the id of the English module this one translates, or add the module to tests/fixtures/broken/language-modules-differ/en/course.yaml first."
    `);
  });

  it('a lesson missing from a translated module', () => {
    expect(messageFor('language-lesson-missing')).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      tests/fixtures/broken/language-lesson-missing/da/course.yaml:25:5 (module "first-steps")
        The module's lessons differ from the English module's (tests/fixtures/broken/language-lesson-missing/en/course.yaml:24): it does not list "role-play".
          25 |     lessons: [welcome]
        Fix: List the same lesson ids in the same order as the English module (welcome, role-play). A module being translated is added once all its lessons are."
    `);
  });

  it('sections, content notes and frontmatter that differ', () => {
    expect(messageFor('language-section-drift')).toMatchInlineSnapshot(`
      "The courses have 4 problems to fix before they can be built.

      tests/fixtures/broken/language-section-drift/da/lessons/later.mdx:6:1 (lesson "later")
        Frontmatter field \`required\` differs between the languages: Danish required: false, English required: true (tests/fixtures/broken/language-section-drift/en/lessons/later.mdx:2).
          6 | required: false
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-section-drift/en/lessons/later.mdx, or change both.

      tests/fixtures/broken/language-section-drift/da/lessons/later.mdx:13:1 (lesson "later")
        The Danish lesson has section 2 (a level-2 heading (##)), which the English lesson (tests/fixtures/broken/language-section-drift/en/lessons/later.mdx) does not have.
          13 | ## En ekstra del
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-section-drift/en/lessons/later.mdx, or change both.

      tests/fixtures/broken/language-section-drift/da/lessons/welcome.mdx:10:1 (lesson "welcome")
        The Danish lesson has no content note 1, which the English lesson has (tests/fixtures/broken/language-section-drift/en/lessons/welcome.mdx:14: a <ContentNote>).
          10 | ## Sådan fungerer det
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-section-drift/en/lessons/welcome.mdx, or change both.

      tests/fixtures/broken/language-section-drift/da/lessons/welcome.mdx:16:1 (lesson "welcome")
        Section 2 differs between the languages: Danish a level-3 heading (###), English a level-2 heading (##) (tests/fixtures/broken/language-section-drift/en/lessons/welcome.mdx:18).
          16 | ### Tjek din forståelse
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-section-drift/en/lessons/welcome.mdx, or change both."
    `);
  });

  it('a quiz, a question and options that differ or are missing', () => {
    expect(messageFor('language-quiz-drift')).toMatchInlineSnapshot(`
      "The courses have 6 problems to fix before they can be built.

      tests/fixtures/broken/language-quiz-drift/da/lessons/welcome.mdx:20:1 (lesson "welcome")
        Quiz "welcome-check" differs between the languages: Danish <Quiz>, English <Quiz counts=true> (tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx:20).
          20 | <Quiz id="welcome-check" title="Tjek din forståelse">
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx, or change both.

      tests/fixtures/broken/language-quiz-drift/da/lessons/welcome.mdx:22:5 (lesson "welcome")
        Option "any-time" of question "breaks" differs between the languages: Danish <Option>, English <Option correct=true> (tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx:22).
          22 |     <Option id="any-time" feedback="Ja: pauser hører med til at lære.">Når som helst</Option>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx, or change both.

      tests/fixtures/broken/language-quiz-drift/da/lessons/welcome.mdx:23:5 (lesson "welcome")
        Option "end-only" of question "breaks" differs between the languages: Danish <Option correct=true>, English <Option> (tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx:23).
          23 |     <Option id="end-only" correct feedback="Du kan stoppe, når du har brug for det.">Kun til sidst</Option>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx, or change both.

      tests/fixtures/broken/language-quiz-drift/da/lessons/welcome.mdx:23:5 (lesson "welcome")
        The Danish lesson has no question "tracked", which the English lesson has (tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx:25: <TrueFalse answer=false>).
          23 |     <Option id="end-only" correct feedback="Du kan stoppe, når du har brug for det.">Kun til sidst</Option>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx, or change both.

      tests/fixtures/broken/language-quiz-drift/da/lessons/welcome.mdx:24:5 (lesson "welcome")
        The Danish lesson has option "ask-first" of question "breaks" (<Option>), which the English lesson (tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx) does not have.
          24 |     <Option id="ask-first" feedback="Du behøver ikke spørge.">Når jeg har spurgt</Option>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx, or change both.

      tests/fixtures/broken/language-quiz-drift/da/lessons/welcome.mdx:26:3 (lesson "welcome")
        The Danish lesson has question "tracked-da" (<TrueFalse answer=false>), which the English lesson (tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx) does not have.
          26 |   <TrueFalse id="tracked-da" prompt="Dine refleksioner sendes til LMS'et." answer={false} />
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-quiz-drift/en/lessons/welcome.mdx, or change both."
    `);
  });

  it('a scene missing', () => {
    expect(messageFor('language-scene-missing')).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      tests/fixtures/broken/language-scene-missing/da/lessons/role-play.mdx:15:5 (lesson "role-play")
        Choice "safety-route" in scene "message" of scenario "late-message" differs between the languages: Danish <Choice to=ending-kept scores=safety:+1>, English <Choice to=next-day scores=safety:+1> (tests/fixtures/broken/language-scene-missing/en/lessons/role-play.mdx:15).
          15 |     <Choice id="safety-route" to="ending-kept" scores="safety:+1" feedback="Det passer på Kim i nat.">Fortæl om beredskabsplanen.</Choice>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-scene-missing/en/lessons/role-play.mdx, or change both.

      tests/fixtures/broken/language-scene-missing/da/lessons/role-play.mdx:16:5 (lesson "role-play")
        The Danish lesson has no scene "next-day" of scenario "late-message", which the English lesson has (tests/fixtures/broken/language-scene-missing/en/lessons/role-play.mdx:18: <Scene>).
          16 |     <Choice id="wait" to="ending-kept" scores="boundaries:+1" feedback="Det holder de aftalte tider.">Vent til i morgen.</Choice>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-scene-missing/en/lessons/role-play.mdx, or change both.

      tests/fixtures/broken/language-scene-missing/da/lessons/role-play.mdx:16:5 (lesson "role-play")
        The Danish lesson has no choice "agreed-hours" in scene "next-day" of scenario "late-message", which the English lesson has (tests/fixtures/broken/language-scene-missing/en/lessons/role-play.mdx:20: <Choice to=ending-kept scores=boundaries:+1>).
          16 |     <Choice id="wait" to="ending-kept" scores="boundaries:+1" feedback="Det holder de aftalte tider.">Vent til i morgen.</Choice>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-scene-missing/en/lessons/role-play.mdx, or change both."
    `);
  });

  it('choices and endings that differ or are missing', () => {
    expect(messageFor('language-scenario-drift')).toMatchInlineSnapshot(`
      "The courses have 5 problems to fix before they can be built.

      tests/fixtures/broken/language-scenario-drift/da/lessons/role-play.mdx:16:5 (lesson "role-play")
        Choice "wait" in scene "message" of scenario "late-message" differs between the languages: Danish <Choice to=ending-call scores=boundaries:+1>, English <Choice to=ending-kept scores=boundaries:+1> (tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx:16).
          16 |     <Choice id="wait" to="ending-call" scores="boundaries:+1" feedback="Det holder de aftalte tider.">Vent til i morgen.</Choice>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx, or change both.

      tests/fixtures/broken/language-scenario-drift/da/lessons/role-play.mdx:20:5 (lesson "role-play")
        Choice "agreed-hours" in scene "next-day" of scenario "late-message" differs between the languages: Danish <Choice to=ending-call scores=boundaries:+1>, English <Choice to=ending-kept scores=boundaries:+1> (tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx:20).
          20 |     <Choice id="agreed-hours" to="ending-call" scores="boundaries:+1" feedback="Det holder rammen klar.">Mind Kim om de tider, I har aftalt.</Choice>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx, or change both.

      tests/fixtures/broken/language-scenario-drift/da/lessons/role-play.mdx:20:5 (lesson "role-play")
        The Danish lesson has no ending "ending-kept" of scenario "late-message", which the English lesson has (tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx:22: <Ending>).
          20 |     <Choice id="agreed-hours" to="ending-call" scores="boundaries:+1" feedback="Det holder rammen klar.">Mind Kim om de tider, I har aftalt.</Choice>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx, or change both.

      tests/fixtures/broken/language-scenario-drift/da/lessons/role-play.mdx:21:5 (lesson "role-play")
        The Danish lesson has choice "call-back" in scene "next-day" of scenario "late-message" (<Choice to=ending-call>), which the English lesson (tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx) does not have.
          21 |     <Choice id="call-back" to="ending-call" feedback="Det viser, at du lyttede.">Ring til Kim i dagtimerne.</Choice>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx, or change both.

      tests/fixtures/broken/language-scenario-drift/da/lessons/role-play.mdx:23:3 (lesson "role-play")
        The Danish lesson has ending "ending-call" of scenario "late-message" (<Ending>), which the English lesson (tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx) does not have.
          23 |   <Ending id="ending-call" title="Et opkald">Kim følte sig hørt, og opkaldet lå inden for dine tider.</Ending>
        Fix: Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match tests/fixtures/broken/language-scenario-drift/en/lessons/role-play.mdx, or change both."
    `);
  });
});
