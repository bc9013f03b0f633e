import type { Page } from '@playwright/test';
import { decodeLessonPlace } from '../../../src/core/scorm/lesson-place';
import type { ScormVersion } from './built-site';

/** One API call the course made, as the test LMS (lms/harness.js) recorded it. */
export interface LmsCall {
  method: string;
  args: string[];
  result: string;
  /** The LMS's last error code right after the call: "0" means it succeeded. */
  error: string;
  /** The test made the LMS refuse this call (window.lmsRefusing); the course did nothing wrong. */
  refused?: boolean;
}

export type FlatCmi = Record<string, string>;

interface HarnessWindow {
  lmsLog: LmsCall[];
  lmsStored: FlatCmi | null;
}

/** API function names and CMI element names, per SCORM version. */
export const scormNames = {
  '12': {
    initialize: 'LMSInitialize',
    finish: 'LMSFinish',
    setValue: 'LMSSetValue',
    completion: 'cmi.core.lesson_status',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    entry: 'cmi.core.entry',
    suspendData: 'cmi.suspend_data',
  },
  '2004': {
    initialize: 'Initialize',
    finish: 'Terminate',
    setValue: 'SetValue',
    completion: 'cmi.completion_status',
    location: 'cmi.location',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    entry: 'cmi.entry',
    suspendData: 'cmi.suspend_data',
  },
} as const satisfies Record<ScormVersion, Record<string, string>>;

/**
 * The lesson a location (bookmark) points at: it is the lesson id alone for the top of a lesson, or
 * `lesson-id~section~share` for a place further in (README, "exact return").
 */
/** The lesson a stored bookmark names, read as the course reads it (the place in the lesson follows the id). */
export const lessonOfLocation = (location: string | undefined): string | undefined =>
  location === undefined ? undefined : decodeLessonPlace(location)?.lessonId;

export function readLmsLog(page: Page): Promise<LmsCall[]> {
  return page.evaluate(() => (window as unknown as HarnessWindow).lmsLog);
}

/** What the LMS persisted at the last successful Commit / Finish / Terminate. */
export async function readLmsStored(page: Page): Promise<FlatCmi> {
  const stored = await page.evaluate(() => (window as unknown as HarnessWindow).lmsStored);
  if (!stored) throw new Error('The course never committed anything to the LMS.');
  return { ...stored };
}

export function countCalls(log: LmsCall[], method: string): number {
  return log.filter((call) => call.method === method).length;
}

/** Every value the course set on one CMI element, in order. */
export function readValuesSet(log: LmsCall[], version: ScormVersion, element: string): string[] {
  return log
    .filter((call) => call.method === scormNames[version].setValue && call.args[0] === element && !call.refused)
    .flatMap((call) => call.args[1] ?? []);
}

// SCORM 2004 answers a read of a value never set with 403 "not initialized": that is "nothing
// stored", which the course asks about on every launch whatever cmi.entry says, not a mistake.
const isNothingStored = (call: LmsCall) => /GetValue$/.test(call.method) && call.error === '403';

/** Calls the LMS answered with an error it was not told to give: the course's own mistakes. */
export function describeFailedCalls(log: LmsCall[]): string[] {
  return log
    .filter((call) => call.error !== '0' && !call.refused && !isNothingStored(call))
    .map((call) => `${call.method}(${call.args.map((arg) => JSON.stringify(arg)).join(', ')}) → ${call.result}, error ${call.error}`);
}
