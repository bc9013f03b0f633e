import { z } from 'astro/zod';

/** One way to get help, shown in "Support now" on every page of the course. */
export const SupportContactSchema = z.strictObject({
  /** Who or what this is, e.g. "Emergency services" or "Your volunteer coordinator". */
  name: z.string().min(1),
  /** Phone number, written the way people dial it locally. */
  phone: z.string().optional(),
  /** A web address or email link (mailto:) for this contact. */
  url: z.string().optional(),
  /** When the contact can be reached, e.g. "Every day, 11:00–05:00". */
  hours: z.string().optional(),
  /** One plain sentence on when to use this contact. */
  description: z.string().min(1),
  /** True for the emergency number: it is shown first and stands out. */
  emergency: z.boolean().default(false),
});

export type SupportContact = z.output<typeof SupportContactSchema>;
