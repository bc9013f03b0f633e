import { readFileSync } from 'node:fs';
import type { Problem } from '../content/checks/problem';

export interface SourceText {
  /** The file's text, without a byte-order mark; bytes that are not UTF-8 become U+FFFD, so the rest can still be checked. */
  text: string;
  problem?: Omit<Problem, 'file'>;
}

const SAVE_AS_UTF8 = 'Save it as UTF-8 (in VS Code: click the encoding in the status bar, choose "Save with Encoding", then "UTF-8").';

/**
 * A course file's text. The build reads UTF-8 without a byte-order mark; anything else is an author
 * problem with the line and column of the first byte that is wrong.
 */
export function readSourceText(file: string): SourceText {
  const bytes = readFileSync(file);
  const lenient = new TextDecoder('utf-8');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: lenient.decode(bytes.subarray(3)),
      problem: {
        line: 1,
        column: 1,
        message: 'The file starts with an invisible byte-order mark (BOM), so its first line is not read as written: a lesson loses its frontmatter, course.yaml its first field.',
        hint: 'Save it as "UTF-8" rather than "UTF-8 with BOM" (in VS Code: click "UTF-8 with BOM" in the status bar, choose "Save with Encoding", then "UTF-8").',
      },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const before = bytes.subarray(0, offset);
    const line = before.filter((byte) => byte === 0x0a).length + 1;
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const column = lenient.decode(bytes.subarray(lineStart, offset)).length + 1;
    return {
      text: lenient.decode(bytes),
      problem: {
        line,
        column,
        message: `The file is not saved as UTF-8 (the first character that is not is on line ${line}, column ${column}), so letters such as æ, ø, å and curly quotes would show as garbage.`,
        hint: `${SAVE_AS_UTF8} If your editor shows odd characters there, retype them after saving.`,
      },
    };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    const valid = new TextDecoder('utf-8', { fatal: true });
    try {
      valid.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return index;
}
