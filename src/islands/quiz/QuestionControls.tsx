import type { Question } from '../../core/quiz/quiz-definition';
import { FillInQuestion } from './FillInQuestion';
import { LikertQuestion } from './LikertQuestion';
import { MatchingQuestion } from './MatchingQuestion';
import { MultipleResponseQuestion } from './MultipleResponseQuestion';
import type { QuestionControlsProps } from './question-controls-props';
import { SequencingQuestion } from './SequencingQuestion';
import { SingleChoiceQuestion } from './SingleChoiceQuestion';
import { TrueFalseQuestion } from './TrueFalseQuestion';

/** The answer controls for the question's kind. */
export function QuestionControls({ question, ...shared }: QuestionControlsProps<Question>) {
  switch (question.kind) {
    case 'single': return <SingleChoiceQuestion question={question} {...shared} />;
    case 'multiple': return <MultipleResponseQuestion question={question} {...shared} />;
    case 'true-false': return <TrueFalseQuestion question={question} {...shared} />;
    case 'fill-in': return <FillInQuestion question={question} {...shared} />;
    case 'matching': return <MatchingQuestion question={question} {...shared} />;
    case 'sequencing': return <SequencingQuestion question={question} {...shared} />;
    case 'likert': return <LikertQuestion question={question} {...shared} />;
  }
}
