import { describe, expect, it } from 'vitest';
import { chooseLeavingWording, isFramed } from '../../../../src/runtime/scorm/leaving-wording';

describe('what "saved" adds about leaving', () => {
  it('offers closing the window only where the course has a window of its own', () => {
    expect(chooseLeavingWording(false, undefined)).toBe('close-window'); // the plain site
    expect(chooseLeavingWording(false, '2004')).toBe('close-window'); // an LMS that opened a new window
    expect(chooseLeavingWording(false, '1.2')).toBe('close-window');
  });

  it('inside an LMS frame, says the 2004 LMS was asked to close the course, and points to a 1.2 LMS\'s own exit', () => {
    expect(chooseLeavingWording(true, '2004')).toBe('lms-closes');
    expect(chooseLeavingWording(true, '1.2')).toBe('lms-exit');
    expect(chooseLeavingWording(true, undefined)).toBe('lms-exit');
  });

  it('counts a window as framed only when its top is another window', () => {
    const own = {};
    expect(isFramed({ self: own, top: own })).toBe(false);
    expect(isFramed({ self: own, top: null })).toBe(false);
    expect(isFramed({ self: own, top: {} })).toBe(true);
  });
});
