import { describe, expect, it } from 'vitest';
import { checkCourseScenarios, type LessonScenarioSource } from '../../../../src/content/checks/check-scenarios';
import { formatProblem } from '../../../../src/content/checks/problem';
import type { ScenarioStateShape } from '../../../../src/core/scorm/course-state-scenario';
import { stateKey } from '../../../../src/core/scorm/learner-state-codec';

function lesson(name: string, scenarioIds: string[], quizIds: string[] = []): LessonScenarioSource {
  return {
    file: `courses/mini/${name}.mdx`,
    scenarioDeclarations: scenarioIds.map((id, index) => ({ id, line: 10 + index * 20 })),
    quizDeclarations: quizIds.flatMap((id, index) => [{ kind: 'quiz' as const, id, line: 100 + index * 20 }, { kind: 'question' as const, id: `${id}-q`, line: 101 + index * 20 }]),
  };
}

const shape = (id: string, choiceIds: string[] = ['go'], endingIds: string[] = ['end'], dimensions: string[] = []): ScenarioStateShape => ({ id, choiceIds, endingIds, dimensions });

describe('checkCourseScenarios', () => {
  it('finds nothing wrong when scenario ids are all different and no quiz uses one', () => {
    expect(checkCourseScenarios([lesson('welcome', ['one', 'two'], ['check']), lesson('listening', ['three'], ['two-q'])], [shape('one'), shape('two')])).toEqual([]);
  });

  it('reports a scenario id used twice, and a scenario id a quiz has, on the scenario', () => {
    const problems = checkCourseScenarios([
      lesson('welcome', ['late-message', 'lending-money'], ['check']),
      lesson('listening', ['late-message', 'check']),
    ]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "courses/mini/listening.mdx:10:1 (scenario "late-message")
        The scenario id "late-message" is already used by the scenario on line 10 of courses/mini/welcome.mdx.
        Fix: Give each scenario in the course its own \`id\`: saved progress and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one.",
        "courses/mini/listening.mdx:30:1 (scenario "check")
        The scenario id "check" is also the id of the quiz on line 100 of courses/mini/welcome.mdx.
        Fix: Give the scenario an id no quiz in the course uses: a learning platform records quiz answers and scenario decisions under ids that begin with it, so the two would be mixed up.",
      ]
    `);
  });

  it('reports ids whose saved-progress keys happen to clash: scenarios on the later one, ids inside a scenario on that scenario', () => {
    // Found by search: ids whose FNV-1a hashes end in the same four base-36 digits.
    expect(stateKey('s', 'role-play-19761')).toBe(stateKey('s', 'role-play-24000'));
    expect(stateKey('c', 'ask-239')).toBe(stateKey('c', 'ask-11224'));
    const problems = checkCourseScenarios(
      [lesson('welcome', ['role-play-19761', 'listen']), lesson('listening', ['role-play-24000'])],
      [shape('role-play-19761'), shape('listen', ['ask-239', 'ask-11224']), shape('role-play-24000')],
    );
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "courses/mini/listening.mdx:10:1 (scenario "role-play-24000")
        The scenario ids "role-play-19761" and "role-play-24000" happen to share one key in a learner's saved progress, so one's progress would be taken for the other's.
        Fix: Change one of the ids a little, e.g. "role-play-24000-2"; any change gives it another key.",
        "courses/mini/welcome.mdx:30:1 (scenario "listen")
        In scenario "listen", the choice ids "ask-239" and "ask-11224" happen to share one key in a learner's saved progress, so one's progress would be taken for the other's.
        Fix: Change one of the ids a little, e.g. "ask-11224-2"; any change gives it another key.",
      ]
    `);
  });

  it('names ending and dimension clashes in their own words', () => {
    const problems = checkCourseScenarios([lesson('welcome', ['listen'])], [shape('listen', [], ['a', 'b'], ['x', 'y'])], () => [
      { namespace: 'ending', scenarioId: 'listen', ids: ['a', 'b'] },
      { namespace: 'dimension', scenarioId: 'listen', ids: ['x', 'y'] },
    ]);
    expect(problems.map((problem) => [problem.line, problem.entry, problem.message.split(' happen')[0], problem.hint])).toEqual([
      [10, 'scenario "listen"', 'In scenario "listen", the ending ids "a" and "b"', 'Change one of the ids a little, e.g. "b-2"; any change gives it another key.'],
      [10, 'scenario "listen"', 'In scenario "listen", the dimensions "x" and "y"', 'Change one of the names a little, e.g. "y-2"; any change gives it another key.'],
    ]);
  });
});
