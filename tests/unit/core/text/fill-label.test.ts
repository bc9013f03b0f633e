import { describe, expect, it } from 'vitest';
import { fillLabel } from '../../../../src/core/text/fill-label';

describe('filling a label', () => {
  it('replaces each placeholder it has a value for, and leaves the others as written', () => {
    expect(fillLabel('{count} of {total}', { count: 1 })).toBe('1 of {total}');
    expect(fillLabel('Scene {number}: {title}', { number: 2, title: 'After you shared' })).toBe('Scene 2: After you shared');
  });

  it('takes the text literally, "$&" included', () => {
    expect(fillLabel('About ‘{choice}’:', { choice: 'costs $& more' })).toBe('About ‘costs $& more’:');
  });

  it('keeps the full stop after a value that does not end a sentence', () => {
    expect(fillLabel('You chose: {choice}. Feedback follows.', { choice: 'Share briefly' })).toBe('You chose: Share briefly. Feedback follows.');
    expect(fillLabel('Only when {conditions}.', { conditions: 'trust>=1' })).toBe('Only when trust>=1.');
  });

  it('never ends a sentence twice when the value already ends one', () => {
    const template = 'Du valgte: {choice}. Her kommer en tilbagemelding.';
    expect(fillLabel(template, { choice: 'Vil du vende tilbage senere?' })).toBe('Du valgte: Vil du vende tilbage senere? Her kommer en tilbagemelding.');
    expect(fillLabel(template, { choice: 'Sig det kort.' })).toBe('Du valgte: Sig det kort. Her kommer en tilbagemelding.');
    expect(fillLabel(template, { choice: 'Stop!' })).toBe('Du valgte: Stop! Her kommer en tilbagemelding.');
    expect(fillLabel(template, { choice: 'Og så …' })).toBe('Du valgte: Og så … Her kommer en tilbagemelding.');
  });

  it('sees the end of a sentence inside closing quotes', () => {
    const template = 'You chose: {choice}. Feedback follows.';
    expect(fillLabel(template, { choice: '“No. It is always your choice.”' })).toBe('You chose: “No. It is always your choice.” Feedback follows.');
    expect(fillLabel(template, { choice: '»Hvad vil du gerne vide?«' })).toBe('You chose: »Hvad vil du gerne vide?« Feedback follows.');
    expect(fillLabel(template, { choice: '“Call me,” she says' })).toBe('You chose: “Call me,” she says. Feedback follows.');
  });
});
