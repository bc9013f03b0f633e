import type { QuizDefinition } from '../../core/quiz/quiz-definition';
import { listQuizQuestions } from '../../core/quiz/quiz-questions';
import type { ScenarioStateShape } from '../../core/scorm/course-state-scenario';
import { listResponseIds } from '../../core/scorm/course-state-question';
import { findResponseIdentifierClashes, RESPONSE_IDENTIFIER_MAX_LENGTH, type ResponseIdentifierClash } from '../../core/scorm/response-identifier';
import type { QuizIdDeclaration } from '../quizzes/quiz-id-declaration';
import type { ScenarioIdDeclaration } from '../scenarios/scenario-id-declaration';
import type { Problem } from './problem';

/** One lesson's quizzes and scenarios, with where their ids are written. */
export interface LessonResponseSource {
  /** Path of the lesson relative to the project root. */
  file: string;
  quizzes: readonly QuizDefinition[];
  quizDeclarations: readonly QuizIdDeclaration[];
  scenarioDeclarations: readonly ScenarioIdDeclaration[];
}

const OUTCOME_STEP = 'ending';

/**
 * Learning platforms receive answers as identifiers made from the author's ids
 * (toResponseIdentifier). Within one question, and within one scenario's choices, endings and
 * dimensions, no two ids may give the same identifier, or a report could not tell the answers apart.
 */
export function checkResponseIdentifiers(lessons: readonly LessonResponseSource[], scenarios: readonly ScenarioStateShape[]): Problem[] {
  const problems: Problem[] = [];
  for (const { file, quizzes, quizDeclarations } of lessons) {
    for (const quiz of quizzes) {
      for (const question of listQuizQuestions(quiz)) {
        const line = quizDeclarations.find((declaration) => declaration.kind === 'question' && declaration.id === question.id)?.line;
        const entry = `quiz "${quiz.id}", question "${question.id}"`;
        problems.push(...findResponseIdentifierClashes(listResponseIds(question)).map((clash) => explain(clash, { file, line, entry }, 'answers')));
      }
    }
  }
  for (const scenario of scenarios) {
    const lesson = lessons.find((candidate) => candidate.scenarioDeclarations.some((declaration) => declaration.id === scenario.id));
    const where = {
      file: lesson?.file ?? '',
      line: lesson?.scenarioDeclarations.find((declaration) => declaration.id === scenario.id)?.line,
      entry: `scenario "${scenario.id}"`,
    };
    for (const [ids, what] of [
      [scenario.choiceIds, 'choices'],
      [scenario.endingIds, 'endings'],
      [[OUTCOME_STEP, ...scenario.dimensions], 'dimensions'],
    ] as const) {
      problems.push(...findResponseIdentifierClashes(ids).map((clash) => explain(clash, where, what)));
    }
  }
  return problems;
}

function explain(clash: ResponseIdentifierClash, where: Pick<Problem, 'file' | 'line' | 'entry'>, what: string): Problem {
  const named = clash.ids.map((id) => `"${id}"`).join(' and ');
  if (clash.ids.length > 1) {
    return {
      ...where,
      message: `The ${what} ${named} would reach a learning platform as the same answer, "${clash.identifier}" (dashes are sent as "_" and "_" as "__", the only characters every platform accepts besides letters, digits and ".").`,
      hint: `Rename one of them so they differ by more than "-" and "_", e.g. "${clash.ids.at(-1) ?? ''}-2".`,
    };
  }
  return {
    ...where,
    message: `The id ${named} would reach a learning platform as "${clash.identifier}", which is ${clash.identifier === '' ? 'empty' : `longer than ${RESPONSE_IDENTIFIER_MAX_LENGTH} characters`}.`,
    hint: 'Give it an id of letters, digits and single dashes, e.g. "listen-first".',
  };
}
