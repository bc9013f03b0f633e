import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCourseJsonSchema } from '../../../src/integration/course-json-schema';
import { describeCourseFields, findExampleValue, listCourseFields, toYamlExample } from '../../../src/integration/course-field-reference';
import { CourseSchema } from '../../../src/content/schemas/course';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const schema = createCourseJsonSchema(projectRoot);

describe('the course.yaml reference', () => {
  it('lists every field of the zod schema, nested ones under their parent, with its help text', () => {
    const fields = listCourseFields(schema);
    const paths = fields.map((field) => field.path);
    expect(paths.filter((entry) => !entry.includes('.'))).toEqual(Object.keys(CourseSchema.shape));
    expect(paths).toEqual(expect.arrayContaining(['modules[].lessons', 'support[].phone', 'recorded.whoSees', 'contentNotes[].why']));
    expect(fields.every((field) => field.description !== ''), 'every field has its one line of help').toBe(true);
    expect(fields.find((field) => field.path === 'language')).toMatchObject({ required: true, kind: 'one of: en, da' });
    expect(fields.find((field) => field.path === 'support[].emergency')).toMatchObject({ required: false, kind: 'true or false', defaultValue: 'false' });
    expect(fields.find((field) => field.path === 'modules')?.kind).toBe('list of entries with the fields below (at least 1)');
  });

  it('takes each example from the first course.yaml that has the field, written as YAML', () => {
    const courses = [{ id: 'first', support: [{ name: 'Coordinator' }] }, { id: 'second', support: [{ name: 'Line', phone: '112' }], translatedFrom: 'en' }];
    expect(findExampleValue(courses, 'support[].phone')).toBe('112');
    expect(findExampleValue(courses, 'translatedFrom')).toBe('en');
    expect(findExampleValue(courses, 'passMark')).toBeUndefined();
    expect(toYamlExample('support[].phone', '112')).toBe("phone: '112'");
    expect(toYamlExample('objectives', ['a', 'b', 'c'])).toBe('objectives:\n  - a\n  - b');
    const described = describeCourseFields(schema, courses);
    expect(described.find((field) => field.path === 'id')?.example).toBe('id: first');
    expect(described.find((field) => field.path === 'passMark')?.example).toBeUndefined();
  });
});
