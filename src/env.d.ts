/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Language of the course being rendered, so MDX components pick the right strings. */
    courseLanguage?: import('./i18n/strings').Language;
    /** Id of the course being rendered, so MDX components can link within it. */
    courseId?: string;
    /** The quizzes of the lesson being rendered, by quiz id, read from its MDX; `<Quiz id>` looks itself up here. */
    lessonQuizzes?: ReadonlyMap<string, import('./core/quiz/quiz-definition').QuizDefinition>;
    /** The scenarios of the lesson being rendered, by scenario id, read from its MDX; `<Scenario id>` looks itself up here. */
    lessonScenarios?: ReadonlyMap<string, import('./core/scenario/scenario-definition').ScenarioDefinition>;
  }
}

// For plain `tsc`: .astro files are typed by Astro's own tooling (astro check, the editor plugin).
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
