import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../../../src/content/schemas/lesson';
import { issuesOf } from './issues-of';

const lesson = { id: 'welcome', title: 'Welcome', objectives: ['Know how the course works'], estimatedMinutes: 10 };

describe('LessonSchema', () => {
  it('accepts a lesson with only the required fields and fills in the defaults', () => {
    expect(LessonSchema.parse(lesson)).toEqual({ ...lesson, required: true });
  });

  it('accepts an optional lesson with a content note', () => {
    const contentNote = { topics: ['crisis'], why: 'It keeps everyone safe.', summary: 'Use the support route.' };
    expect(LessonSchema.parse({ ...lesson, required: false, contentNote })).toEqual({ ...lesson, required: false, contentNote });
  });

  it('reports every missing field', () => {
    expect(issuesOf(LessonSchema, {})).toEqual([
      'invalid_type at id',
      'invalid_type at title',
      'invalid_type at objectives',
      'invalid_type at estimatedMinutes',
    ]);
  });

  it.each([
    ['an id with capitals and spaces', { id: 'Welcome Lesson' }, 'invalid_format at id'],
    ['an id with a double dash', { id: 'welcome--lesson' }, 'invalid_format at id'],
    ['an id longer than 64 characters', { id: 'a'.repeat(65) }, 'too_big at id'],
    ['an empty title', { title: '' }, 'too_small at title'],
    ['objectives written as one text', { objectives: 'Listen' }, 'invalid_type at objectives'],
    ['no objectives', { objectives: [] }, 'too_small at objectives'],
    ['an empty objective', { objectives: [''] }, 'too_small at objectives.0'],
    ['minutes written as a word', { estimatedMinutes: 'ten' }, 'invalid_type at estimatedMinutes'],
    ['minutes that are not whole', { estimatedMinutes: 7.5 }, 'invalid_type at estimatedMinutes'],
    ['zero minutes', { estimatedMinutes: 0 }, 'too_small at estimatedMinutes'],
    ['required written as yes', { required: 'yes' }, 'invalid_type at required'],
    ['a content note without a summary', { contentNote: { topics: ['x'], why: 'y' } }, 'invalid_type at contentNote.summary'],
  ])('rejects %s', (_, change, issue) => {
    expect(issuesOf(LessonSchema, { ...lesson, ...change })).toEqual([issue]);
  });

  it('rejects fields it does not know, at the top and inside the content note', () => {
    const contentNote = { topics: ['x'], why: 'y', summary: 'z', sumary: 'z' };
    expect(issuesOf(LessonSchema, { ...lesson, objective: ['x'], contentNote })).toEqual([
      'unrecognized_keys at contentNote',
      'unrecognized_keys at (root)',
    ]);
  });
});
