import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCourseSources, type CourseSource } from '../../../src/integration/read-course-sources';

// The sample curriculum's Danish version is the English course in another language (`translatedFrom: en`).
// The build's match check holds every language version to its original's structure; this test holds
// the sample to more than that (minutes, objectives, who speaks in each scene), for every module the
// Danish version has so far.
const projectRoot = path.resolve(import.meta.dirname, '../../..');
const coursesDir = path.join(projectRoot, 'courses');

// Attributes that are words for the learner: each language has its own. Whether one is there at
// all still has to match (a choice with feedback shows it in both languages).
const TEXT_KEYS = new Set(['title', 'prompt', 'hint', 'feedback', 'trueFeedback', 'falseFeedback', 'text', 'left', 'right', 'setting', 'name', 'role', 'reflect']);
// Words that may differ in number, too: accepted fill-in answers, narrative, and the names of dimensions.
const LANGUAGE_KEYS = new Set(['accepted', 'dimensionNames', 'lessonId']);

/** The same value with every piece of learner-facing text replaced by a marker, keeping ids, order and structure. */
function withoutWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutWords);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, item]): [string, unknown][] => {
    if (LANGUAGE_KEYS.has(key)) return [];
    if (TEXT_KEYS.has(key) && typeof item === 'string') return [[key, 'text']];
    // Narrative: who speaks, in order, is structure; the paragraphs around them are prose.
    if (key === 'blocks' && Array.isArray(item)) return [[key, item.flatMap((block: { kind: string; characterId?: string }) => (block.kind === 'line' ? [block.characterId] : []))]];
    return [[key, withoutWords(item)]];
  }));
}

/** A lesson as its tracked ids see it: where it is, its frontmatter shape, and its checks and role-plays without words. */
function lessonShape(course: CourseSource, lesson: CourseSource['lessons'][number]) {
  return {
    file: path.relative(path.dirname(course.file), lesson.file),
    required: lesson.data.required,
    estimatedMinutes: lesson.data.estimatedMinutes,
    hasContentNote: lesson.data.contentNote !== undefined,
    sensitive: lesson.sensitive,
    objectives: lesson.data.objectives.length,
    quizzes: withoutWords(lesson.quizzes),
    scenarios: withoutWords(lesson.scenarios),
  };
}

describe.runIf(existsSync(coursesDir))('the sample curriculum in its two languages', () => {
  const { courses } = readCourseSources(coursesDir, projectRoot);
  const pairs = courses.flatMap((rendering) => (rendering.original ? [{ original: rendering.original, rendering }] : []));

  it('has a Danish rendering of the English course', () => {
    expect(pairs.map(({ original, rendering }) => [original.data.language, rendering.data.language])).toEqual([['en', 'da']]);
  });

  for (const { original, rendering } of pairs) {
    describe(`${rendering.slug} and ${original.slug}`, () => {
      it('share the version, the pass mark, and every module the rendering has, with the same lessons in the same order; each course\'s minutes are the sum of its lessons\'', () => {
        expect(rendering.data.version).toBe(original.data.version);
        expect(rendering.data.passMark).toBe(original.data.passMark);
        const originalModules = original.data.modules.map((module) => ({ id: module.id, lessons: module.lessons, hasContentNote: module.contentNote !== undefined }));
        const renderedModules = rendering.data.modules.map((module) => ({ id: module.id, lessons: module.lessons, hasContentNote: module.contentNote !== undefined }));
        expect(renderedModules).toEqual(originalModules.filter((module) => renderedModules.some((rendered) => rendered.id === module.id)));
        for (const course of [original, rendering]) {
          expect(course.data.estimatedMinutes, `${course.slug}: estimatedMinutes is the sum of its lessons'`).toBe(course.lessons.reduce((sum, lesson) => sum + lesson.data.estimatedMinutes, 0));
        }
      });

      it('have the same file, frontmatter shape, knowledge checks and role-plays for every lesson, down to each option, scene and choice id', () => {
        const renderedIds = rendering.lessons.map((lesson) => lesson.data.id);
        const originalLessons = original.lessons.filter((lesson) => renderedIds.includes(lesson.data.id));
        expect(originalLessons.map((lesson) => lesson.data.id).sort()).toEqual([...renderedIds].sort());
        for (const lesson of rendering.lessons) {
          const match = originalLessons.find((candidate) => candidate.data.id === lesson.data.id);
          if (!match) continue;
          expect(lessonShape(rendering, lesson), lesson.file).toEqual(lessonShape(original, match));
        }
      });
    });
  }
});
