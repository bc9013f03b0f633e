import type { StructureItem } from '../mdx-elements/lesson-structure';
import type { Problem } from './problem';

/** One language version of a lesson, as the match check compares it. */
export interface LessonVersion {
  /** Path relative to the project root. */
  file: string;
  id: string;
  idLine?: number;
  /** e.g. "English". */
  language: string;
  structure: StructureItem[];
}

const SAME_STRUCTURE_HINT = (original: LessonVersion) =>
  `Both languages of a lesson have the same sections, content notes, quizzes, questions, options, scenes, choices and endings, with the same ids and settings; only the words differ. Make this lesson match ${original.file}, or change both.`;

/**
 * Compares a translated lesson with its original, item by item (see readLessonStructure), and reports
 * each difference at the translation's line, naming the original's file and line: what is missing,
 * what is extra, and what is set differently.
 */
export function checkLessonMatch(original: LessonVersion, translation: LessonVersion): Problem[] {
  const entry = `lesson "${translation.id}"`;
  const hint = SAME_STRUCTURE_HINT(original);
  const translated = new Map(translation.structure.map((item) => [item.name, item]));
  const originals = new Map(original.structure.map((item) => [item.name, item]));
  const problems: Problem[] = [];
  const where = (version: LessonVersion, item: StructureItem | undefined) => (item?.line ? `${version.file}:${item.line}` : version.file);

  original.structure.forEach((item, index) => {
    const match = translated.get(item.name);
    if (!match) {
      problems.push({
        file: translation.file,
        line: lineBefore(original.structure, index, translated) ?? translation.idLine,
        entry,
        message: `The ${translation.language} lesson has no ${item.name}, which the ${original.language} lesson has (${where(original, item)}: ${item.shape}).`,
        hint,
      });
    } else if (match.shape !== item.shape) {
      problems.push({
        file: translation.file,
        line: match.line,
        entry,
        message: `${capitalise(item.name)} differs between the languages: ${translation.language} ${match.shape}, ${original.language} ${item.shape} (${where(original, item)}).`,
        hint,
      });
    }
  });
  for (const item of translation.structure) {
    if (originals.has(item.name)) continue;
    problems.push({
      file: translation.file,
      line: item.line,
      entry,
      message: `The ${translation.language} lesson has ${item.name} (${item.shape}), which the ${original.language} lesson (${original.file}) does not have.`,
      hint,
    });
  }
  return problems;
}

/** Where a missing item would go in the translation: after the nearest item before it that both have. */
function lineBefore(structure: readonly StructureItem[], index: number, translated: ReadonlyMap<string, StructureItem>): number | undefined {
  for (let at = index - 1; at >= 0; at -= 1) {
    const before = structure[at];
    const line = before ? translated.get(before.name)?.line : undefined;
    if (line !== undefined) return line;
  }
  return undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
