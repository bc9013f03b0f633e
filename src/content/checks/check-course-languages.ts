import type { Language } from '../../i18n/strings';
import type { StructureItem } from '../mdx-elements/lesson-structure';
import type { Course } from '../schemas/course';
import { checkLessonMatch } from './check-lesson-match';
import type { LineFinder, Problem } from './problem';

/** What the language check sees of one course folder. */
export interface CourseRendering {
  /** Path of course.yaml relative to the project root. */
  file: string;
  course: Course;
  lineAt: LineFinder;
  /** Every lesson that read without problems, with its structure. */
  lessons: { file: string; id: string; idLine?: number; structure: StructureItem[] }[];
}

/** A language version and the course.yaml it translates. */
export interface TranslationLink {
  translation: CourseRendering;
  original: CourseRendering;
  /** Modules of the original the translation does not list yet, in course order. */
  untranslatedModules: string[];
}

export interface CourseLanguages {
  links: TranslationLink[];
  problems: Problem[];
  warnings: Problem[];
}

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', da: 'Danish' };

/**
 * Links each language version (`translatedFrom`) to the course.yaml with the same id in that language,
 * and checks the two are one course: the same modules in the same order (a version may leave modules
 * out while they are being translated), the same lessons in each module, the same pass mark, and the
 * same structure in every lesson. Every problem names both files.
 */
export function checkCourseLanguages(renderings: readonly CourseRendering[]): CourseLanguages {
  const result: CourseLanguages = { links: [], problems: [], warnings: [] };
  const byId = new Map<string, CourseRendering[]>();
  for (const rendering of renderings) byId.set(rendering.course.id, [...(byId.get(rendering.course.id) ?? []), rendering]);
  for (const group of byId.values()) {
    const originals = group.filter((rendering) => rendering.course.translatedFrom === undefined);
    for (const translation of group.filter((rendering) => rendering.course.translatedFrom !== undefined)) {
      const from = translation.course.translatedFrom as Language;
      const original = originals.find((candidate) => candidate.course.language === from);
      if (!original) {
        result.problems.push(missingOriginal(translation, from, group));
        continue;
      }
      if (original.course.language === translation.course.language) continue;
      const link = checkTranslation(translation, original, result.problems);
      result.links.push(link);
      if (link.untranslatedModules.length > 0) result.warnings.push(untranslatedWarning(link));
    }
  }
  return result;
}

function missingOriginal(translation: CourseRendering, from: Language, group: readonly CourseRendering[]): Problem {
  const others = group.filter((rendering) => rendering !== translation).map((rendering) => `${rendering.file} (${LANGUAGE_NAMES[rendering.course.language]}${rendering.course.translatedFrom ? ', itself a translation' : ''})`);
  return {
    file: translation.file,
    line: translation.lineAt(['translatedFrom']),
    entry: `course "${translation.course.id}"`,
    message: `The course says it is translated from ${LANGUAGE_NAMES[from]} (\`translatedFrom: ${from}\`), but no ${LANGUAGE_NAMES[from]} course.yaml without \`translatedFrom\` has the id "${translation.course.id}"${others.length > 0 ? `; found: ${others.join(', ')}` : ''}.`,
    hint: `Give this course.yaml the \`id\` of the ${LANGUAGE_NAMES[from]} course it translates, or correct \`translatedFrom\` to that course's \`language\`. A course that is not a translation has no \`translatedFrom\`.`,
  };
}

function checkTranslation(translation: CourseRendering, original: CourseRendering, problems: Problem[]): TranslationLink {
  const names = { original: LANGUAGE_NAMES[original.course.language], translation: LANGUAGE_NAMES[translation.course.language] };
  const at = (rendering: CourseRendering, path: readonly PropertyKey[]) => {
    const line = rendering.lineAt(path);
    return line ? `${rendering.file}:${line}` : rendering.file;
  };
  const entry = `course "${translation.course.id}"`;
  if (translation.course.passMark !== original.course.passMark) {
    problems.push({
      file: translation.file, line: translation.lineAt(['passMark']), entry,
      message: `The ${names.translation} course's \`passMark\` is ${translation.course.passMark}, the ${names.original} course's is ${original.course.passMark} (${at(original, ['passMark'])}). Both languages keep one record, so they pass at the same mark.`,
      hint: 'Use the same `passMark` in both course.yaml files.',
    });
  }
  const originalIndex = new Map(original.course.modules.map((module, index) => [module.id, index]));
  let lastIndex = -1;
  translation.course.modules.forEach((module, index) => {
    const found = originalIndex.get(module.id);
    const line = translation.lineAt(['modules', index, 'id']);
    if (found === undefined) {
      problems.push({
        file: translation.file, line, entry: `module "${module.id}"`,
        message: `The ${names.translation} course has the module "${module.id}", but the ${names.original} course (${original.file}) has no module with that id.`,
        hint: `Use the id of the ${names.original} module this one translates, or add the module to ${original.file} first.`,
      });
      return;
    }
    if (found < lastIndex) {
      problems.push({
        file: translation.file, line, entry: `module "${module.id}"`,
        message: `The module "${module.id}" comes earlier in the ${names.original} course (${at(original, ['modules', found, 'id'])}) than here: the two languages list their modules in different orders.`,
        hint: `List the modules in the order of ${original.file}.`,
      });
    }
    lastIndex = Math.max(lastIndex, found);
    const originalModule = original.course.modules[found];
    if (originalModule) checkModuleLessons({ translation, original, names, moduleIndex: index, originalIndex: found, problems });
  });
  const listed = new Set(translation.course.modules.map((module) => module.id));
  const untranslatedModules = original.course.modules.filter((module) => !listed.has(module.id)).map((module) => module.id);
  checkLessons(translation, original, names, listed, problems);
  return { translation, original, untranslatedModules };
}

interface ModuleLessonsCheck {
  translation: CourseRendering;
  original: CourseRendering;
  names: { original: string; translation: string };
  moduleIndex: number;
  originalIndex: number;
  problems: Problem[];
}

function checkModuleLessons({ translation, original, names, moduleIndex, originalIndex, problems }: ModuleLessonsCheck): void {
  const module = translation.course.modules[moduleIndex];
  const originalModule = original.course.modules[originalIndex];
  if (!module || !originalModule) return;
  const same = module.lessons.length === originalModule.lessons.length && module.lessons.every((id, index) => originalModule.lessons[index] === id);
  if (same) return;
  const originalLine = original.lineAt(['modules', originalIndex, 'lessons']);
  const missing = originalModule.lessons.filter((id) => !module.lessons.includes(id));
  const extra = module.lessons.filter((id) => !originalModule.lessons.includes(id));
  const parts = [
    ...(missing.length > 0 ? [`it does not list ${quoteList(missing)}`] : []),
    ...(extra.length > 0 ? [`it lists ${quoteList(extra)}, which the ${names.original} module does not`] : []),
    ...(missing.length === 0 && extra.length === 0 ? ['it lists them in another order'] : []),
  ];
  problems.push({
    file: translation.file,
    line: translation.lineAt(['modules', moduleIndex, 'lessons']),
    entry: `module "${module.id}"`,
    message: `The module's lessons differ from the ${names.original} module's (${originalLine ? `${original.file}:${originalLine}` : original.file}): ${parts.join('; ')}.`,
    hint: `List the same lesson ids in the same order as the ${names.original} module (${originalModule.lessons.join(', ')}). A module being translated is added once all its lessons are.`,
  });
}

/** Every lesson of a translated module against the original lesson with its id. */
function checkLessons(translation: CourseRendering, original: CourseRendering, names: { original: string; translation: string }, listed: ReadonlySet<string>, problems: Problem[]): void {
  const originalLessons = new Map(original.lessons.map((lesson) => [lesson.id, lesson]));
  const translatedIds = new Set(translation.course.modules.filter((module) => listed.has(module.id)).flatMap((module) => module.lessons));
  for (const lesson of translation.lessons) {
    const match = originalLessons.get(lesson.id);
    if (!match || !translatedIds.has(lesson.id)) continue;
    problems.push(...checkLessonMatch({ ...match, language: names.original }, { ...lesson, language: names.translation }));
  }
}

function untranslatedWarning({ translation, original, untranslatedModules }: TranslationLink): Problem {
  const language = LANGUAGE_NAMES[translation.course.language];
  return {
    file: translation.file,
    line: translation.lineAt(['modules']),
    entry: `course "${translation.course.id}"`,
    message: `The ${language} version does not list ${untranslatedModules.length === 1 ? 'the module' : 'the modules'} ${quoteList(untranslatedModules)} of ${original.file} yet: learners see ${untranslatedModules.length === 1 ? 'it' : 'them'} as not yet translated, with a link to the ${LANGUAGE_NAMES[original.course.language]} version.`,
    hint: `Add each module to \`modules\` once all its lessons are translated, in the order of ${original.file}.`,
  };
}

function quoteList(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ');
}
