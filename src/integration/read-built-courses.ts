import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { z } from 'astro/zod';
import { isAssessmentPlan, type CourseAssessmentPlan } from '../core/quiz/course-assessment-plan';
import { isScenarioPlan, type PlannedScenario } from '../core/scenario/scenario-plan';
import { reportsScore } from '../core/scorm/pass-mark';
import { courseDataPath } from '../core/site-paths';

/** A course as search and packaging need it, from the course data the build wrote beside its pages. */
export interface BuiltCourse {
  /** The course's folder in the built site: its id, or `<id>-<language>` for a language version of it. */
  id: string;
  title: string;
  summary: string;
  version: string;
  language: 'en' | 'da';
  /** Every lesson, in course order. */
  lessonIds: string[];
  /** The course pass mark, when anything carries points (counted questions, scored scenarios): the manifests state it. */
  passMark?: number;
}

/** The built site's courses, by course id, from each `courses/<id>/course-data.json` (the loader's entry data). */
export function readBuiltCourses(distDir: string): BuiltCourse[] {
  const coursesDir = path.join(distDir, 'courses');
  if (!existsSync(coursesDir)) return [];
  return readdirSync(coursesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((courseId) => {
      const file = path.join(distDir, courseDataPath(courseId));
      return existsSync(file) ? [toBuiltCourse(JSON.parse(readFileSync(file, 'utf8')), file)] : [];
    });
}

const CourseDataSchema = z.object({
  courseId: z.string(),
  slug: z.string().optional(),
  title: z.string(),
  summary: z.string(),
  version: z.string(),
  language: z.enum(['en', 'da']),
  lessons: z.array(z.object({ id: z.string(), folder: z.string().optional() })),
  assessment: z.custom<CourseAssessmentPlan>(isAssessmentPlan).optional(),
  scenarios: z.custom<PlannedScenario[]>(isScenarioPlan),
});

function toBuiltCourse(data: unknown, file: string): BuiltCourse {
  const parsed = CourseDataSchema.safeParse(data);
  if (!parsed.success) throw new AstroError(`${file} is not the course data this build writes.`, 'Remove dist/ and build again.');
  const { courseId, slug, title, summary, version, language, lessons, assessment, scenarios } = parsed.data;
  // Language versions share the course id; each has its own folder, search index and packages.
  const lessonIds = lessons.flatMap((lesson) => (lesson.folder === undefined ? [lesson.id] : []));
  const course: BuiltCourse = { id: slug ?? courseId, title, summary, version, language, lessonIds };
  if (assessment && reportsScore(assessment, scenarios)) course.passMark = assessment.passMark;
  return course;
}
