import ContentNote from './ContentNote.astro';
import Quiz from './Quiz.astro';
import QuizPart from './QuizPart.astro';
import Scenario from './Scenario.astro';
import ScenarioPart from './ScenarioPart.astro';

/** Components every lesson can use without importing them (names listed in core/mdx-component-names). */
export const mdxComponents = {
  ContentNote,
  Quiz,
  SingleChoice: QuizPart,
  MultipleResponse: QuizPart,
  TrueFalse: QuizPart,
  FillIn: QuizPart,
  Matching: QuizPart,
  Sequencing: QuizPart,
  Likert: QuizPart,
  Option: QuizPart,
  Accept: QuizPart,
  Pair: QuizPart,
  Step: QuizPart,
  Level: QuizPart,
  Bank: QuizPart,
  ScoreBand: QuizPart,
  Scenario,
  Character: ScenarioPart,
  Variable: ScenarioPart,
  Scene: ScenarioPart,
  Ending: ScenarioPart,
  Line: ScenarioPart,
  Choice: ScenarioPart,
  Reflect: ScenarioPart,
};
