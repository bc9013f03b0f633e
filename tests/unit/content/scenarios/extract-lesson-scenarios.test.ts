import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { MdastNode } from '../../../../src/content/mdx-elements/mdast-node';
import type { ExtractedScenario } from '../../../../src/content/scenarios/read-scenario';
import { scenariosFromMdast } from '../../../../src/content/scenarios/scenarios-from-mdast';
import { extractLessonScenarios } from '../../../support/lesson-elements';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');
const options = { lessonId: 'welcome', file: 'courses/mini/welcome.mdx', language: 'en' } as const;

function scenariosIn(mdx: string) {
  return extractLessonScenarios(mdx, options);
}

/** A scenario around `scenes`: one character, one variable, and an ending named "end". */
const scenario = (scenes: string, attributes = 'id="s" title="T" dimensions="safety"') =>
  `<Scenario ${attributes}>\n<Character id="sam" name="Sam" />\n<Variable id="trust" initial={0} min={0} max={1} />\n${scenes}\n<Ending id="end" title="End">Debrief.</Ending>\n</Scenario>\n`;

describe('extractLessonScenarios on the valid fixture', () => {
  const file = 'tests/fixtures/valid/tiny-course/lessons/listening.mdx';
  const source = readFileSync(path.join(projectRoot, file), 'utf8');

  it('reads the scenario with its characters, variable, scenes, lines, choices, reflection and two endings', () => {
    const { scenarios, problems } = extractLessonScenarios(source, { lessonId: 'listening', file, language: 'en' });
    expect(problems).toEqual([]);
    expect(scenarios).toEqual([QUIET_PARTICIPANT]);
  });

  it('gives the same result from a tree parsed once elsewhere', () => {
    const fromTree = scenariosFromMdast(mdxToMdast(source) as MdastNode, { lessonId: 'listening', file, language: 'en' });
    expect(fromTree.scenarios).toEqual([QUIET_PARTICIPANT]);
  });

  it('lists the scenario id with its line, for the course-wide checks', () => {
    expect(extractLessonScenarios(source, { lessonId: 'listening', file, language: 'en' }).declarations).toEqual([{ id: 'quiet-participant', line: 22 }]);
  });
});

describe('extractLessonScenarios reading what authors write', () => {
  it('finds no scenarios and no problems in a lesson without any', () => {
    expect(scenariosIn('---\nid: welcome\n---\n\n# Welcome\n\nJust text.\n')).toEqual({ scenarios: [], problems: [], declarations: [] });
  });

  it('counts a scenario as practice with weight 1, starting at the first Scene, unless the author says otherwise', () => {
    const scenes = '<Ending id="early" title="Early">Text.</Ending>\n<Scene id="first">\n<Choice id="go" to="end">Go</Choice>\n</Scene>\n<Scene id="second">\n<Choice id="back" to="first">Back</Choice>\n<Choice id="on" to="end">On</Choice>\n</Scene>';
    const [plain] = scenariosIn(scenario(scenes.replace('<Ending id="early" title="Early">Text.</Ending>\n', '').replace('to="end">Go', 'to="second">Go'))).scenarios;
    expect(plain).toMatchObject({ counts: 'practice', weight: 1, start: 'first' });
    const [scored] = scenariosIn(scenario(scenes.replace('to="end">Go', 'to="second">Go').replace('<Ending id="early" title="Early">Text.</Ending>\n', ''),
      'id="s" title="T" dimensions="safety" counts="score" weight={2.5} start="second"')).scenarios;
    expect(scored).toMatchObject({ counts: 'score', weight: 2.5, start: 'second' });
  });

  it('names dimensions in the order of `dimensions` when the author gives `dimensionNames`, and leaves the names out otherwise', () => {
    const scenes = '<Scene id="first">\n<Choice id="go" to="end" scores="safety:+1">Go</Choice>\n</Scene>';
    const [named] = scenariosIn(scenario(scenes, 'id="s" title="T" dimensions="safety, self-care" dimensionNames="Tryghed , Omsorg for dig selv"')).scenarios;
    expect(named?.dimensions).toEqual(['safety', 'self-care']);
    expect(named?.dimensionNames).toEqual({ safety: 'Tryghed', 'self-care': 'Omsorg for dig selv' });
    const [plain] = scenariosIn(scenario(scenes)).scenarios;
    expect(plain).not.toHaveProperty('dimensionNames');
  });

  it('splits narrative into paragraphs around lines written right after the text, and flattens inline marks', () => {
    const [read] = scenariosIn(scenario(`<Scene id="first" setting="A room">
  Sam looks **up**, then *away*; see [the notes](https://example.org) and \`code\` {"<"} 3.
  <Line character="sam">Hello <b>there</b>.</Line>
  And a last line after it. {/* an MDX comment */}

  <Choice id="go" to="end">Go</Choice>
</Scene>`)).scenarios;
    expect(read?.scenes[0]?.blocks).toEqual([
      { kind: 'paragraph', text: 'Sam looks up, then away; see the notes and code < 3.' },
      { kind: 'line', characterId: 'sam', text: 'Hello there.' },
      { kind: 'paragraph', text: 'And a last line after it.' },
    ]);
  });

  it('reads choices written on one line or over several, with conditions, points and changes', () => {
    const [read] = scenariosIn(scenario(`<Scene id="first">
  <Choice id="a" to="end" when="trust>=1 and trust!=0" scores="safety:+2" sets="trust:-1, trust-2:=1" feedback="Why.">
    Share *briefly*,
    in your own words.
  </Choice>
  <Choice id="b" to="end">Deflect</Choice>
</Scene>`).replace('<Variable id="trust" initial={0}', '<Variable id="trust-2" initial={0} min={0} max={1} />\n<Variable id="trust" initial={1}')).scenarios;
    expect(read?.scenes[0]?.choices).toEqual([
      {
        id: 'a', to: 'end', text: 'Share briefly, in your own words.', feedback: 'Why.',
        when: [{ variable: 'trust', operator: '>=', value: 1 }, { variable: 'trust', operator: '!=', value: 0 }],
        scores: { safety: 2 },
        sets: [{ variable: 'trust', operation: 'add', value: -1 }, { variable: 'trust-2', operation: 'set', value: 1 }],
      },
      { id: 'b', to: 'end', text: 'Deflect', when: [], scores: {}, sets: [] },
    ]);
  });

  it('finds scenarios inside other content, such as a content note, and leaves optional fields out', () => {
    const mdx = `<ContentNote topics={["loss"]} why="Why." summary="Summary.">\n\n${scenario('<Scene id="first">\n<Choice id="go" to="end">Go</Choice>\n</Scene>', 'id="s" title="T"')}\n</ContentNote>\n`;
    const { scenarios, problems } = scenariosIn(mdx);
    expect(problems).toEqual([]);
    expect(scenarios[0]?.dimensions).toEqual([]);
    expect(scenarios[0]?.characters).toEqual([{ id: 'sam', name: 'Sam' }]);
    expect(scenarios[0]?.scenes[0]).toEqual({ kind: 'scene', id: 'first', blocks: [], choices: [{ id: 'go', to: 'end', text: 'Go', when: [], scores: {}, sets: [] }] });
  });

  it('keeps a scenario with a problem out of the list, but reads the others', () => {
    const good = scenario('<Scene id="first">\n<Choice id="go" to="end">Go</Choice>\n</Scene>', 'id="good" title="T"');
    const broken = scenario('<Scene id="first">\n<Choice id="go" to="nowhere">Go</Choice>\n</Scene>', 'id="broken" title="T"');
    const { scenarios, problems, declarations } = scenariosIn(`${broken}\n${good}`);
    expect(scenarios.map((read) => read.id)).toEqual(['good']);
    expect(problems.map((problem) => problem.entry)).toEqual(expect.arrayContaining(['scenario "broken", scene "first", choice "go"']));
    expect(problems.every((problem) => problem.entry?.startsWith('scenario "broken"'))).toBe(true);
    expect(declarations.map((declaration) => declaration.id)).toEqual(['broken', 'good']);
  });
});

const QUIET_PARTICIPANT: ExtractedScenario = {
  id: 'quiet-participant',
  lessonId: 'listening',
  title: 'Someone goes quiet',
  counts: 'practice',
  weight: 1,
  dimensions: ['grounding', 'choice'],
  characters: [{ id: 'ana', name: 'Ana', role: 'a participant in the group' }],
  variables: [{ id: 'checked-in', initial: 0, min: 0, max: 1 }],
  start: 'circle',
  scenes: [
    {
      kind: 'scene',
      id: 'circle',
      setting: 'The weekly group, six people in a circle',
      blocks: [
        { kind: 'paragraph', text: 'While another participant shares, Ana looks far away and stops moving.' },
        { kind: 'paragraph', text: 'Nobody else seems to notice.' },
      ],
      choices: [
        {
          id: 'check-in',
          to: 'break',
          text: 'Offer the group a short break, and check in with Ana quietly.',
          feedback: 'It protects Ana\'s choice about what happens next. It may pause the group for a moment. A short break for everyone could also work.',
          when: [],
          scores: { grounding: 1, choice: 1 },
          sets: [{ variable: 'checked-in', operation: 'set', value: 1 }],
        },
        {
          id: 'carry-on',
          to: 'break',
          text: 'Carry on with the round.',
          feedback: 'It keeps the round going. Ana may stay alone with what came up. A grounding pause could help.',
          when: [],
          scores: { choice: -1 },
          sets: [],
        },
      ],
    },
    {
      kind: 'scene',
      id: 'break',
      title: 'The break',
      blocks: [
        { kind: 'paragraph', text: 'The group takes its usual break.' },
        { kind: 'line', characterId: 'ana', text: 'I\'m all right. I just drifted off.' },
      ],
      choices: [
        {
          id: 'ask-what-helps',
          to: 'ending-grounded',
          text: 'Ask what would help her right now.',
          when: [{ variable: 'checked-in', operator: '==', value: 1 }],
          scores: { grounding: 1 },
          sets: [],
        },
        { id: 'leave-it', to: 'ending-drifted', text: 'Leave it for today.', when: [], scores: {}, sets: [] },
      ],
      reflect: 'What helps you notice when someone drifts away?',
    },
    {
      kind: 'ending',
      id: 'ending-grounded',
      title: 'Back in the room',
      blocks: [{ kind: 'paragraph', text: 'Ana chose what she needed, and the group went on together.' }],
      choices: [],
    },
    {
      kind: 'ending',
      id: 'ending-drifted',
      title: 'Drifting',
      blocks: [
        { kind: 'paragraph', text: 'Ana stayed with it alone.' },
        { kind: 'paragraph', text: 'Next time, a quiet check-in could help.' },
      ],
      choices: [],
    },
  ],
};
