import { describe, expect, it } from 'vitest';
import { fitsLocation, fitsSuspendData } from '../../../../src/core/scorm/limits';
import { parseScormVersion } from '../../../../src/core/scorm/scorm-version';

describe('limits and versions', () => {
  it('knows each version’s suspend_data and location limits', () => {
    expect(fitsSuspendData('1.2', 'x'.repeat(4096))).toBe(true);
    expect(fitsSuspendData('1.2', 'x'.repeat(4097))).toBe(false);
    expect(fitsSuspendData('2004', 'x'.repeat(64000))).toBe(true);
    expect(fitsLocation('1.2', 'x'.repeat(256))).toBe(false);
    expect(fitsLocation('2004', 'x'.repeat(1000))).toBe(true);
  });

  it('reads versions from launch parameters', () => {
    expect(parseScormVersion('12')).toBe('1.2');
    expect(parseScormVersion('1.2')).toBe('1.2');
    expect(parseScormVersion('2004')).toBe('2004');
    expect(parseScormVersion('2004 4th')).toBeUndefined();
    expect(parseScormVersion(null)).toBeUndefined();
  });
});
