import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeLessonBody } from './compose-lesson-body.ts';
import { renderCourseYaml, renderLessonFile, type GeneratedModule } from './render-course-files.ts';
import { LESSON_TOPICS } from './lesson-topics.ts';
import { createSeededRandom, type SeededRandom } from './seeded-random.ts';

export interface CurriculumOptions {
  /** Folder to write courses into (one sub-folder per course); created if missing. */
  dir: string;
  lessons: number;
  seed?: number;
  /** Lessons per course; defaults to 50 for small curricula and 100 from 500 lessons up. */
  lessonsPerCourse?: number;
  lessonsPerModule?: number;
}

export interface GeneratedCurriculum {
  dir: string;
  /** Each course with its lesson ids in course order. */
  courses: { id: string; title: string; lessons: number; lessonIds: string[] }[];
  lessons: number;
  words: number;
}

const CONTENT_NOTE_TOPICS = [['feeling low'], ['thoughts of suicide'], ['past trauma', 'abuse'], ['grief'], ['self-harm']];

/** Writes `lessons` lessons as realistic courses under `dir`. Same options, same files. */
export function generateCurriculum(options: CurriculumOptions): GeneratedCurriculum {
  const random = createSeededRandom(options.seed ?? 20_250_101);
  const perCourse = options.lessonsPerCourse ?? (options.lessons >= 500 ? 100 : 50);
  const perModule = options.lessonsPerModule ?? 10;
  const result: GeneratedCurriculum = { dir: options.dir, courses: [], lessons: 0, words: 0 };

  for (let start = 0, courseNumber = 1; start < options.lessons; start += perCourse, courseNumber++) {
    const count = Math.min(perCourse, options.lessons - start);
    const course = writeCourse(random, options.dir, courseNumber, count, perModule);
    result.courses.push({ id: course.id, title: course.title, lessons: count, lessonIds: course.lessonIds });
    result.lessons += count;
    result.words += course.words;
  }
  return result;
}

function writeCourse(random: SeededRandom, root: string, courseNumber: number, lessonCount: number, perModule: number) {
  const id = `bench-course-${pad(courseNumber)}`;
  const title = `Peer support practice, volume ${courseNumber}`;
  const courseDir = path.join(root, id);
  const modules: GeneratedModule[] = [];
  let words = 0;

  for (let first = 0, moduleNumber = 1; first < lessonCount; first += perModule, moduleNumber++) {
    const moduleTopic = random.pick(LESSON_TOPICS);
    const module: GeneratedModule = {
      id: `module-${pad(moduleNumber)}`,
      title: `${moduleTopic.title} in practice`,
      summary: `Lessons on ${moduleTopic.phrases.slice(0, 3).join(', ')} for peer facilitators.`,
      lessons: [],
      hasContentNote: random.chance(0.1),
    };
    const moduleDir = path.join(courseDir, `${pad(moduleNumber)}-${module.id}`);
    mkdirSync(moduleDir, { recursive: true });
    for (let i = 0; i < Math.min(perModule, lessonCount - first); i++) {
      const lessonNumber = first + i + 1;
      const topic = random.pick(LESSON_TOPICS);
      const lessonId = `${slugify(topic.title)}-${pad(lessonNumber, 3)}`;
      const body = composeLessonBody(random, topic, {
        targetWords: random.integer(590, 720),
        contentNoteTopics: random.chance(0.25) ? random.pick(CONTENT_NOTE_TOPICS) : undefined,
      });
      const file = renderLessonFile({
        id: lessonId,
        title: `${topic.title} (${lessonNumber})`,
        objectives: random.pickSome(topic.phrases, random.integer(1, 3)).map((phrase) => `Work with ${phrase} in a group`),
        estimatedMinutes: random.integer(10, 25),
        required: !random.chance(0.08),
        contentNote: random.chance(0.1) ? { topics: random.pick(CONTENT_NOTE_TOPICS), why: `The lesson talks about ${topic.phrases[0]}.`, summary: 'Read the summary, or come back later.' } : undefined,
        body,
      });
      writeFileSync(path.join(moduleDir, `${pad(i + 1)}-${lessonId}.mdx`), file.text);
      module.lessons.push(lessonId);
      words += file.words;
    }
    modules.push(module);
  }
  writeFileSync(path.join(courseDir, 'course.yaml'), renderCourseYaml({ id, title, modules, lessonCount }));
  return { id, title, words, lessonIds: modules.flatMap((module) => module.lessons) };
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
