// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderCourseProgress, renderProgressMarks, renderResumeLink } from '../../../../src/runtime/scorm/course-progress-view';
import { renderTrackingNotice } from '../../../../src/runtime/scorm/tracking-notice';
import { markStates, noticeText, renderCoursePage } from './course-page-fixture';

describe('course progress view', () => {
  it('marks visited lessons with the page’s label and leaves the rest', () => {
    renderCoursePage('overview');
    renderProgressMarks(document, new Set(['listening']));
    expect(markStates()).toEqual([
      'welcome:not-visited:Not visited yet',
      'further-reading:not-visited:Not visited yet',
      'listening:visited:Visited',
      'boundaries:not-visited:Not visited yet',
    ]);
  });

  it('takes the label from the list around the marks when the mark has none', () => {
    document.body.innerHTML =
      '<nav data-visited-label="Besøgt"><span data-progress-mark="welcome" data-state="not-visited"><span class="visually-hidden">Ikke besøgt endnu</span></span></nav>';
    renderProgressMarks(document, new Set(['welcome']));
    const mark = document.querySelector<HTMLElement>('[data-progress-mark]');
    expect([mark?.dataset.state, mark?.textContent]).toEqual(['visited', 'Besøgt']);
  });

  it('fills the progress template', () => {
    renderCoursePage('overview');
    renderCourseProgress(document, { visitedRequired: 1, totalRequired: 3 });
    expect(document.querySelector('[data-course-progress]')?.textContent).toBe('1 of 3 required lessons visited');
  });

  it('keeps the resume link hidden without a bookmark', () => {
    renderCoursePage('overview');
    renderResumeLink(document, undefined, undefined);
    expect(document.querySelector<HTMLAnchorElement>('[data-resume-link]')?.hidden).toBe(true);
  });

  it('shows the notice text the page provides for each status', () => {
    renderCoursePage('overview');
    renderTrackingNotice(document, 'retrying');
    expect(noticeText()).toBe('Saving is taking longer; your progress is kept on this device.');
    renderTrackingNotice(document, 'recovered');
    expect(noticeText()).toBe('Your progress is saved again.');
    renderTrackingNotice(document, undefined);
    expect(noticeText()).toBe('Your progress is saved again.');
  });

  it('says "saved" with how to leave where the course is: never "close this window" inside an LMS frame', () => {
    renderCoursePage('lesson');
    renderTrackingNotice(document, 'saved');
    expect(noticeText()).toBe('Your progress is saved.');
    renderTrackingNotice(document, 'saved', 'lms-closes');
    expect(noticeText()).toBe('Saved; the platform has been asked to close the course.');
    renderTrackingNotice(document, 'saved', 'lms-exit');
    expect(noticeText()).toBe("Saved; use the platform's own exit.");
    renderTrackingNotice(document, 'retrying', 'lms-exit');
    expect(noticeText()).toBe('Saving is taking longer; your progress is kept on this device.');
  });
});
