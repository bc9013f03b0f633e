import type { StringKey } from '../../i18n/en';
import type { Language } from '../../i18n/strings';

export type QuizLabelKey = Extract<StringKey, `quiz.${string}`>;

/** An interface string, its `{placeholders}` filled with values (which may be interface strings themselves). */
export interface LabelText {
  label: QuizLabelKey;
  values?: Readonly<Record<string, string | number | LabelText>>;
}

/** Text a learner reads: the author's words, or an interface string. */
export type ViewText = string | LabelText;

export interface ChoiceItem {
  id: string;
  text: ViewText;
  /** Marked "Correct answer" once the answer is shown. */
  correct?: boolean;
}

export interface LabelledItem {
  id: string;
  text: string;
}

/**
 * The answer controls of one question, as one of the island's widgets shows them (the widgets
 * live in src/islands/quiz/widgets/). Each widget hands the learner's change back through the
 * kind, which makes the new response from it.
 */
export type ControlsView<R> =
  /** Radios or checkboxes, one per line. */
  | { widget: 'choices'; type: 'radio' | 'checkbox'; items: ChoiceItem[]; chosen: readonly string[]; choose: (id: string, checked: boolean) => R }
  /** A one-line text field; Enter checks the answer. */
  | {
    widget: 'text';
    text: string;
    maxLength: number;
    /** The on-screen keyboard to offer. */
    inputMode: 'text' | 'decimal';
    /** A line under the field, e.g. "Up to 40 characters.". */
    help?: ViewText;
    /** Written after the field, e.g. a unit such as "weeks". */
    suffix?: string;
    write: (text: string) => R;
  }
  /** A select for each row, listing the targets in this learner's order. */
  | { widget: 'matches'; rows: LabelledItem[]; targets: LabelledItem[]; matched: Readonly<Record<string, string>>; match: (rowId: string, targetId: string) => R }
  /** A list put in order with "Move up" / "Move down" buttons. */
  | { widget: 'order'; items: LabelledItem[]; reorder: (ids: string[]) => R };

/** The right answer in words: paragraphs and lists. */
export type AnswerBlock = { paragraph: ViewText } | { list: ViewText[]; ordered: boolean };

/** One piece of feedback about the learner's answer: what it is about, and the words. */
export interface ResponseExplanation {
  key: string;
  about?: ViewText;
  text: ViewText;
}

export interface ControlsInput<Q, R> {
  question: Q;
  /** This learner's order of the parts the kind shuffles (see QuestionKind.shownOrder). */
  order: readonly string[] | undefined;
  /** The answer being put together (not necessarily checked yet). */
  response: R | undefined;
  language: Language;
}

/** How the quiz island shows a question of the kind. */
export interface QuestionView<Q, R> {
  controls(input: ControlsInput<Q, R>): ControlsView<R>;
  /** Why an incomplete answer cannot be checked yet, e.g. "Choose an answer first…". */
  needs(question: Q, response: R | undefined): QuizLabelKey;
  /** The answer a learner starts from, before touching anything (a sequence starts as shown). */
  initialResponse?(question: Q, order: readonly string[] | undefined): R | undefined;
  /** The right answer, once shown; none for an unscored kind. */
  answer?(question: Q, language: Language): AnswerBlock[];
  /** Feedback tied to what the learner answered; general feedback is shown separately. */
  explain?(question: Q, response: R, correct: boolean): ResponseExplanation[];
}
