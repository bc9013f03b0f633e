import { describe, expect, it } from 'vitest';
import { ContentNoteSchema } from '../../../../src/content/schemas/content-note';
import { CourseSchema } from '../../../../src/content/schemas/course';
import { issuesOf } from './issues-of';

const module = { id: 'first-steps', title: 'First steps', summary: 'The first module.', lessons: ['welcome'] };
const course = {
  id: 'tiny-course',
  title: 'A tiny course',
  summary: 'For tests.',
  language: 'en',
  version: '1.0.0',
  audience: 'The test suite.',
  estimatedMinutes: 30,
  objectives: ['Move between lessons.'],
  passMark: 80,
  support: [{ name: 'Your coordinator', description: 'Talk to them about anything.' }],
  recorded: { sent: ['Lessons visited'], neverSent: ['Reflections'], whoSees: 'Your coordinator.' },
  modules: [module],
};

describe('CourseSchema', () => {
  it('accepts a course with only the required fields and fills in the defaults', () => {
    const parsed = CourseSchema.parse(course);
    expect(parsed.contentNotes).toEqual([]);
    expect(parsed.support).toEqual([{ ...course.support[0], emergency: false }]);
    expect(parsed.modules).toEqual([module]);
  });

  it('accepts versions with two or three parts', () => {
    expect(issuesOf(CourseSchema, { ...course, version: '1.0' })).toEqual([]);
  });

  it('reports every missing field', () => {
    expect(issuesOf(CourseSchema, {})).toHaveLength(12);
  });

  it.each([
    ['a language it has no interface for', { language: 'fr' }, 'invalid_value at language'],
    ['a version that YAML read as a number', { version: 1 }, 'invalid_type at version'],
    ['a version with a prefix', { version: 'v1.0' }, 'invalid_format at version'],
    ['a pass mark above 100', { passMark: 120 }, 'too_big at passMark'],
    ['a negative pass mark', { passMark: -1 }, 'too_small at passMark'],
    ['no support contacts', { support: [] }, 'too_small at support'],
    ['a support contact without a description', { support: [{ name: 'x' }] }, 'invalid_type at support.0.description'],
    ['a phone number written as a number', { support: [{ ...course.support[0], phone: 112 }] }, 'invalid_type at support.0.phone'],
    ['no modules', { modules: [] }, 'too_small at modules'],
    ['a module without lessons', { modules: [{ ...module, lessons: [] }] }, 'too_small at modules.0.lessons'],
    ['a module listing an invalid lesson id', { modules: [{ ...module, lessons: ['Welcome'] }] }, 'invalid_format at modules.0.lessons.0'],
    ['recorded without who sees it', { recorded: { sent: ['a'], neverSent: ['b'] } }, 'invalid_type at recorded.whoSees'],
  ])('rejects %s', (_, change, issue) => {
    expect(issuesOf(CourseSchema, { ...course, ...change })).toEqual([issue]);
  });

  it('rejects fields it does not know at every level', () => {
    expect(
      issuesOf(CourseSchema, {
        ...course,
        audiences: 'x',
        support: [{ ...course.support[0], mail: 'x' }],
        recorded: { ...course.recorded, shared: [] },
        modules: [{ ...module, lesson: [] }],
        contentNotes: [{ topics: ['x'], why: 'y', summary: 'z', note: 'n' }],
      }),
    ).toEqual([
      'unrecognized_keys at contentNotes.0',
      'unrecognized_keys at support.0',
      'unrecognized_keys at recorded',
      'unrecognized_keys at modules.0',
      'unrecognized_keys at (root)',
    ]);
  });
});

describe('ContentNoteSchema', () => {
  it('accepts the extra props a page passes to <ContentNote>, unlike the strict frontmatter schemas', () => {
    const note = { topics: ['x'], why: 'y', summary: 'z' };
    expect(ContentNoteSchema.parse({ ...note, courseId: 'tiny-course' })).toEqual(note);
  });
});
