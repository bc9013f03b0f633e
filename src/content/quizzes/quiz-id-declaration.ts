/** An id a quiz element declares, with its line, for the course-wide uniqueness checks. */
export interface QuizIdDeclaration {
  /** Quiz ids are one namespace; question and bank ids share another. */
  kind: 'quiz' | 'question' | 'bank';
  id: string;
  /** 1-based line of the element in the lesson file. */
  line?: number;
}
