// @vitest-environment jsdom
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ScenarioPlayer } from '../../../src/islands/ScenarioPlayer';
import { buttonNamed, click, createMemorySession, diagnosis, labels, renderPlayer, takeChoice } from './scenario-test-kit';
import { defined, itemAt } from '../../support/defined';

vi.mock('../../../src/runtime/scenario/scenario-session', () => ({ connectScenarioSession: vi.fn() }));

const texts = (scope: ParentNode, selector: string) => [...scope.querySelectorAll(selector)].map((element) => element.textContent.trim());

beforeEach(() => localStorage.clear());

describe('playing a scenario', () => {
  it('shows the cast, the setting and the scene, with the choices that are open now', async () => {
    const { session } = createMemorySession();
    const { container, heading } = await renderPlayer(session);
    expect(texts(container, '.scenario-cast li')).toEqual(['Sam, a participant at the intro meeting', 'You, volunteer co-facilitator']);
    expect(heading().textContent).toBe('Scene 1');
    expect(container.querySelector('.scenario-setting')?.textContent).toBe('Setting: The intro meeting, eight people in a circle');
    expect(texts(container, '.scenario-narrative p')).toEqual(['Sam leans forward.', 'Sam: So what’s your diagnosis, then?']);
    expect(texts(container, '.scenario-choice')).toEqual(['Share briefly, in your own words', 'Say you would rather not', 'Ask Sam what they would like to know']);
    expect(buttonNamed(container, 'Back one step').disabled).toBe(true);
    expect(buttonNamed(container, 'Start again').disabled).toBe(true);
  });

  it('reaches one ending and then, by another path, a second, saving every decision and each outcome', async () => {
    const { session, saves } = createMemorySession();
    const { container, heading, announced } = await renderPlayer(session);

    await click(buttonNamed(container, 'Share briefly, in your own words'));
    const feedback = defined(container.querySelector<HTMLElement>('.scenario-feedback'), '.scenario-feedback');
    expect(document.activeElement).toBe(feedback.querySelector('h4'));
    expect(feedback.textContent).toContain('You chose: Share briefly, in your own words');
    expect(texts(feedback, 'p').slice(1)).toEqual(['What it protects: honesty between equals.', 'What it may cost: some privacy. What else could work: asking what Sam hopes to hear.']);
    expect(announced()).toBe('You chose: Share briefly, in your own words. Feedback on your choice follows.');
    expect(container.querySelector('.scenario-choice')).toBeNull();
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({
      id: 'whats-your-diagnosis',
      state: { path: ['share-briefly'], endingsReached: [] },
      interactions: [{ id: 'urn:peerpath:peer-basics:whats-your-diagnosis:intro', type: 'choice', response: ['share-briefly'], result: 'neutral' }],
    });

    await click(buttonNamed(container, 'Continue'));
    expect(heading().textContent).toBe('Scene 2: After you shared');
    expect(document.activeElement).toBe(heading());
    expect(announced()).toBe('Scene 2: After you shared');

    await takeChoice(container, 'Invite others to share if they wish');
    expect(heading().textContent).toBe('Ending: An open start');
    expect(document.activeElement).toBe(heading());
    expect(announced()).toBe('Ending: An open start');
    expect(container.textContent).toContain('You showed what sharing as an equal can look like.');
    expect(texts(container, '.scenario-dimensions li')).toEqual([
      'Transparency: 2 of a possible 2', 'Safety: 2 of a possible 2', 'Choice: 1, on a scale from -1 to 2',
    ]);
    expect(container.querySelector('.scenario-found')?.textContent).toBe('You have found 1 of 2 endings.');
    expect(texts(container, '.scenario-found-list li')).toEqual(['An open start']);
    const reached = itemAt(saves, -1);
    expect(reached.state).toEqual({
      path: ['share-briefly', 'invite-others'], endingsReached: ['ending-open'],
      lastOutcome: { endingId: 'ending-open', scores: { transparency: 2, safety: 2, choice: 1 } },
    });
    expect(reached.interactions.map((interaction) => [interaction.id, interaction.type])).toEqual([
      ['urn:peerpath:peer-basics:whats-your-diagnosis:after-share', 'choice'],
      ['urn:peerpath:peer-basics:whats-your-diagnosis:ending-open', 'performance'],
    ]);
    expect(itemAt(reached.interactions, 1).response).toEqual([['ending', 'ending-open'], ['transparency', '2'], ['safety', '2'], ['choice', '1']]);

    await click(buttonNamed(container, 'Try a different path'));
    expect(heading().textContent).toBe('Scene 1');
    expect(document.activeElement).toBe(heading());
    expect(saves.at(-1)).toEqual({
      id: 'whats-your-diagnosis', interactions: [],
      state: { path: [], endingsReached: ['ending-open'], lastOutcome: { endingId: 'ending-open', scores: { transparency: 2, safety: 2, choice: 1 } } },
    });

    // A choice without feedback goes straight on.
    await click(buttonNamed(container, 'Say you would rather not'));
    expect(heading().textContent).toBe('Scene 2');
    expect(announced()).toBe('Scene 2');
    expect(texts(container, '.scenario-choice')).toEqual(['Check in with the group', 'Move on to the plan for today']);
    await takeChoice(container, 'Move on to the plan for today');
    expect(heading().textContent).toBe('Ending: A careful start');
    expect(texts(container, '.scenario-dimensions li')).toEqual([
      'Transparency: 0 of a possible 2', 'Safety: 1 of a possible 2', 'Choice: -1, on a scale from -1 to 2',
    ]);
    expect(container.querySelector('.scenario-found')?.textContent).toBe('You have found 2 of 2 endings.');
    expect(texts(container, '.scenario-found-list li')).toEqual(['An open start', 'A careful start']);
    expect(itemAt(saves, -1).state).toMatchObject({ endingsReached: ['ending-open', 'ending-closed'], lastOutcome: { endingId: 'ending-closed' } });
  });

  it('offers a choice only while its condition holds', async () => {
    const { session } = createMemorySession();
    const { container } = await renderPlayer(session);
    await click(buttonNamed(container, 'Ask Sam what they would like to know'));
    expect(texts(container, '.scenario-choice')).toEqual(['Move on to the plan for today']);
  });

  it('never judges: no words of right and wrong in the debrief', async () => {
    const { session } = createMemorySession();
    const { container } = await renderPlayer(session);
    await takeChoice(container, 'Ask Sam what they would like to know');
    await takeChoice(container, 'Move on to the plan for today');
    expect(container.querySelector('.scenario-debrief')?.textContent).not.toMatch(/wrong|incorrect|fail|bad|poor|good|well done|correct/i);
  });
});

describe('going back and starting again', () => {
  it('undoes the last choice, even while its feedback shows, and saves the shorter path without interactions', async () => {
    const { session, saves } = createMemorySession();
    const { container, heading, announced } = await renderPlayer(session);
    await click(buttonNamed(container, 'Share briefly, in your own words'));
    await click(buttonNamed(container, 'Back one step'));
    expect(heading().textContent).toBe('Scene 1');
    expect(document.activeElement).toBe(heading());
    expect(announced()).toBe('Scene 1: The intro meeting, eight people in a circle');
    expect(container.querySelector('.scenario-feedback')).toBeNull();
    expect(saves.at(-1)).toMatchObject({ state: { path: [] }, interactions: [] });

    await takeChoice(container, 'Share briefly, in your own words');
    await takeChoice(container, 'Invite others to share if they wish');
    await click(buttonNamed(container, 'Back one step'));
    expect(heading().textContent).toBe('Scene 2: After you shared');
    expect(saves.at(-1)).toMatchObject({ state: { path: ['share-briefly'], endingsReached: ['ending-open'] }, interactions: [] });

    await click(buttonNamed(container, 'Start again'));
    expect(heading().textContent).toBe('Scene 1');
    expect(document.activeElement).toBe(heading());
    expect(saves.at(-1)).toMatchObject({ state: { path: [], endingsReached: ['ending-open'] }, interactions: [] });
    expect(buttonNamed(container, 'Back one step').disabled).toBe(true);
  });

  it('gives back the variables as they were: a choice closed by the undone step opens again', async () => {
    const { session } = createMemorySession();
    const { container } = await renderPlayer(session);
    await click(buttonNamed(container, 'Ask Sam what they would like to know'));
    await click(buttonNamed(container, 'Back one step'));
    await click(buttonNamed(container, 'Say you would rather not'));
    expect(texts(container, '.scenario-choice')).toEqual(['Check in with the group', 'Move on to the plan for today']);
  });
});

describe('coming back to a scenario', () => {
  it('resumes at the saved scene, quietly, without moving focus', async () => {
    const { session } = createMemorySession({ 'whats-your-diagnosis': { path: ['share-briefly'], endingsReached: [] } });
    const { heading, announced } = await renderPlayer(session);
    expect(heading().textContent).toBe('Scene 2: After you shared');
    expect(document.activeElement).toBe(document.body);
    expect(announced()).toBe('');
  });

  it('shows the debrief again when the saved play ended, with the endings found so far', async () => {
    const { session } = createMemorySession({
      'whats-your-diagnosis': {
        path: ['deflect', 'move-on'], endingsReached: ['ending-open', 'ending-closed'],
        lastOutcome: { endingId: 'ending-closed', scores: { transparency: 0, safety: 1, choice: -1 } },
      },
    });
    const { container, heading } = await renderPlayer(session);
    expect(heading().textContent).toBe('Ending: A careful start');
    expect(container.querySelector('.scenario-found')?.textContent).toBe('You have found 2 of 2 endings.');
    expect(buttonNamed(container, 'Back one step').disabled).toBe(false);
  });

  it('stops a saved path where it no longer fits the scenario', async () => {
    const { session } = createMemorySession({ 'whats-your-diagnosis': { path: ['share-briefly', 'a-choice-since-removed'], endingsReached: [] } });
    const { heading } = await renderPlayer(session);
    expect(heading().textContent).toBe('Scene 2: After you shared');
  });

  it('keeps working, and says the place is not saved, when tracking cannot be reached', async () => {
    const { container, heading } = await renderPlayer(new Error('no tracker'));
    expect(container.textContent).toContain(labels['scenario.notSaved']);
    await takeChoice(container, 'Share briefly, in your own words');
    expect(heading().textContent).toBe('Scene 2: After you shared');
  });

  it('takes no choice before the saved place is loaded, and says why', async () => {
    const { container, heading } = await renderPlayer('pending');
    const share = buttonNamed(container, 'Share briefly, in your own words');
    expect(share.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(defined(share.getAttribute('aria-describedby'), 'aria-describedby'))?.textContent).toBe(labels['scenario.waiting']);
    await click(share);
    expect(heading().textContent).toBe('Scene 1');
  });

  it('renders on the server at the start, as it first hydrates', () => {
    const html = renderToString(<ScenarioPlayer scenario={diagnosis} labels={labels} courseId="peer-basics" language="en" />);
    expect(html).toContain('Scene 1');
    expect(html).toContain('aria-disabled="true"');
  });
});
