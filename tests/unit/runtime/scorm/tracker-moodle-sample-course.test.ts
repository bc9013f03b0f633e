import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toCurriculumEntries } from '../../../../src/content/to-curriculum-entries';
import { listQuizQuestions } from '../../../../src/core/quiz/quiz-questions';
import { readCourseSources } from '../../../../src/integration/read-course-sources';
import { findPathToEnding } from '../../../e2e/support/scenario-paths';
import { planResponse } from '../../../e2e/support/quiz-answers';
import { applyMoodleRules, moodleEntry } from '../../../e2e/lms/moodle-rules.js';
import { writtenValues } from './lms-fakes';
import { check } from './quiz-course-fixture';
import { play } from './scenario-course-fixture';
import { createTrackerFixture, versions } from './tracker-fixtures';

// Done when (issue 9): the whole sample curriculum, in both languages, through the tracker over
// scorm-again with Moodle 4.5's value rules, in both versions: every lesson, every question of
// every quiz (bank questions too) checked, every scenario played to an ending, Save and exit, then
// Moodle's next launch (2004: entry "ab-initio" over the stored attempt). Not one value refused.
// Read from the course sources, so it follows the curriculum as it grows; the browser spec
// lms-moodle.spec.ts shows the same through the built package.

const projectRoot = path.resolve(import.meta.dirname, '../../../..');
const coursesDir = path.join(projectRoot, 'courses');

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const moodle = (version: string) => (lms: never) => {
  applyMoodleRules(lms, version);
};
const refusedCalls = (calls: readonly { name: string; args: unknown[]; result: unknown }[]) =>
  calls.filter((call) => call.result === 'false').map((call) => `${call.name}(${call.args.map(String).join(', ')})`);

describe.runIf(existsSync(coursesDir))('the sample curriculum in an LMS with Moodle 4.5\'s value rules', () => {
  const { courses } = readCourseSources(coursesDir, projectRoot);

  it('has courses to take', () => {
    expect(courses.length).toBeGreaterThan(0);
  });

  for (const source of courses) {
    const { tracking } = toCurriculumEntries(source).course.data;
    // A language version keeps its original's record: lessons it has not translated yet are taken in the original.
    const untranslated = source.original?.lessons.filter((lesson) => !source.lessons.some((own) => own.data.id === lesson.data.id)) ?? [];
    const lessons = [...source.lessons, ...untranslated];
    const quizzes = lessons.flatMap((lesson) => lesson.quizzes);
    const scenarios = lessons.flatMap((lesson) => lesson.scenarios);

    describe.each(versions)(`${tracking.slug}, SCORM $version`, (setup) => {
      const { elements } = setup;

      it('is taken whole with every value accepted, and Moodle\'s next launch resumes all of it', () => {
        const first = createTrackerFixture(setup, moodle(setup.version), tracking);
        first.tracker.start();
        for (const lesson of tracking.lessons) {
          first.tracker.setLocation(lesson.id);
          first.tracker.visitLesson(lesson.id);
        }
        let interactions = 0;
        const answeredIds: string[] = [];
        for (const quiz of quizzes) {
          listQuizQuestions(quiz).forEach((question, index) => {
            const answer = check(question, planResponse(question, index % 3 === 2 ? 'wrong' : 'right'), undefined, quiz.id, tracking.courseId);
            first.tracker.saveQuestion(question.id, answer.state, answer.interaction);
            answeredIds.push(question.id);
            interactions += 1;
          });
        }
        for (const scenario of scenarios) {
          const played = play(scenario, findPathToEnding(scenario).choiceIds, undefined, tracking.courseId);
          first.tracker.saveScenario(scenario.id, played.state, played.interactions);
          interactions += played.interactions.length;
        }
        first.tracker.saveState();
        expect(first.read('cmi.interactions._count')).toBe(String(interactions));
        first.tracker.finish('save-and-exit');

        expect(refusedCalls(first.control.calls), 'values Moodle refused').toEqual([]);
        expect(first.tracker.readDiagnostics()).toEqual([]);
        expect(first.statuses).toEqual(['saved']);
        expect(writtenValues(first.control, elements.exit)).toEqual(['suspend']);
        expect(writtenValues(first.control, elements.sessionTime)).toHaveLength(1);
        const lastWritten = (element: string) => String(writtenValues(first.control, element).at(-1));
        const status = lastWritten(elements.status);
        expect(status).toMatch(setup.version === '1.2' ? /^(passed|failed)$/ : /^completed$/);

        const stored = { location: lastWritten(elements.location), suspendData: lastWritten('cmi.suspend_data'), status };
        const entry = moodleEntry(setup.version, { [elements.status]: status, [elements.exit]: 'suspend' });
        const next = createTrackerFixture(setup, (lms: never) => {
          applyMoodleRules(lms, setup.version);
          setup.preload(lms, { entry, ...stored });
        }, tracking);
        next.tracker.start();
        expect(next.tracker.readLocation()).toBe(stored.location);
        expect([...next.tracker.readVisitedLessonIds()].sort()).toEqual(tracking.lessons.map((lesson) => lesson.id).sort());
        for (const id of answeredIds) expect(next.tracker.readQuestionState(id), id).toEqual(first.tracker.readQuestionState(id));
        for (const scenario of scenarios) expect(next.tracker.readScenarioState(scenario.id), scenario.id).toEqual(first.tracker.readScenarioState(scenario.id));
        next.tracker.finish('pagehide');
        expect(refusedCalls(next.control.calls), 'values Moodle refused in the next launch').toEqual([]);
        expect(writtenValues(next.control, 'cmi.suspend_data').map(String).every((written) => written === stored.suspendData), 'never writes back less').toBe(true);
      });
    });
  }
});
