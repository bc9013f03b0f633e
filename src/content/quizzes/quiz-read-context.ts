import type { Language } from '../../i18n/strings';
import type { Problem } from '../checks/problem';
import type { Advice } from '../mdx-elements/advice';
import { lineOf, type MdastNode } from '../mdx-elements/mdast-node';
import type { QuizPlacement } from './element-placement';
import type { QuizElements } from './quiz-elements';
import type { QuizIdDeclaration } from './quiz-id-declaration';

/** What reading one lesson's quizzes needs and collects. */
export interface QuizReadContext {
  /** Path of the lesson relative to the project root. */
  file: string;
  lessonId: string;
  /** Course language: chooses the default likert levels. */
  language: Language;
  /** The question kinds the course can use, and their elements. */
  elements: QuizElements;
  placement: QuizPlacement;
  problems: Problem[];
  declarations: QuizIdDeclaration[];
}

/** Adds a problem about `node`, naming `entry` (the quiz, question or bank), or the lesson when the entry has no id. */
export function reportAt(context: QuizReadContext, node: MdastNode, entry: string | undefined, advice: Advice): void {
  context.problems.push({ file: context.file, line: lineOf(node), entry: entry ?? lessonEntry(context), ...advice });
}

/** `question "what-peer-support-is"`, from the id as written (even an invalid one); undefined without an id. */
export function entryOf(kind: 'quiz' | 'question' | 'bank', written: Record<string, unknown>): string | undefined {
  return typeof written.id === 'string' && written.id !== '' ? `${kind} "${written.id}"` : undefined;
}

function lessonEntry(context: QuizReadContext): string | undefined {
  return context.lessonId ? `lesson "${context.lessonId}"` : undefined;
}
