import { describe, expect, it } from 'vitest';
import {
  fromLessonStatus12, parseCompletionStatus, parseSuccessStatus, toLessonStatus12,
} from '../../../../src/core/scorm/status';

describe('status vocabularies', () => {
  it('folds completion and success into a 1.2 lesson_status, never "not attempted"', () => {
    expect(toLessonStatus12('incomplete', 'unknown')).toBe('incomplete');
    expect(toLessonStatus12('completed', 'unknown')).toBe('completed');
    expect(toLessonStatus12('completed', 'passed')).toBe('passed');
    expect(toLessonStatus12('incomplete', 'failed')).toBe('failed');
  });

  it('splits a 1.2 lesson_status read from the LMS', () => {
    expect(fromLessonStatus12('passed')).toEqual({ completion: 'completed', success: 'passed' });
    expect(fromLessonStatus12('failed')).toEqual({ completion: 'completed', success: 'failed' });
    expect(fromLessonStatus12('completed')).toEqual({ completion: 'completed', success: 'unknown' });
    expect(fromLessonStatus12('browsed')).toEqual({ completion: 'incomplete', success: 'unknown' });
    expect(fromLessonStatus12('not attempted')).toEqual({ completion: 'not attempted', success: 'unknown' });
    expect(fromLessonStatus12('')).toEqual({ completion: 'unknown', success: 'unknown' });
  });

  it('reads 2004 statuses case-sensitively, defaulting to unknown', () => {
    expect(parseCompletionStatus('completed')).toBe('completed');
    expect(parseCompletionStatus('Completed')).toBe('unknown');
    expect(parseSuccessStatus('failed')).toBe('failed');
    expect(parseSuccessStatus('wrong')).toBe('unknown');
  });
});
