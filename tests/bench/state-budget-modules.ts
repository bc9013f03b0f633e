// Loaded through Vite's module runner (see measure-state-budget.ts): the project's sources use
// extensionless imports, which Node alone cannot resolve. The figures come from the same codec
// the course runs in the learner's browser.
export { findStateKeyCollisions, measureWorstCaseState } from '../../src/core/scorm/learner-state-codec';
export { SUSPEND_DATA_MAX_LENGTH } from '../../src/core/scorm/limits';
export { readCourseSources } from '../../src/integration/read-course-sources';
export { toScenarioPlan } from '../../src/core/scenario/scenario-plan';
