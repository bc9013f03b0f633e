import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/content/checks/problem';
import { extractLessonScenarios } from '../../../support/lesson-elements';

/** What the build would tell the author about one lesson's scenarios (lines count from the first line given). */
function messageFor(mdx: string): string {
  const { problems } = extractLessonScenarios(mdx, { lessonId: 'welcome', file: 'courses/mini/welcome.mdx', language: 'en' });
  return problems.length === 0 ? 'no problems' : formatProblems(problems);
}

/** A scenario whose first line is `<Scenario …>`, then `inside`, then an ending "end" a choice can lead to. */
const scenario = (inside: string, attributes = 'id="s" title="T" dimensions="safety"') =>
  `<Scenario ${attributes}>\n${inside}\n<Ending id="end" title="End">Debrief.</Ending>\n</Scenario>\n`;
const GO = '<Choice id="go" to="end">Go on</Choice>';

describe('scenario attribute problems', () => {
  it('explains values written the wrong way, with the element and the entry they belong to', () => {
    expect(messageFor(scenario(`<Variable id="trust" initial="1" min={0.5} max={3} />\n<Scene id="Intro Scene" setting="">\n<Choice id="go" to="end" weight={2}>Go</Choice>\n</Scene>`,
      'id="s" title="T" counts="scored" start={first}'))).toMatchInlineSnapshot(`
        "The courses have 7 problems to fix before they can be built.

        courses/mini/welcome.mdx:1:1 (scenario "s")
          The \`start\` of \`<Scenario>\` is \`{first}\`, which peerpath cannot read: scenario attributes take plain values only.
          Fix: Write the value itself, e.g. \`start="intro-meeting"\`: a number, \`true\` or \`false\`, or text in double quotes.

        courses/mini/welcome.mdx:1:1 (scenario "s")
          The \`counts\` of \`<Scenario>\` must be one of \`practice\`, \`completion\`, \`score\`, but it is "scored".
          Fix: Did you mean \`score\`? Write \`counts="score"\`.

        courses/mini/welcome.mdx:2:1 (scenario "s", variable "trust")
          The \`initial\` of \`<Variable>\` must be a whole number, but it is "1".
          Fix: Write the number in curly braces, without quotes: \`initial={1}\`.

        courses/mini/welcome.mdx:2:1 (scenario "s", variable "trust")
          The \`min\` of \`<Variable>\` must be a whole number, but it is 0.5.
          Fix: Round it, e.g. \`min={1}\`.

        courses/mini/welcome.mdx:3:1 (scenario "s", scene "Intro Scene")
          The \`id\` of \`<Scene>\` is "Intro Scene", which is not a valid id.
          Fix: Use lowercase letters, digits and single dashes, e.g. "what-peer-support-is". Try "intro-scene".

        courses/mini/welcome.mdx:3:1 (scenario "s", scene "Intro Scene")
          The \`setting\` of \`<Scene>\` is empty.
          Fix: Write the text between the quotes: \`setting="…"\`.

        courses/mini/welcome.mdx:4:1 (scenario "s", scene "Intro Scene", choice "go")
          \`<Choice>\` has the attribute \`weight\`, which peerpath does not know.
          Fix: Remove it, or use one of the attributes \`<Choice>\` takes: \`id\`, \`to\`, \`when\`, \`scores\`, \`sets\`, \`feedback\`."
      `);
  });

  it('suggests an id from the title, name or setting when the id is missing', () => {
    expect(messageFor(scenario(`<Character name="Sam Jones" />\n<Scene setting="The intro meeting">\n${GO}\n</Scene>`, 'title="So what is your diagnosis?"'))).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      courses/mini/welcome.mdx:1:1 (lesson "welcome")
        \`<Scenario>\` has no \`id\`.
        Fix: Add an id of your own, e.g. \`id="so-what-is-your-diagnosis"\`. Saved progress and the records a learning platform keeps are keyed on it, so keep it once learners have started.

      courses/mini/welcome.mdx:2:1 (lesson "welcome")
        \`<Character>\` has no \`id\`.
        Fix: Add an id of your own, e.g. \`id="sam-jones"\`. Lines name the speaker by it: \`<Line character="…">\`.

      courses/mini/welcome.mdx:3:1 (lesson "welcome")
        \`<Scene>\` has no \`id\`.
        Fix: Add an id of your own, e.g. \`id="the-intro-meeting"\`. Saved progress and the records a learning platform keeps are keyed on it, so keep it once learners have started."
    `);
  });

  it('explains what `when`, `scores` and `sets` must look like', () => {
    expect(messageFor(scenario(`<Variable id="trust" initial={0} min={0} max={3} />\n<Scene id="first">\n<Choice id="go" to="end" when="trust=>1 or trust<0" scores="safety:=2" sets="trust:1">Go</Choice>\n</Scene>`)))
      .toMatchInlineSnapshot(`
        "The courses have 3 problems to fix before they can be built.

        courses/mini/welcome.mdx:4:1 (scenario "s", scene "first", choice "go")
          In the \`when\` of \`<Choice>\`, when="trust=>1 or trust<0" joins conditions with something other than " and ".
          Fix: Join conditions with the word "and". For "either … or …", write two choices, one for each condition.

        courses/mini/welcome.mdx:4:1 (scenario "s", scene "first", choice "go")
          In the \`scores\` of \`<Choice>\`, "safety:=2" gives safety "=2" points, which is not a whole number.
          Fix: Scores add up along the path, so they cannot be set: write safety:+n or safety:-n.

        courses/mini/welcome.mdx:4:1 (scenario "s", scene "first", choice "go")
          In the \`sets\` of \`<Choice>\`, "trust:1" does not say whether to add or to set.
          Fix: Write trust:+1 to add 1, or trust:=1 to set trust to 1."
      `);
  });

  it('lists dimensions that are not names, weight on a scenario that does not score, and a scored scenario with nothing to score', () => {
    expect(messageFor(scenario(`<Scene id="first">\n${GO}\n</Scene>`, 'id="s" title="T" dimensions="self care, safety" weight={2}'))).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/mini/welcome.mdx:1:1 (scenario "s")
        The \`dimensions\` of \`<Scenario>\` lists "self care", which is not a name \`scores\` could refer to.
        Fix: Use letters, digits and single dashes or underscores, e.g. "self-care", and separate the dimensions with commas: \`dimensions="transparency, choice, safety"\`.

      courses/mini/welcome.mdx:1:1 (scenario "s")
        \`<Scenario>\` has a \`weight\`, but it counts as practice only, so the weight would do nothing.
        Fix: Remove \`weight\`, or add \`counts="score"\` to make the scenario count toward the course score."
    `);
    expect(messageFor(scenario(`<Scene id="first">\n${GO}\n</Scene>`, 'id="s" title="T" counts="score"'))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:1:1 (scenario "s")
        \`<Scenario>\` counts toward the course score (\`counts="score"\`) but has no \`dimensions\`, so there is nothing to score.
        Fix: Add the rubric dimensions its choices score on, e.g. \`dimensions="transparency, choice, safety"\`, or use \`counts="completion"\`."
    `);
  });
});

describe('dimension names', () => {
  it('pairs each name with a dimension, and says how when the counts differ or there is nothing to name', () => {
    expect(messageFor(scenario(`<Scene id="first">\n${GO}\n</Scene>`, 'id="s" title="T" dimensions="safety, self-care" dimensionNames="Tryghed"'))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:1:1 (scenario "s")
        \`<Scenario>\` has 2 \`dimensions\` but 1 \`dimensionNames\`: the names go with the dimensions in order, one each.
        Fix: Write one name for each of \`dimensions="safety, self-care"\`, in the same order and separated by commas, e.g. \`dimensionNames="Safety, Self care"\`."
    `);
    expect(messageFor(scenario(`<Scene id="first">\n${GO}\n</Scene>`, 'id="s" title="T" dimensionNames="Tryghed"'))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:1:1 (scenario "s")
        \`<Scenario>\` has \`dimensionNames\` but no \`dimensions\` for them to name.
        Fix: Add the \`dimensions\` the names belong to, e.g. \`dimensions="transparency, choice, safety"\`, or remove \`dimensionNames\`."
    `);
    expect(messageFor(scenario(`<Scene id="first">\n${GO}\n</Scene>`, 'id="s" title="T" dimensions="safety, self-care" dimensionNames="Tryghed, Egenomsorg"'))).toBe('no problems');
  });
});

describe('scenario elements in the wrong place', () => {
  it('reports scenario elements outside a scenario, and inside the wrong element', () => {
    expect(messageFor(`<Scene id="alone">\n${GO}\n</Scene>\n\nSome text with <Line character="sam">a line</Line> in it.\n\n${scenario(`<Choice id="early" to="end">Too early</Choice>\n<Scene id="first">\n<Character id="sam" name="Sam" />\n<Scenario id="inner" title="T" />\n${GO}\n</Scene>`)}`))
      .toMatchInlineSnapshot(`
        "The courses have 5 problems to fix before they can be built.

        courses/mini/welcome.mdx:1:1 (lesson "welcome")
          \`<Scene>\` is outside any \`<Scenario>\`, so learners would never see it.
          Fix: Put it directly inside a \`<Scenario id="…">\`.

        courses/mini/welcome.mdx:5:1 (lesson "welcome")
          \`<Line>\` is outside any \`<Scenario>\`, so learners would never see it.
          Fix: Put it inside a \`<Scene>\` or an \`<Ending>\`.

        courses/mini/welcome.mdx:8:1 (scenario "s")
          \`<Choice>\` does not belong in \`<Scenario>\`, so learners would never see it.
          Fix: Put it inside a \`<Scene>\`. \`<Scenario>\` holds only \`<Character>\`, \`<Variable>\`, \`<Scene>\` and \`<Ending>\`.

        courses/mini/welcome.mdx:10:1 (scenario "s", scene "first")
          \`<Character>\` does not belong in \`<Scene>\`, so learners would never see it.
          Fix: Put it directly inside a \`<Scenario id="…">\`. \`<Scene>\` holds narrative paragraphs, \`<Line>\`, \`<Choice>\` and \`<Reflect>\`.

        courses/mini/welcome.mdx:11:1 (scenario "s", scene "first")
          \`<Scenario>\` does not belong in \`<Scene>\`, so learners would never see it.
          Fix: Put it in the lesson itself, after the other scenario ends. \`<Scene>\` holds narrative paragraphs, \`<Line>\`, \`<Choice>\` and \`<Reflect>\`."
      `);
  });

  it('reports content a scenario would not show: text beside the scenes, a list in a scene, text in a character', () => {
    expect(messageFor(scenario(`Before the scenes.\n\n<Character id="sam" name="Sam">Sam is tired.</Character>\n<Scene id="first">\n### A heading\n\n- a list\n\n![a picture](picture.png)\n\n${GO}\n</Scene>`)))
      .toMatchInlineSnapshot(`
        "The courses have 5 problems to fix before they can be built.

        courses/mini/welcome.mdx:2:1 (scenario "s")
          \`<Scenario>\` holds the text "Before the scenes.", which learners would not see.
          Fix: \`<Scenario>\` holds only \`<Character>\`, \`<Variable>\`, \`<Scene>\` and \`<Ending>\`. Put narrative inside a \`<Scene>\`, and anything else before or after the scenario.

        courses/mini/welcome.mdx:4:1 (scenario "s", character "sam")
          \`<Character>\` holds the text "Sam is tired.", which learners would not see.
          Fix: \`<Character>\` holds nothing: end it with \`/>\`. Describe the character in \`role="…"\`.

        courses/mini/welcome.mdx:6:1 (scenario "s", scene "first")
          \`<Scene>\` holds a heading, which learners would not see.
          Fix: \`<Scene>\` holds narrative paragraphs, \`<Line>\`, \`<Choice>\` and \`<Reflect>\`. Write the story as plain paragraphs (bold and emphasis show as plain text); put headings, lists and other content before or after the scenario.

        courses/mini/welcome.mdx:8:1 (scenario "s", scene "first")
          \`<Scene>\` holds a list, which learners would not see.
          Fix: \`<Scene>\` holds narrative paragraphs, \`<Line>\`, \`<Choice>\` and \`<Reflect>\`. Write the story as plain paragraphs (bold and emphasis show as plain text); put headings, lists and other content before or after the scenario.

        courses/mini/welcome.mdx:10:1 (scenario "s", scene "first")
          \`<Scene>\` holds an image, which learners would not see.
          Fix: \`<Scene>\` holds narrative paragraphs, \`<Line>\`, \`<Choice>\` and \`<Reflect>\`. Write the story as plain paragraphs (bold and emphasis show as plain text); put headings, lists and other content before or after the scenario."
      `);
  });

  it('reports other components inside a scenario, and elements inside choice text', () => {
    expect(messageFor(scenario(`<Scene id="first">\n<ContentNote topics={["loss"]} why="W" summary="S">Text</ContentNote>\n<Choice id="go" to="end">Go <Reflect>Why?</Reflect></Choice>\n</Scene>`)))
      .toMatchInlineSnapshot(`
        "The courses have 2 problems to fix before they can be built.

        courses/mini/welcome.mdx:3:1 (scenario "s", scene "first")
          \`<ContentNote>\` does not belong in \`<Scene>\`, so learners would never see it.
          Fix: Put it before or after the \`<Scenario>\`. \`<Scene>\` holds narrative paragraphs, \`<Line>\`, \`<Choice>\` and \`<Reflect>\`.

        courses/mini/welcome.mdx:4:1 (scenario "s", scene "first", choice "go")
          \`<Reflect>\` does not belong in \`<Choice>\`, so learners would never see it.
          Fix: Put it inside a \`<Scene>\` or an \`<Ending>\`. \`<Choice>\` holds only text."
      `);
  });

  it('leaves unknown components inside a scenario to the lesson component check', () => {
    expect(messageFor(scenario(`<Scene id="first">\nText with <Highlight>a mark</Highlight>.\n<Flashcard />\n${GO}\n</Scene>`))).toBe('no problems');
  });

  it('reports text that is missing or holds code, and a second reflection prompt', () => {
    expect(messageFor(scenario(`<Character id="sam" name="Sam" />\n<Scene id="first">\nHello {name}.\n<Line character="sam"></Line>\n<Choice id="go" to="end">Go to {place}</Choice>\n<Reflect>One?</Reflect>\n<Reflect>Two?</Reflect>\n</Scene>`)))
      .toMatchInlineSnapshot(`
        "The courses have 4 problems to fix before they can be built.

        courses/mini/welcome.mdx:4:1 (scenario "s", scene "first")
          The narrative holds \`{name}\`, which peerpath cannot read: scenario text is plain text.
          Fix: Write the text itself. To show a curly brace, write \`\\{\` or \`\\}\`.

        courses/mini/welcome.mdx:5:1 (scenario "s", scene "first")
          \`<Line>\` has no text.
          Fix: Write what the character says between \`<Line>\` and \`</Line>\`.

        courses/mini/welcome.mdx:6:1 (scenario "s", scene "first", choice "go")
          The text of \`<Choice>\` holds \`{place}\`, which peerpath cannot read: scenario text is plain text.
          Fix: Write the text itself. To show a curly brace, write \`\\{\` or \`\\}\`.

        courses/mini/welcome.mdx:8:1 (scenario "s", scene "first")
          The scene has a second \`<Reflect>\` (the first is on line 7), but it shows one reflection prompt.
          Fix: Keep one \`<Reflect>\` and put the other question in it, or in another scene."
      `);
  });
});

describe('scenario graph problems, pointed at the element to fix', () => {
  it('points variable problems at the variable, and repeated characters at the repeat', () => {
    expect(messageFor(scenario(`<Character id="sam" name="Sam" />\n<Character id="sam" name="Sam again" />\n<Variable id="trust" initial={5} min={0} max={3} />\n<Scene id="first">\n${GO}\n</Scene>`)))
      .toMatchInlineSnapshot(`
        "The courses have 2 problems to fix before they can be built.

        courses/mini/welcome.mdx:3:1 (scenario "s", character "sam")
          The character id "sam" is declared 2 times.
          Fix: Keep one <Character id="sam" … /> and remove or rename the others.

        courses/mini/welcome.mdx:4:1 (scenario "s", variable "trust")
          The variable "trust" starts at 5, outside its range 0 to 3.
          Fix: Set initial to a value from 0 to 3, or widen min and max."
      `);
  });

  it('points a start that is missing, or an ending, at the scenario', () => {
    expect(messageFor(scenario(`<Scene id="first">\n${GO}\n</Scene>`, 'id="s" title="T" start="frist"'))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:1:1 (scenario "s")
        The scenario starts at "frist", which is not a Scene in it.
        Fix: Set start="…" to the id of a Scene (did you mean "first"?), or leave start out to begin with the first Scene."
    `);
    expect(messageFor(scenario(`<Scene id="first">\n${GO}\n</Scene>`, 'id="s" title="T" start="end"'))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:1:1 (scenario "s")
        The scenario starts at "end", which is an Ending, so there is nothing to choose.
        Fix: Set start="…" to the id of a Scene, or leave start out to begin with the first Scene."
    `);
  });

  it('points an undeclared speaker at the line, and choices in an ending at the ending', () => {
    expect(messageFor(scenario(`<Character id="sam" name="Sam" />\n<Scene id="first">\n<Line character="sam">Hi.</Line>\n<Line character="alex">Hello.</Line>\n${GO}\n</Scene>\n<Ending id="last" title="Last">\nDone.\n<Choice id="again" to="first">Again</Choice>\n</Ending>`)))
      .toMatchInlineSnapshot(`
        "The courses have 3 problems to fix before they can be built.

        courses/mini/welcome.mdx:5:1 (scenario "s", scene "first")
          A <Line> in scene "first" is spoken by "alex", who is not one of the scenario's characters.
          Fix: Fix the name or declare the character, e.g. <Character id="alex" name="…" role="…" />.

        courses/mini/welcome.mdx:8:1 (scenario "s", ending "last")
          Ending "last" has choices, but a play stops at an ending.
          Fix: Move the choices into a <Scene>, or make "last" a Scene that leads to an Ending.

        courses/mini/welcome.mdx:8:1 (scenario "s", ending "last")
          Ending "last" cannot be reached: no path of choices leads to it from the start scene "first".
          Fix: Add a choice with to="last" in a scene the learner can reach, or remove "last"."
      `);
  });

  it('reports a scenario without scenes', () => {
    expect(messageFor(scenario(''))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:1:1 (scenario "s")
        The scenario has no scenes.
        Fix: Add at least one <Scene> with choices, and an <Ending> they lead to."
    `);
  });
});
