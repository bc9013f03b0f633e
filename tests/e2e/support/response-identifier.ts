/**
 * An author's id as the LMS must receive it inside a response, written from the rule the README
 * states rather than from the course's own formatter: "_" doubled, then "-" as "_", so only
 * letters, digits, "_" and "." reach Moodle (which refuses "-" with error 406).
 */
export function asResponseIdentifier(id: string): string {
  return id.replaceAll('_', '__').replaceAll('-', '_');
}
