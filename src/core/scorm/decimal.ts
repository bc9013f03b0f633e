/**
 * Writes a number the way SCORM's CMIDecimal / real(10,7) types accept it: plain digits, a dot,
 * no exponent, no "-0", at most `maxDecimals` decimals and no trailing zeros.
 */
export function formatDecimal(value: number, maxDecimals = 7): string {
  // CMIDecimal allows at most ten integer digits.
  if (!(Math.abs(value) < 1e10)) throw new RangeError(`SCORM numbers must be finite and below 1e10, got ${value}`);
  const fixed = value.toFixed(maxDecimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
