// The trainer area sits outside every course folder, so no SCORM package carries it (packages take
// courses/<id>/ and the shared assets its pages reach; see integration/scorm/collect-course-files).
export const trainersPath = () => '/trainers/index.html';
export const trainerScenarioPath = (courseId: string, scenarioId: string) => `/trainers/${courseId}/${scenarioId}.html`;
