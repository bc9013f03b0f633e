import { describe, expect, it } from 'vitest';
import { createScenarioLabels } from '../../../src/components/mdx/scenario-labels';
import type { ChoiceDef, ScenarioDefinition } from '../../../src/core/scenario/scenario-definition';
import { createTranslator, type Language } from '../../../src/i18n/strings';
import { describeView } from '../../../src/islands/scenario/view-heading';

const choiceWithText = (text: string): ChoiceDef => ({ id: 'the-choice', to: 'ending', text, feedback: 'It protects your pace.', when: [], scores: {}, sets: [] });

function announcementAfter(text: string, language: Language): string {
  const choice = choiceWithText(text);
  const scenario: ScenarioDefinition = {
    id: 'later', lessonId: 'lesson', title: 'Later', counts: 'practice', dimensions: [], characters: [], variables: [], start: 'ask',
    scenes: [
      { kind: 'scene', id: 'ask', setting: 'After the meeting', blocks: [], choices: [choice] },
      { kind: 'ending', id: 'ending', title: 'Done', blocks: [], choices: [] },
    ],
  };
  const progress = {
    play: { sceneId: 'ending', variables: {}, path: ['the-choice'], scores: {} },
    endingsReached: [],
    lastOutcome: undefined,
    feedback: { choice, fromSceneId: 'ask' },
  };
  return describeView(scenario, progress, createScenarioLabels(createTranslator(language))).announcement;
}

describe('what the player announces after a choice', () => {
  it('reads the choice as one sentence, however the author ended it', () => {
    expect(announcementAfter('Spørg, om I kan tale om det senere?', 'da')).toBe('Du valgte: Spørg, om I kan tale om det senere? Her kommer en tilbagemelding på dit valg.');
    expect(announcementAfter('Sig det kort, med dine egne ord.', 'da')).toBe('Du valgte: Sig det kort, med dine egne ord. Her kommer en tilbagemelding på dit valg.');
    expect(announcementAfter('Answer briefly, and say what helped you.', 'en')).toBe('You chose: Answer briefly, and say what helped you. Feedback on your choice follows.');
    expect(announcementAfter('Share briefly', 'en')).toBe('You chose: Share briefly. Feedback on your choice follows.');
  });
});
