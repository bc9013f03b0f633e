import type { ScoreBand } from './quiz-definition';
import type { QuestionState } from './question-state';

/** One learner's result on the questions a quiz showed them. */
export interface QuizResult {
  /** Questions checked at least once (likert included). */
  answered: number;
  /** Questions shown. */
  total: number;
  /** Weights of the questions whose latest check was right. */
  points: number;
  /** Weights of all questions shown. */
  maxPoints: number;
  /** round(100 × points / maxPoints); undefined when nothing shown carries points. */
  percent?: number;
  /** Every question shown has been answered. */
  complete: boolean;
  /** complete and percent ≥ passMark; undefined when no pass mark applies. */
  passed?: boolean;
  /** Highest band with min ≤ percent, once the quiz is complete. */
  band?: ScoreBand;
}

export function scoreQuiz(
  questions: readonly { id: string; weight: number }[],
  readState: (id: string) => QuestionState | undefined,
  rules: { passMark?: number; bands?: readonly ScoreBand[] },
): QuizResult {
  let answered = 0;
  let points = 0;
  let maxPoints = 0;
  for (const question of questions) {
    const state = readState(question.id);
    if (state !== undefined && state.attempts >= 1) answered += 1;
    // All or nothing: the latest check decides.
    if (state?.correct === true) points += question.weight;
    maxPoints += question.weight;
  }
  const complete = answered === questions.length;
  const percent = maxPoints > 0 ? Math.round((100 * points) / maxPoints) : undefined;
  const result: QuizResult = { answered, total: questions.length, points, maxPoints, complete };
  if (percent !== undefined) result.percent = percent;
  // A quiz with nothing to score (only likert) cannot fall short of its mark.
  if (rules.passMark !== undefined) result.passed = complete && (percent === undefined || percent >= rules.passMark);
  const band = complete && percent !== undefined ? findBand(rules.bands ?? [], percent) : undefined;
  if (band !== undefined) result.band = band;
  return result;
}

function findBand(bands: readonly ScoreBand[], percent: number): ScoreBand | undefined {
  return bands.filter((band) => band.min <= percent).reduce<ScoreBand | undefined>(
    (best, band) => (best === undefined || band.min > best.min ? band : best),
    undefined,
  );
}
