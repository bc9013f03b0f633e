/** A scenario id as written, with its line, for the course-wide uniqueness checks. */
export interface ScenarioIdDeclaration {
  id: string;
  /** 1-based line of the `<Scenario>` in the lesson file. */
  line?: number;
}
