import { z } from 'astro/zod';

/** Lowercase letters, digits and single dashes: safe in URLs, file names and SCORM identifiers. */
export const StableIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'Use lowercase letters, digits and single dashes, e.g. "what-peer-support-is"',
  )
  .max(64, 'Keep ids to 64 characters or fewer');

/** The id an author probably meant when they wrote a title or a near-id ("Welcome Lesson" → "welcome-lesson"). */
export function toStableId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
