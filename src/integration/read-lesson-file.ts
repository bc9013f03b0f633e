import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LessonOutline } from '../content/checks/check-course-tree';
import { checkFlowLists } from '../content/checks/check-flow-lists';
import { checkLessonBody } from '../content/checks/check-lesson-body';
import { checkMdxComponents } from '../content/checks/check-mdx-components';
import { valueAt } from '../content/checks/describe-value';
import type { Problem } from '../content/checks/problem';
import { collectLessonReferences, type LessonReferences } from '../content/mdx-elements/collect-lesson-references';
import { zodIssuesToProblems } from '../content/checks/zod-issues-to-problems';
import type { QuizIdDeclaration } from '../content/quizzes/quiz-id-declaration';
import { quizzesFromMdast } from '../content/quizzes/quizzes-from-mdast';
import type { ExtractedScenario } from '../content/scenarios/read-scenario';
import type { ScenarioIdDeclaration } from '../content/scenarios/scenario-id-declaration';
import { scenariosFromMdast } from '../content/scenarios/scenarios-from-mdast';
import { LessonSchema, type Lesson } from '../content/schemas/lesson';
import { readFrontmatterStructure, readLessonStructure, type StructureItem } from '../content/mdx-elements/lesson-structure';
import { MDX_COMPONENT_NAMES, TOP_LEVEL_MDX_COMPONENT_NAMES } from '../core/mdx-component-names';
import type { QuizDefinition } from '../core/quiz/quiz-definition';
import type { Language } from '../i18n/strings';
import { parseMdxSource } from './parse-mdx-source';
import { readSourceText } from './read-source-text';
import { createYamlLineFinder } from './yaml-field-lines';

export interface LessonFile {
  /** Undefined when the frontmatter has problems. */
  lesson?: Lesson;
  /** Undefined when no id can be read from the frontmatter. */
  outline?: LessonOutline;
  /** The lesson's quizzes without problems of their own. */
  quizzes: QuizDefinition[];
  /** Every quiz, question and bank id the lesson declares, for the course-wide checks. */
  quizDeclarations: QuizIdDeclaration[];
  /** The lesson's scenarios without problems of their own. */
  scenarios: ExtractedScenario[];
  /** Every scenario id the lesson declares, for the course-wide checks. */
  scenarioDeclarations: ScenarioIdDeclaration[];
  /** A content note in the frontmatter or the text: the page offers "Exit this page". */
  sensitive: boolean;
  /** Links as written, for the course-wide link check. */
  links: LessonReferences['links'];
  /** What another language version of the lesson must match (see checkLessonMatch). */
  structure: StructureItem[];
  problems: Problem[];
}

/** Reads and checks one MDX lesson: its frontmatter, its MDX syntax, the components it uses, its quizzes and its scenarios. */
export function readLessonFile(file: string, shown: string, language: Language, publicDir?: string): LessonFile {
  const source = readSourceText(file);
  const parsed = parseMdxSource(source.text);
  const lineAt = createYamlLineFinder(parsed.frontmatterText ?? '', 2);
  const id = readId(parsed.frontmatter, parsed.frontmatterText);
  const entry = id === undefined ? undefined : `lesson "${id}"`;
  const problems: Problem[] = [];
  if (source.problem) problems.push({ file: shown, entry, ...source.problem });
  if (parsed.frontmatterError) problems.push({ file: shown, entry, ...parsed.frontmatterError });
  if (parsed.frontmatterText !== undefined) problems.push(...checkFlowLists(parsed.frontmatterText, 2, { file: shown, entry }));
  if (parsed.syntaxError) problems.push({ file: shown, entry, ...parsed.syntaxError });
  problems.push(...checkMdxComponents(shown, entry, parsed.jsxUses, MDX_COMPONENT_NAMES, TOP_LEVEL_MDX_COMPONENT_NAMES));
  const references = parsed.tree ? collectLessonReferences(parsed.tree) : undefined;
  if (references) problems.push(...checkLessonBody(shown, entry, references, lessonFileLookup(file, publicDir)));
  const where = { lessonId: id ?? '', file: shown, language };
  const quizzes = parsed.tree ? quizzesFromMdast(parsed.tree, where) : { quizzes: [], problems: [], declarations: [] };
  problems.push(...quizzes.problems);
  const scenarios = parsed.tree ? scenariosFromMdast(parsed.tree, where) : { scenarios: [], problems: [], declarations: [] };
  problems.push(...scenarios.problems);

  const result = parsed.frontmatterError ? undefined : LessonSchema.safeParse(parsed.frontmatter);
  if (result && !result.success) {
    problems.push(
      ...zodIssuesToProblems(result.error, {
        file: shown,
        wholeName: 'The frontmatter',
        schema: LessonSchema,
        input: parsed.frontmatter,
        lineAt,
        locate: (path) => ({ entry, path }),
      }),
    );
  }
  const outline = id === undefined ? undefined : { file: shown, id, idLine: lineAt(['id']), valid: result?.success === true };
  return {
    lesson: result?.success ? result.data : undefined,
    outline,
    quizzes: quizzes.quizzes,
    quizDeclarations: quizzes.declarations,
    scenarios: scenarios.scenarios,
    scenarioDeclarations: scenarios.declarations,
    sensitive: valueAt(parsed.frontmatter, ['contentNote']) !== undefined || parsed.jsxUses.some((use) => use.name === 'ContentNote'),
    links: references?.links ?? [],
    structure: parsed.tree ? [...readFrontmatterStructure(result?.success ? result.data : undefined, lineAt), ...readLessonStructure(parsed.tree)] : [],
    problems,
  };
}

/** The lesson's id as written; read from the raw text when the YAML itself is broken, so modules listing it still match. */
function readId(frontmatter: unknown, text: string | undefined): string | undefined {
  const id = valueAt(frontmatter, ['id']);
  if (typeof id === 'string') return id;
  if (frontmatter !== undefined || text === undefined) return undefined;
  return /^id:[ \t]*["']?([^"'\s#]+)/m.exec(text)?.[1];
}

/** Files next to the lesson (images, imports) and in the site's public/ folder, looked up on disk. */
function lessonFileLookup(file: string, publicDir: string | undefined) {
  const isFile = (candidate: string) => existsSync(candidate) && statSync(candidate).isFile();
  return {
    existsBesideLesson: (relative: string, extensions: readonly string[] = ['']) =>
      extensions.some((extension) => isFile(path.resolve(path.dirname(file), relative + extension))),
    existsInPublic: (sitePath: string) => publicDir !== undefined && isFile(path.join(publicDir, sitePath)),
  };
}
