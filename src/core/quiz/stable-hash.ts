/**
 * FNV-1a, 32 bits: tiny, fast and the same in every browser and in node. Used where a learner's
 * saved state needs a short, stable stand-in for an author's id (draws, shuffles, state keys);
 * never for anything secret.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
