import { describe, expect, it } from 'vitest';
import { listLanguageLinks } from '../../../src/components/language-links';

const english = { language: 'en' as const, slug: 'peer-basics', title: 'Peer basics', lessonIds: ['welcome', 'listening'] };
const danish = { language: 'da' as const, slug: 'peer-basics-da', title: 'Grundkursus', lessonIds: ['welcome'] };

describe('the language switch links', () => {
  it('leads a lesson to the same lesson in every other language, keeping the place', () => {
    expect(listLanguageLinks([english, danish], 'en', 'lesson', 'welcome')).toEqual([
      { language: 'da', href: '/courses/peer-basics-da/welcome.html', keepsPlace: true },
    ]);
  });

  it('names a language that lacks the lesson without a link, and keeps no place', () => {
    expect(listLanguageLinks([english, danish], 'en', 'lesson', 'listening')).toEqual([{ language: 'da', keepsPlace: false }]);
  });

  it('leads the overview, search, recorded and break pages to the same page in the other language', () => {
    expect(listLanguageLinks([english, danish], 'da', 'overview').map((link) => link.href)).toEqual(['/courses/peer-basics/index.html']);
    expect(listLanguageLinks([english, danish], 'da', 'search').map((link) => link.href)).toEqual(['/courses/peer-basics/search.html']);
    expect(listLanguageLinks([english, danish], 'da', 'recorded').map((link) => link.href)).toEqual(['/courses/peer-basics/recorded.html']);
    expect(listLanguageLinks([english, danish], 'da', 'break').map((link) => link.href)).toEqual(['/courses/peer-basics/take-a-break.html']);
  });

  it('lists nothing for a course in one language', () => {
    expect(listLanguageLinks([english], 'en', 'lesson', 'welcome')).toEqual([]);
  });
});
