import { describe, expect, it, vi } from 'vitest';
import { createTermNormaliser, isSearchLanguage, registerSearchLanguages } from '../../../../src/core/search/search-language';

describe('search languages', () => {
  it('registers Danish once, without lunr warning about overwritten functions', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = registerSearchLanguages();
    const second = registerSearchLanguages();
    expect(second).toBe(first);
    expect(typeof first.da).toBe('function');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('normalises a word as the index did: English trims and stems', () => {
    const english = createTermNormaliser('en');
    expect(english('Facilitating')).toBe('facilit');
    expect(english('“boundaries”')).toBe('boundari');
    expect(english('...')).toBe('');
  });

  it('normalises Danish with the Danish stemmer', () => {
    const danish = createTermNormaliser('da');
    expect(danish('Fællesskabet')).toBe(danish('fællesskab'));
    expect(danish('støttende')).toBe(danish('støtte'));
  });

  it('knows which languages it can stem', () => {
    expect(isSearchLanguage('en')).toBe(true);
    expect(isSearchLanguage('da')).toBe(true);
    expect(isSearchLanguage('de')).toBe(false);
  });
});
