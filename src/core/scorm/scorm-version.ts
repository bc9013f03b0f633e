export type ScormVersion = '1.2' | '2004';

/** Reads a version as written in launch parameters or storage ("12", "1.2", "2004"); anything else is unknown. */
export function parseScormVersion(text: string | null | undefined): ScormVersion | undefined {
  if (text === '12' || text === '1.2') return '1.2';
  if (text === '2004') return '2004';
  return undefined;
}
