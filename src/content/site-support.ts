import type { SupportContact } from './schemas/support';

/** Support contacts for pages outside any course: every course's contacts, each listed once. */
export function siteSupportContacts(courses: { support: SupportContact[] }[]): SupportContact[] {
  const seen = new Set<string>();
  return courses
    .flatMap((course) => course.support)
    .filter((contact) => {
      const key = `${contact.name}|${contact.phone ?? ''}|${contact.url ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
