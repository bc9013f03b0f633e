import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { coursesDirectory } from './courses-directory';
import type { CurriculumEntryData } from './curriculum-entry';
import { curriculumLoader } from './curriculum-loader';

export const collections = {
  // Courses and their lessons in one collection: one loader reads each course once and checks it as a whole.
  // The loader has validated every entry against the course and lesson schemas; this only types them.
  curriculum: defineCollection({
    loader: curriculumLoader(coursesDirectory),
    schema: z.custom<CurriculumEntryData>(),
  }),
};
