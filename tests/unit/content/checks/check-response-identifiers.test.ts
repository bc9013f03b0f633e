import { describe, expect, it } from 'vitest';
import { checkResponseIdentifiers, type LessonResponseSource } from '../../../../src/content/checks/check-response-identifiers';
import { formatProblem } from '../../../../src/content/checks/problem';
import type { QuizDefinition } from '../../../../src/core/quiz/quiz-definition';
import type { ScenarioStateShape } from '../../../../src/core/scorm/course-state-scenario';
import { likert, matching, multiple, sequencing, single } from '../../core/quiz/sample-questions';

const quiz = (id: string, items: QuizDefinition['items']): QuizDefinition => ({ id, title: id, counts: false, items } as QuizDefinition);

function lesson(quizzes: QuizDefinition[], scenarioIds: string[] = []): LessonResponseSource {
  return {
    file: 'courses/mini/lessons/welcome.mdx',
    quizzes,
    quizDeclarations: quizzes.flatMap((entry) => entry.items.map((item, index) => ({ kind: 'question' as const, id: item.id, line: 20 + index * 10 }))),
    scenarioDeclarations: scenarioIds.map((id) => ({ id, line: 80 })),
  };
}

describe('checkResponseIdentifiers', () => {
  it('finds nothing wrong in questions and scenarios written to the id rules', () => {
    const scenario: ScenarioStateShape = { id: 'late', choiceIds: ['ask-first', 'wait'], endingIds: ['calm-end'], dimensions: ['trust', 'asked_about', 'asked-about'] };
    expect(checkResponseIdentifiers([lesson([quiz('check', [single, multiple, matching, sequencing, likert])], ['late'])], [scenario])).toEqual([]);
  });

  it('names the file, line, quiz and question when two option ids would reach the platform as one answer', () => {
    const clashing = { ...single, id: 'odd-options', options: [{ id: 'a--b', text: 'One', correct: true }, { id: 'a_b', text: 'Two', correct: false }] };
    const problems = checkResponseIdentifiers([lesson([quiz('check', [single, clashing])])], []);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "courses/mini/lessons/welcome.mdx:30:1 (quiz "check", question "odd-options")
        The answers "a--b" and "a_b" would reach a learning platform as the same answer, "a__b" (dashes are sent as "_" and "_" as "__", the only characters every platform accepts besides letters, digits and ".").
        Fix: Rename one of them so they differ by more than "-" and "_", e.g. "a_b-2".",
      ]
    `);
  });

  it("checks a scenario's choices, endings and dimensions on the scenario", () => {
    const scenario: ScenarioStateShape = { id: 'late', choiceIds: ['go'], endingIds: ['end'], dimensions: ['x-_y', 'x_-y'] };
    const problems = checkResponseIdentifiers([lesson([], ['late'])], [scenario]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "courses/mini/lessons/welcome.mdx:80:1 (scenario "late")
        The dimensions "x-_y" and "x_-y" would reach a learning platform as the same answer, "x___y" (dashes are sent as "_" and "_" as "__", the only characters every platform accepts besides letters, digits and ".").
        Fix: Rename one of them so they differ by more than "-" and "_", e.g. "x_-y-2".",
      ]
    `);
  });
});
