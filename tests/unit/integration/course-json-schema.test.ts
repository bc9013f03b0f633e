import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseJsonSchemaFile, createCourseJsonSchema, formatCourseJsonSchema } from '../../../src/integration/course-json-schema';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const generated = createCourseJsonSchema(projectRoot);

describe('the JSON schema for course.yaml', () => {
  it('in the repository is the one the zod schema and its JSDoc make now (regenerate with `npx peerpath schema`)', () => {
    expect(readFileSync(path.join(projectRoot, courseJsonSchemaFile), 'utf8')).toBe(formatCourseJsonSchema(generated));
  });

  it('refuses fields course.yaml does not have and explains each field with its JSDoc, nested parts too', () => {
    const properties = generated.properties as Record<string, { description?: string; items?: { properties?: Record<string, { description?: string }> } }>;
    expect(generated.additionalProperties).toBe(false);
    expect(properties.passMark?.description).toBe('Percentage (0–100) needed to pass the counted knowledge checks.');
    expect(properties.modules?.items?.properties?.lessons?.description).toMatch(/^Lesson ids in the order learners meet them\./);
    expect(properties.support?.items?.properties?.emergency?.description).toMatch(/^True for the emergency number/);
    expect(properties.contentNotes?.items?.properties?.why?.description).toMatch(/^Why the material is in the course/);
    expect(generated.required).toEqual(expect.arrayContaining(['id', 'title', 'language', 'modules']));
  });
});
