import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CourseSchema } from './schemas/course';
import { LessonSchema } from './schemas/lesson';
import { coursesDirectory } from './courses-directory';

// Entry ids are the file paths, so an author's duplicate `id` cannot silently overwrite
// another entry; the course checks report duplicates before Astro loads anything.
const entryIdFromPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

export const collections = {
  courses: defineCollection({
    loader: glob({ pattern: '*/course.{yaml,yml}', base: coursesDirectory(), generateId: entryIdFromPath }),
    schema: CourseSchema,
  }),
  lessons: defineCollection({
    loader: glob({ pattern: '*/**/*.mdx', base: coursesDirectory(), generateId: entryIdFromPath }),
    schema: LessonSchema,
  }),
};
