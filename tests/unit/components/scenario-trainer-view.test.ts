import { describe, expect, it } from 'vitest';
import { countScenarioParts, describeCounts, describeWeight, formatPoints, formatRange } from '../../../src/components/scenario-diagram/describe-scenario';
import { trainerScenarioPath, trainersPath } from '../../../src/components/scenario-diagram/trainer-paths';
import { collectCourseFiles } from '../../../src/integration/scorm/collect-course-files';
import { createTranslator } from '../../../src/i18n/strings';
import { diagnosis } from '../core/scenario/sample-scenarios';
import { itemAt } from '../../support/defined';

const t = createTranslator('en');

describe('the trainer view’s words', () => {
  it('counts scenes, endings and choices', () => {
    expect(countScenarioParts(diagnosis)).toEqual({ scenes: 3, endings: 2, choices: 7 });
    expect(t('trainers.summary', countScenarioParts(diagnosis))).toBe('3 scenes, 2 endings, 7 choices.');
  });

  it('writes points with signs and ranges as from–to', () => {
    expect(formatPoints(itemAt(itemAt(diagnosis.scenes, 0).choices, 1))).toBe('safety +1, choice −1');
    expect(formatRange('safety', { min: 0, max: 3 }, t)).toBe('safety: 0 to 3');
    expect(formatRange('safety', { min: 2, max: 2 }, t)).toBe('safety: 2');
  });

  it('says what a scenario counts for', () => {
    expect(describeCounts(diagnosis, t)).toBe('Practice only: tracked, but counts for nothing.');
    expect(describeCounts({ ...diagnosis, counts: 'score' }, createTranslator('da'))).toMatch(/^Tæller med i gennemførelse og score/);
  });

  it('gives a scored scenario’s weight beside the course’s other scored scenarios, and none for the rest', () => {
    const scored = { ...diagnosis, counts: 'score' as const, weight: 2 };
    const course = [scored, { counts: 'score' as const, weight: 1 }, { counts: 'completion' as const, weight: 1 }, { counts: 'practice' as const, weight: 1 }];
    expect(describeWeight(scored, course, t)).toMatch(/^2 of the 3 points the scored scenarios of this course add to the course score\. /);
    expect(describeWeight(scored, course, createTranslator('da'))).toMatch(/^2 af de 3 point/);
    expect(describeWeight({ counts: 'completion', weight: 1 }, course, t)).toBeUndefined();
    expect(describeWeight({ counts: 'practice', weight: 1 }, course, t)).toBeUndefined();
  });
});

describe('the trainer area', () => {
  it('lives outside the course folders, so no SCORM package carries it', () => {
    const files = [
      'courses/peer-basics/index.html', 'index.html', trainersPath().slice(1), trainerScenarioPath('peer-basics', 'whats-your-diagnosis').slice(1),
    ];
    const page = new TextEncoder().encode('<a href="../../trainers/peer-basics/whats-your-diagnosis.html">x</a><a href="../../trainers/index.html">y</a>');
    expect(collectCourseFiles('/dist', 'peer-basics', () => page, { files })).toEqual(['courses/peer-basics/index.html']);
  });
});
