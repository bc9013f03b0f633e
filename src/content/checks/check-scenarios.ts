import type { ScenarioStateShape } from '../../core/scorm/course-state-scenario';
import { findScenarioStateKeyCollisions, type ScenarioStateKeyCollision } from '../../core/scorm/learner-state-codec';
import type { QuizIdDeclaration } from '../quizzes/quiz-id-declaration';
import type { ScenarioIdDeclaration } from '../scenarios/scenario-id-declaration';
import type { Problem } from './problem';

/** One lesson's scenario and quiz ids as the course-wide scenario checks see them. */
export interface LessonScenarioSource {
  /** Path of the lesson relative to the project root. */
  file: string;
  scenarioDeclarations: readonly ScenarioIdDeclaration[];
  quizDeclarations: readonly QuizIdDeclaration[];
}

/** How saved-state keys are compared; the real codec unless a test passes its own. */
export type FindScenarioCollisions = (course: { scenarios: readonly ScenarioStateShape[] }) => ScenarioStateKeyCollision[];

interface Declared {
  file: string;
  line?: number;
}

/**
 * Course-wide scenario checks: each scenario id used once, and by no quiz, and saved-progress keys
 * that do not clash. Saved progress is keyed on the scenario id, and the records a learning platform
 * keeps begin with the scenario or quiz id (`urn:peerpath:<course>:<scenario>:<scene>`,
 * `…:<quiz>:<question>`), so a shared id mixes them up. `scenarios` are the course's scenarios
 * without problems of their own, as the saved state sees them.
 */
export function checkCourseScenarios(
  lessons: readonly LessonScenarioSource[],
  scenarios: readonly ScenarioStateShape[] = [],
  findCollisions: FindScenarioCollisions = findScenarioStateKeyCollisions,
): Problem[] {
  const quizzes = new Map<string, Declared>();
  for (const { file, quizDeclarations } of lessons) {
    for (const { kind, id, line } of quizDeclarations) if (kind === 'quiz' && !quizzes.has(id)) quizzes.set(id, { file, line });
  }
  const declared = new Map<string, Declared>();
  const problems: Problem[] = [];
  for (const { file, scenarioDeclarations } of lessons) {
    for (const { id, line } of scenarioDeclarations) {
      const entry = `scenario "${id}"`;
      const earlier = declared.get(id);
      if (earlier) {
        problems.push({
          file, line, entry,
          message: `The scenario id "${id}" is already used by the scenario${where(earlier, file)}.`,
          hint: 'Give each scenario in the course its own `id`: saved progress and the records a learning platform keeps are keyed on it. If learners have started the course, change the id of the newer one.',
        });
        continue;
      }
      declared.set(id, { file, line });
      const quiz = quizzes.get(id);
      if (quiz) {
        problems.push({
          file, line, entry,
          message: `The scenario id "${id}" is also the id of the quiz${where(quiz, file)}.`,
          hint: 'Give the scenario an id no quiz in the course uses: a learning platform records quiz answers and scenario decisions under ids that begin with it, so the two would be mixed up.',
        });
      }
    }
  }
  problems.push(...findCollisions({ scenarios }).map((collision) => explainCollision(collision, declared)));
  return problems;
}

const WORDS: Record<ScenarioStateKeyCollision['namespace'], string> = { scenario: 'scenario ids', choice: 'choice ids', ending: 'ending ids', dimension: 'dimensions' };

/** Ids whose keys in the saved state happen to be the same, pointed at the (later) scenario. */
function explainCollision({ namespace, scenarioId, ids }: ScenarioStateKeyCollision, declared: ReadonlyMap<string, Declared>): Problem {
  const last = ids[ids.length - 1] ?? '';
  const owner = scenarioId ?? last;
  const at = declared.get(owner);
  const inScenario = scenarioId === undefined ? '' : `In scenario "${scenarioId}", the `;
  const named = ids.map((id) => `"${id}"`).join(' and ');
  return {
    file: at?.file ?? '',
    line: at?.line,
    entry: `scenario "${owner}"`,
    message: `${inScenario === '' ? 'The ' : inScenario}${WORDS[namespace]} ${named} happen to share one key in a learner's saved progress, so one's progress would be taken for the other's.`,
    hint: `Change one of ${namespace === 'dimension' ? 'the names' : 'the ids'} a little, e.g. "${last}-2"; any change gives it another key.`,
  };
}

function where(declared: Declared, file: string): string {
  return `${declared.line ? ` on line ${declared.line}` : ''}${declared.file === file ? '' : ` of ${declared.file}`}`;
}
