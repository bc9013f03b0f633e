import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCourseSources } from '../../../src/integration/read-course-sources';
import { countWords } from '../../bench/compose-lesson-body';
import { generateCurriculum } from '../../bench/generate-curriculum';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const made: string[] = [];

function makeDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'peerpath-bench-test-'));
  made.push(dir);
  return dir;
}

function lessonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => path.join(dir, file));
}

const bodyOf = (file: string) => readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('generateCurriculum', () => {
  it('writes 100 lessons as two courses of 50 that pass every course check', () => {
    const dir = makeDir();
    const result = generateCurriculum({ dir, lessons: 100 });
    const sources = readCourseSources(dir, projectRoot);

    expect(sources.problems).toEqual([]);
    expect(sources.courses.map((course) => course.lessons.length)).toEqual([50, 50]);
    expect(result.lessons).toBe(100);
    expect(sources.courses[0]?.data.modules).toHaveLength(5);
  });

  it('writes exactly the lessons asked for when they do not fill the last course', () => {
    const dir = makeDir();
    generateCurriculum({ dir, lessons: 137 });
    const sources = readCourseSources(dir, projectRoot);

    expect(sources.problems).toEqual([]);
    expect(sources.courses.map((course) => course.lessons.length)).toEqual([50, 50, 37]);
    expect(lessonFiles(dir)).toHaveLength(137);
  });

  it('writes 1 000 lessons as ten valid courses of 100', () => {
    const dir = makeDir();
    const result = generateCurriculum({ dir, lessons: 1000 });
    const sources = readCourseSources(dir, projectRoot);

    expect(sources.problems).toEqual([]);
    expect(sources.courses.map((course) => course.lessons.length)).toEqual(Array(10).fill(100));
    expect(result.courses.map((course) => course.lessons)).toEqual(Array(10).fill(100));
  }, 60_000);

  it('writes lessons of 600–900 words with 4–6 headings, some with a ContentNote', () => {
    const dir = makeDir();
    generateCurriculum({ dir, lessons: 100 });
    const bodies = lessonFiles(dir).map(bodyOf);

    for (const body of bodies) {
      expect(countWords(body)).toBeGreaterThanOrEqual(600);
      expect(countWords(body)).toBeLessThanOrEqual(900);
      expect(body.match(/^#{2,3} /gm)?.length).toBeGreaterThanOrEqual(4);
      expect(body.match(/^#{2,3} /gm)?.length).toBeLessThanOrEqual(6);
    }
    const withNote = bodies.filter((body) => body.includes('<ContentNote topics={[')).length;
    expect(withNote).toBeGreaterThan(5);
    expect(withNote).toBeLessThan(60);
  });

  it('writes the same files for the same seed, and different ones for another seed', () => {
    const [first, second, other] = [makeDir(), makeDir(), makeDir()];
    generateCurriculum({ dir: first, lessons: 20, seed: 7 });
    generateCurriculum({ dir: second, lessons: 20, seed: 7 });
    generateCurriculum({ dir: other, lessons: 20, seed: 8 });
    const read = (dir: string) => lessonFiles(dir).map((file) => readFileSync(file, 'utf8'));

    expect(read(second)).toEqual(read(first));
    expect(read(other)).not.toEqual(read(first));
  });
});
