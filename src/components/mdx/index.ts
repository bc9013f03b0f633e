import type { LessonEntryData } from '../../content/curriculum-entry';
import type { SupportContact } from '../../content/schemas/support';
import { QUIZ_PART_COMPONENT_NAMES } from '../../core/mdx-component-names';
import { bindProps } from './bind-props';
import ContentNote from './ContentNote.astro';
import Quiz from './Quiz.astro';
import QuizPart from './QuizPart.astro';
import Scenario from './Scenario.astro';
import ScenarioPart from './ScenarioPart.astro';
import SupportContacts from './SupportContacts.astro';

/**
 * Components every lesson can use without importing them (names listed in core/mdx-component-names),
 * given the lesson they render in: `<Quiz id>` and `<Scenario id>` find their definitions in its data,
 * `<SupportContacts />` lists its course's support contacts.
 */
export function createLessonComponents(lesson: Pick<LessonEntryData, 'courseId' | 'courseSlug' | 'language' | 'quizzes' | 'scenarios'>, support: SupportContact[]) {
  const course = { courseId: lesson.courseId, language: lesson.language };
  return {
    ContentNote: bindProps('ContentNote', ContentNote, { courseSlug: lesson.courseSlug, language: lesson.language }),
    Quiz: bindProps('Quiz', Quiz, { ...course, quizzes: lesson.quizzes }),
    ...Object.fromEntries(QUIZ_PART_COMPONENT_NAMES.map((name) => [name, QuizPart])),
    Scenario: bindProps('Scenario', Scenario, { ...course, scenarios: lesson.scenarios }),
    Character: ScenarioPart,
    Variable: ScenarioPart,
    Scene: ScenarioPart,
    Ending: ScenarioPart,
    Line: ScenarioPart,
    Choice: ScenarioPart,
    Reflect: ScenarioPart,
    SupportContacts: bindProps('SupportContacts', SupportContacts, { contacts: support, language: lesson.language }),
  };
}
