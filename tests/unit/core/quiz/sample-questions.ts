import type { FillInQuestion } from '../../../../src/core/quiz/kinds/fill-in';
import type { LikertQuestion } from '../../../../src/core/quiz/kinds/likert';
import type { MatchingQuestion } from '../../../../src/core/quiz/kinds/matching';
import type { MultipleResponseQuestion } from '../../../../src/core/quiz/kinds/multiple-response';
import type { SequencingQuestion } from '../../../../src/core/quiz/kinds/sequencing';
import type { SingleChoiceQuestion } from '../../../../src/core/quiz/kinds/single-choice';
import type { TrueFalseQuestion } from '../../../../src/core/quiz/kinds/true-false';
import type { Question, QuestionBank } from '../../../../src/core/quiz/quiz-definition';

// One question of each kind, shaped as the build hands them to core (defaults already applied).
export const single: SingleChoiceQuestion = {
  kind: 'single', id: 'what-peer-support-is', prompt: 'Which sentence describes peer support best?', weight: 2, shuffle: false,
  options: [
    { id: 'mutual', text: 'Two people with lived experience…', correct: true },
    { id: 'advice', text: 'A volunteer gives advice…', correct: false },
    { id: 'other', text: 'A therapist treats…', correct: false },
  ],
};

export const multiple: MultipleResponseQuestion = {
  kind: 'multiple', id: 'good-listening', prompt: 'Which help a peer feel heard?', weight: 1, shuffle: true,
  options: [
    { id: 'a', text: 'Reflect back', correct: true },
    { id: 'b', text: 'Fix it for them', correct: false },
    { id: 'c', text: 'Ask open questions', correct: true },
  ],
};

export const trueFalse: TrueFalseQuestion = {
  kind: 'true-false', id: 'peers-diagnose', prompt: 'Peer workers diagnose.', weight: 1, answer: false,
};

export const fillIn: FillInQuestion = {
  kind: 'fill-in', id: 'name-the-role', prompt: 'Name the role.', weight: 1, maxLength: 40,
  accepted: ['peer support', 'Café Ämter'],
};

export const matching: MatchingQuestion = {
  kind: 'matching', id: 'match-skills', prompt: 'Match each skill to what it does.', weight: 1,
  pairs: [
    { id: 'a', left: 'Listening', right: 'Hearing the person' },
    { id: 'b', left: 'Sharing', right: 'Offering your story' },
    { id: 'c', left: 'Boundaries', right: 'Keeping both safe' },
  ],
};

export const sequencing: SequencingQuestion = {
  kind: 'sequencing', id: 'order-a-conversation', prompt: 'Put the steps in order.', weight: 1,
  steps: [{ id: 'greet', text: 'Greet' }, { id: 'listen', text: 'Listen' }, { id: 'close', text: 'Close' }],
};

export const likert: LikertQuestion = {
  kind: 'likert', id: 'ready-to-listen', prompt: 'How ready do I feel to listen?', weight: 0,
  scale: [{ id: 'a', text: 'Not yet' }, { id: 'b', text: 'Somewhat' }, { id: 'c', text: 'Ready' }],
};

export const everyKind: Question[] = [single, multiple, trueFalse, fillIn, matching, sequencing, likert];

/** A plain single-choice question with the given id, for banks and quizzes. */
export function choiceQuestion(id: string, weight = 1): SingleChoiceQuestion {
  return { ...single, id, weight };
}

export function bankOf(id: string, draw: number, questionIds: readonly string[]): QuestionBank {
  return { kind: 'bank', id, draw, questions: questionIds.map((questionId) => choiceQuestion(questionId)) };
}
