import { dump } from 'js-yaml';
import { countWords } from './compose-lesson-body.ts';

export interface GeneratedModule {
  id: string;
  title: string;
  summary: string;
  lessons: string[];
  hasContentNote: boolean;
}

export interface GeneratedLesson {
  id: string;
  title: string;
  objectives: string[];
  estimatedMinutes: number;
  required: boolean;
  contentNote?: { topics: string[]; why: string; summary: string };
  body: string;
}

/** A lesson's `.mdx` text (frontmatter per src/content/schemas/lesson.ts) and its prose word count. */
export function renderLessonFile(lesson: GeneratedLesson): { text: string; words: number } {
  const { body, required, contentNote, ...rest } = lesson;
  const frontmatter = { ...rest, ...(required ? {} : { required: false }), ...(contentNote ? { contentNote } : {}) };
  return { text: `---\n${dump(frontmatter, { lineWidth: -1 })}---\n\n${body}`, words: countWords(body) };
}

/** `course.yaml` per src/content/schemas/course.ts, shaped like tests/fixtures/valid/tiny-course. */
export function renderCourseYaml(course: { id: string; title: string; modules: GeneratedModule[]; lessonCount: number }): string {
  const data = {
    id: course.id,
    title: course.title,
    summary: `A generated course of ${course.lessonCount} lessons for measuring build speed and search.`,
    language: 'en',
    version: '1.0.0',
    audience: 'The peerpath benchmark.',
    estimatedMinutes: course.lessonCount * 15,
    objectives: ['Facilitate a peer group with care', 'Know where peer support ends'],
    passMark: 80,
    support: [
      { name: 'Emergency services', phone: '112', description: 'Call if someone is in danger right now.', emergency: true },
      { name: 'Your volunteer coordinator', description: 'Talk to them about anything in the course.' },
    ],
    recorded: {
      sent: ['Which lessons you have visited', 'Whether you have completed the course'],
      neverSent: ['Your private reflections'],
      whoSees: 'Your coordinator and the course administrators.',
    },
    modules: course.modules.map((module) => ({
      id: module.id,
      title: module.title,
      summary: module.summary,
      lessons: module.lessons,
      ...(module.hasContentNote
        ? { contentNote: { topics: ['feeling low'], why: 'Some lessons touch on hard days.', summary: 'Take breaks; the support route is always there.' } }
        : {}),
    })),
  };
  return dump(data, { lineWidth: -1 });
}
