import { createHash } from 'node:crypto';

/** The CSP source expression that allows exactly this inline text: 'sha256-<base64>' of its UTF-8 bytes. */
export function toPolicyHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
