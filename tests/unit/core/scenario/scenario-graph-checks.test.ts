import { describe, expect, it } from 'vitest';
import type { ScenarioDefinition } from '../../../../src/core/scenario/scenario-definition';
import { checkScenarioGraph, type GraphProblem } from '../../../../src/core/scenario/scenario-graph-checks';
import { choice, diagnosis, ending, scenarioOf, scene, variable } from './sample-scenarios';

const checked: GraphProblem[] = [];

function problemsIn(scenario: ScenarioDefinition, options?: Parameters<typeof checkScenarioGraph>[1]): GraphProblem[] {
  const problems = checkScenarioGraph(scenario, options);
  checked.push(...problems);
  return problems;
}

const trustVariable = { variables: [variable('trust', 0, 0, 3)] };

describe('checkScenarioGraph', () => {
  it('finds nothing wrong with a sound scenario', () => {
    expect(checkScenarioGraph(diagnosis)).toEqual([]);
  });

  it('reports a scenario without scenes, or starting nowhere or at an ending', () => {
    expect(problemsIn(scenarioOf([ending('done')]))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Add at least one <Scene> with choices, and an <Ending> they lead to.",
          "kind": "no-scenes",
          "message": "The scenario has no scenes.",
        },
      ]
    `);
    expect(problemsIn({ ...diagnosis, start: 'intr' })).toMatchInlineSnapshot(`
      [
        {
          "hint": "Set start="…" to the id of a Scene (did you mean "intro"?), or leave start out to begin with the first Scene.",
          "kind": "missing-start",
          "message": "The scenario starts at "intr", which is not a Scene in it.",
          "sceneId": "intr",
        },
      ]
    `);
    expect(problemsIn({ ...diagnosis, start: 'ending-open' })).toMatchInlineSnapshot(`
      [
        {
          "hint": "Set start="…" to the id of a Scene, or leave start out to begin with the first Scene.",
          "kind": "start-at-ending",
          "message": "The scenario starts at "ending-open", which is an Ending, so there is nothing to choose.",
          "sceneId": "ending-open",
        },
      ]
    `);
  });

  it('reports dangling targets, suggesting the id the author probably meant', () => {
    expect(problemsIn(scenarioOf([scene('intro', [choice('go', 'finsh'), choice('stay', 'elsewhere')]), ending('finish')]))).toMatchInlineSnapshot(`
      [
        {
          "choiceId": "go",
          "hint": "Change to="finsh" to the id of a Scene or Ending (did you mean "finish"?), or add one with id="finsh".",
          "kind": "dangling-target",
          "message": "Choice "go" in scene "intro" leads to "finsh", which is not a Scene or Ending in this scenario.",
          "sceneId": "intro",
        },
        {
          "choiceId": "stay",
          "hint": "Change to="elsewhere" to the id of a Scene or Ending, or add one with id="elsewhere".",
          "kind": "dangling-target",
          "message": "Choice "stay" in scene "intro" leads to "elsewhere", which is not a Scene or Ending in this scenario.",
          "sceneId": "intro",
        },
        {
          "hint": "Add a choice with to="finish" in a scene the learner can reach, or remove "finish".",
          "kind": "unreachable-scene",
          "message": "Ending "finish" cannot be reached: no path of choices leads to it from the start scene "intro".",
          "sceneId": "finish",
        },
        {
          "hint": "Add a choice that leads to an Ending from a scene the learner can reach.",
          "kind": "no-reachable-ending",
          "message": "No ending can be reached from the start scene "intro".",
          "sceneId": "intro",
        },
      ]
    `);
  });

  it('reports unreachable scenes and endings', () => {
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('go', 'finish')]), scene('orphan', [choice('back', 'finish')]), ending('finish'), ending('lost'),
    ]))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Add a choice with to="orphan" in a scene the learner can reach, or remove "orphan".",
          "kind": "unreachable-scene",
          "message": "Scene "orphan" cannot be reached: no path of choices leads to it from the start scene "intro".",
          "sceneId": "orphan",
        },
        {
          "hint": "Add a choice with to="lost" in a scene the learner can reach, or remove "lost".",
          "kind": "unreachable-scene",
          "message": "Ending "lost" cannot be reached: no path of choices leads to it from the start scene "intro".",
          "sceneId": "lost",
        },
      ]
    `);
  });

  it('reports dead ends, endings with choices and scenes with more choices than SCORM 1.2 can record', () => {
    const many = Array.from({ length: 37 }, (_, index) => choice(`option-${index}`, 'finish'));
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('go', 'stuck'), choice('on', 'odd'), choice('menu', 'crowded')]),
      scene('stuck', []), { ...ending('odd'), choices: [choice('again', 'intro')] }, scene('crowded', many), ending('finish'),
    ]))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Add a <Choice to="…"> that leads on, or make it an <Ending> with a debrief.",
          "kind": "dead-end",
          "message": "Scene "stuck" has no choices, so a learner who gets there is stuck.",
          "sceneId": "stuck",
        },
        {
          "hint": "Move the choices into a <Scene>, or make "odd" a Scene that leads to an Ending.",
          "kind": "ending-with-choices",
          "message": "Ending "odd" has choices, but a play stops at an ending.",
          "sceneId": "odd",
        },
        {
          "hint": "Split the decision over two scenes.",
          "kind": "too-many-choices",
          "message": "Scene "crowded" has 37 choices; SCORM 1.2 can record at most 36 for one decision.",
          "sceneId": "crowded",
        },
      ]
    `);
  });

  it('reports loops with no way out', () => {
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('in', 'circle-a'), choice('out', 'finish'), choice('self', 'mirror')]),
      scene('circle-a', [choice('a-to-b', 'circle-b')]), scene('circle-b', [choice('b-to-a', 'circle-a')]),
      scene('mirror', [choice('again', 'mirror')]), ending('finish'),
    ]))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Add a choice in one of them that leads to an Ending, or to a scene that leads to one.",
          "kind": "loop-without-exit",
          "message": "Scenes "circle-a" and "circle-b" only lead to each other, so a learner who gets there can never reach an ending.",
          "sceneId": "circle-a",
        },
        {
          "hint": "Add a choice in it that leads to an Ending, or to a scene that leads to one.",
          "kind": "loop-without-exit",
          "message": "Scene "mirror" only leads back to itself, so a learner who gets there can never reach an ending.",
          "sceneId": "mirror",
        },
      ]
    `);
  });

  it('reports a scenario with no ending, or none the start leads to', () => {
    expect(problemsIn(scenarioOf([scene('intro', [choice('again', 'intro')])]))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Add a choice in it that leads to an Ending, or to a scene that leads to one.",
          "kind": "loop-without-exit",
          "message": "Scene "intro" only leads back to itself, so a learner who gets there can never reach an ending.",
          "sceneId": "intro",
        },
        {
          "hint": "Add at least one <Ending id="…" title="…"> with a debrief, and choices that lead to it.",
          "kind": "no-reachable-ending",
          "message": "The scenario has no <Ending>, so no play can finish.",
        },
      ]
    `);
    expect(problemsIn(scenarioOf([scene('intro', [choice('again', 'intro')]), scene('later', [choice('end', 'finish')]), ending('finish')])))
      .toMatchInlineSnapshot(`
        [
          {
            "hint": "Add a choice with to="later" in a scene the learner can reach, or remove "later".",
            "kind": "unreachable-scene",
            "message": "Scene "later" cannot be reached: no path of choices leads to it from the start scene "intro".",
            "sceneId": "later",
          },
          {
            "hint": "Add a choice with to="finish" in a scene the learner can reach, or remove "finish".",
            "kind": "unreachable-scene",
            "message": "Ending "finish" cannot be reached: no path of choices leads to it from the start scene "intro".",
            "sceneId": "finish",
          },
          {
            "hint": "Add a choice in it that leads to an Ending, or to a scene that leads to one.",
            "kind": "loop-without-exit",
            "message": "Scene "intro" only leads back to itself, so a learner who gets there can never reach an ending.",
            "sceneId": "intro",
          },
          {
            "hint": "Add a choice that leads to an Ending from a scene the learner can reach.",
            "kind": "no-reachable-ending",
            "message": "No ending can be reached from the start scene "intro".",
            "sceneId": "intro",
          },
        ]
      `);
  });

  it('reports repeated ids: scenes and endings, choices, characters, variables and dimensions', () => {
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('go', 'next')]), scene('next', [choice('go', 'intro'), choice('end', 'intro-end')]), ending('intro-end'), ending('next'),
    ], {
      characters: [{ id: 'sam', name: 'Sam' }, { id: 'sam', name: 'Samira' }], variables: [variable('trust', 0, 0, 1), variable('trust', 1, 0, 1)],
      dimensions: ['safety', 'choice', 'safety'],
    }))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Give each Scene and Ending its own id: choices lead to them by id, so a repeated one is ambiguous. Rename one "next" and update the choices with to="next" that should go there.",
          "kind": "duplicate-id",
          "message": "The id "next" is used by 2 Scenes or Endings.",
          "sceneId": "next",
        },
        {
          "choiceId": "go",
          "hint": "Give each choice in the scenario its own id: the LMS records each decision by it, so a repeated id makes two decisions look the same.",
          "kind": "duplicate-id",
          "message": "The choice id "go" is used 2 times (in scenes "intro" and "next").",
          "sceneId": "next",
        },
        {
          "hint": "Keep one <Character id="sam" … /> and remove or rename the others.",
          "kind": "duplicate-id",
          "message": "The character id "sam" is declared 2 times.",
        },
        {
          "hint": "Keep one <Variable id="trust" … /> and remove or rename the others.",
          "kind": "duplicate-id",
          "message": "The variable "trust" is declared 2 times.",
        },
        {
          "hint": "List each dimension once.",
          "kind": "duplicate-id",
          "message": "The dimension "safety" is listed 2 times in dimensions="…".",
        },
      ]
    `);
  });

  it('reports variables that are not whole numbers, upside-down ranges and initial values outside the range', () => {
    expect(problemsIn(scenarioOf([scene('intro', [choice('end', 'finish')]), ending('finish')], {
      variables: [variable('half', 0.5, 0, 1), variable('upside-down', 0, 3, 1), variable('outside', 5, 0, 3)],
    }))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Use whole numbers for initial, min and max; a yes/no fact is initial={0} min={0} max={1}.",
          "kind": "invalid-variable",
          "message": "The variable "half" has initial 0.5, but variables hold whole numbers.",
        },
        {
          "hint": "Swap them: min is the lowest value "upside-down" can take, max the highest.",
          "kind": "invalid-variable",
          "message": "The variable "upside-down" has min 3, which is above its max 1.",
        },
        {
          "hint": "Set initial to a value from 0 to 3, or widen min and max.",
          "kind": "invalid-variable",
          "message": "The variable "outside" starts at 5, outside its range 0 to 3.",
        },
      ]
    `);
  });

  it('reports undeclared variables, dimensions and characters', () => {
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('go', 'finish', { when: 'trsut>=1', sets: 'calm:+1', scores: 'saftey:+1, warmth:+2' })], {
        blocks: [{ kind: 'line', characterId: 'samm', text: 'Hello.' }, { kind: 'line', characterId: 'alex', text: 'Hi.' }],
      }),
      ending('finish'),
    ], trustVariable))).toMatchInlineSnapshot(`
      [
        {
          "choiceId": "go",
          "hint": "Fix the name (did you mean "trust"?) or declare it, e.g. <Variable id="trsut" initial={0} min={0} max={1} />.",
          "kind": "undeclared-variable",
          "message": "Choice "go" in scene "intro" tests "trsut" in when="trsut>=1", but the scenario declares no variable "trsut".",
          "sceneId": "intro",
        },
        {
          "choiceId": "go",
          "hint": "Fix the name or declare it, e.g. <Variable id="calm" initial={0} min={0} max={1} />.",
          "kind": "undeclared-variable",
          "message": "Choice "go" in scene "intro" changes "calm" in sets="calm:+1", but the scenario declares no variable "calm".",
          "sceneId": "intro",
        },
        {
          "choiceId": "go",
          "hint": "Fix the name (did you mean "safety"?) or add "saftey" to dimensions="…" on the <Scenario>.",
          "kind": "undeclared-dimension",
          "message": "Choice "go" in scene "intro" scores on "saftey", which is not one of the scenario's dimensions (it declares "safety" and "choice").",
          "sceneId": "intro",
        },
        {
          "choiceId": "go",
          "hint": "Fix the name or add "warmth" to dimensions="…" on the <Scenario>.",
          "kind": "undeclared-dimension",
          "message": "Choice "go" in scene "intro" scores on "warmth", which is not one of the scenario's dimensions (it declares "safety" and "choice").",
          "sceneId": "intro",
        },
        {
          "hint": "Fix the name (did you mean "sam"?) or declare the character, e.g. <Character id="samm" name="…" role="…" />.",
          "kind": "undeclared-character",
          "message": "A <Line> in scene "intro" is spoken by "samm", who is not one of the scenario's characters.",
          "sceneId": "intro",
        },
        {
          "hint": "Fix the name or declare the character, e.g. <Character id="alex" name="…" role="…" />.",
          "kind": "undeclared-character",
          "message": "A <Line> in scene "intro" is spoken by "alex", who is not one of the scenario's characters.",
          "sceneId": "intro",
        },
      ]
    `);
  });

  it('reports conditions no value in the variable’s range can meet', () => {
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('too-high', 'finish', { when: 'trust>5' }), choice('contradiction', 'finish', { when: 'trust>=2 and trust<=1' }), choice('fine', 'finish')]),
      ending('finish'),
    ], trustVariable))).toMatchInlineSnapshot(`
      [
        {
          "choiceId": "too-high",
          "hint": "Change the condition so that some value of trust from 0 to 3 meets it, or widen trust's min and max.",
          "kind": "condition-never-holds",
          "message": "Choice "too-high" in scene "intro" is never offered: when="trust>5" cannot hold, because trust stays between 0 and 3.",
          "sceneId": "intro",
        },
        {
          "choiceId": "contradiction",
          "hint": "Change the condition so that some value of trust from 0 to 3 meets it, or widen trust's min and max.",
          "kind": "condition-never-holds",
          "message": "Choice "contradiction" in scene "intro" is never offered: when="trust>=2 and trust<=1" cannot hold, because trust stays between 0 and 3.",
          "sceneId": "intro",
        },
      ]
    `);
  });

  it('reports conditions that never hold with the values play brings to the scene', () => {
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('warm', 'middle', { sets: 'trust:+1' }), choice('cool', 'middle')]),
      scene('middle', [choice('deep', 'finish', { when: 'trust>=2' }), choice('pair', 'finish', { when: 'trust==1 and asked==1' }), choice('on', 'finish')]),
      ending('finish'),
    ], { variables: [variable('trust', 0, 0, 3), variable('asked', 0, 0, 1)] }))).toMatchInlineSnapshot(`
      [
        {
          "choiceId": "deep",
          "hint": "Change the condition, or change sets="…" on a way to "middle" so that it can hold; otherwise remove the choice.",
          "kind": "condition-never-holds",
          "message": "Choice "deep" in scene "middle" is never offered: when="trust>=2" never holds there, because when a learner reaches "middle", trust is only ever 0 or 1.",
          "sceneId": "middle",
        },
        {
          "choiceId": "pair",
          "hint": "Change the condition, or change sets="…" on a way to "middle" so that it can hold; otherwise remove the choice.",
          "kind": "condition-never-holds",
          "message": "Choice "pair" in scene "middle" is never offered: when="trust==1 and asked==1" never holds there, because when a learner reaches "middle", the values it tests only ever come as trust 0 with asked 0, or trust 1 with asked 0.",
          "sceneId": "middle",
        },
      ]
    `);
  });

  it('reports situations where every choice’s condition fails', () => {
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('warm', 'middle', { sets: 'trust:+1' }), choice('cool', 'middle')]),
      scene('middle', [choice('deep', 'finish', { when: 'trust>=1' })]),
      ending('finish'),
    ], trustVariable))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Add a choice without a when="…" condition, or change the conditions so that at least one always holds.",
          "kind": "no-choice-available",
          "message": "In scene "middle", when trust is 0, every choice's condition fails: no choice is offered and the learner is stuck.",
          "sceneId": "middle",
        },
      ]
    `);
  });

  it('reports loops that conditions close, scenes that conditions hide, and endings that conditions block', () => {
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('enter', 'circle-a'), choice('enter-warm', 'circle-a', { sets: 'trust:=2' }), choice('leave', 'finish')]),
      scene('circle-a', [choice('a-to-b', 'circle-b'), choice('out', 'finish', { when: 'trust>=2' })]),
      scene('circle-b', [choice('b-to-a', 'circle-a', { sets: 'trust:=1' })]),
      ending('finish'),
    ], trustVariable))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Keep a way out open: add a choice without a condition that leads towards an ending, or change sets="…" inside the loop so that a condition on a way out can hold.",
          "kind": "loop-without-exit",
          "message": "Scenes "circle-a" and "circle-b" can trap the learner: once there when trust is 1, no choice leads on to an ending.",
          "sceneId": "circle-a",
        },
      ]
    `);
    expect(problemsIn(scenarioOf([
      scene('intro', [choice('secret', 'hidden', { when: 'trust==3' }), choice('on', 'intro', { sets: 'trust:+1', when: 'trust<2' })]),
      scene('hidden', [choice('end', 'finish')]),
      ending('finish'),
    ], trustVariable))).toMatchInlineSnapshot(`
      [
        {
          "hint": "Check the when="…" conditions on the choices with to="hidden", and on the way to them.",
          "kind": "unreachable-scene",
          "message": "Scene "hidden" is never reached in play: every way to it depends on a condition that never holds.",
          "sceneId": "hidden",
        },
        {
          "hint": "Check the when="…" conditions on the choices with to="finish", and on the way to them.",
          "kind": "unreachable-scene",
          "message": "Ending "finish" is never reached in play: every way to it depends on a condition that never holds.",
          "sceneId": "finish",
        },
        {
          "choiceId": "secret",
          "hint": "Change the condition, or change sets="…" on a way to "intro" so that it can hold; otherwise remove the choice.",
          "kind": "condition-never-holds",
          "message": "Choice "secret" in scene "intro" is never offered: when="trust==3" never holds there, because when a learner reaches "intro", trust is only ever 0, 1 or 2.",
          "sceneId": "intro",
        },
        {
          "hint": "Add a choice without a when="…" condition, or change the conditions so that at least one always holds.",
          "kind": "no-choice-available",
          "message": "In scene "intro", when trust is 2, every choice's condition fails: no choice is offered and the learner is stuck.",
          "sceneId": "intro",
        },
        {
          "hint": "Check the when="…" conditions on the choices that lead towards the endings, and the sets="…" before them.",
          "kind": "no-reachable-ending",
          "message": "No ending can be reached in play from the start scene "intro": conditions block every way to an ending.",
          "sceneId": "intro",
        },
      ]
    `);
  });

  it('stops following variables past the state limit, and says so', () => {
    const counter = scenarioOf([scene('intro', [choice('count', 'intro', { sets: 'count:+1' }), choice('end', 'finish')]), ending('finish')], {
      variables: [variable('count', 0, 0, 1_000)],
    });
    expect(checkScenarioGraph(counter, { stateLimit: 3_000 })).toEqual([]);
    expect(problemsIn(counter, { stateLimit: 500 })).toMatchInlineSnapshot(`
      [
        {
          "hint": "Narrow the variables' ranges (min and max) or use fewer variables. Until then, conditions that never hold, stuck situations and score ranges are not checked.",
          "kind": "state-limit",
          "message": "The scenario has more than 500 combinations of scene and variable values, too many to follow every play.",
        },
      ]
    `);
  });

  it('reports loops too tangled to work out score ranges, so that scoreRanges never throws after a clean check', () => {
    const hub = scenarioOf([
      scene('hub', ['a', 'b', 'c', 'd'].map((to) => choice(`to-${to}`, to)).concat(choice('leave', 'finish'))),
      ...['a', 'b', 'c', 'd'].map((id) => scene(id, ['hub', 'a', 'b', 'c', 'd'].filter((to) => to !== id).map((to) => choice(`${id}-to-${to}`, to)))),
      ending('finish'),
    ]);
    expect(checkScenarioGraph(hub)).toEqual([]);
    expect(problemsIn(hub, { stepLimit: 50 })).toMatchInlineSnapshot(`
      [
        {
          "hint": "Lead fewer choices back to earlier scenes, or let variables inside loops change only one way (e.g. sets="tried:=1" rather than +1 here and -1 there), so that plays cannot circle through so many combinations.",
          "kind": "path-limit",
          "message": "The scenario's loops allow too many different plays to work out the lowest and highest score of each ending.",
        },
      ]
    `);
  });

  it('names the scene (and choice) it is about in every message, and always says what to do', () => {
    expect(new Set(checked.map((problem) => problem.kind)).size).toBe(19);
    for (const problem of checked) {
      if (problem.sceneId !== undefined) expect(problem.message).toContain(`"${problem.sceneId}"`);
      if (problem.choiceId !== undefined) expect(problem.message).toContain(`"${problem.choiceId}"`);
      expect(problem.hint.length).toBeGreaterThan(10);
    }
  });
});
