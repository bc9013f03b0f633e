/**
 * Layout of suspend_data format 2:
 * `2|<seed>|<lesson keys>|<question entries>`, entry = key + payload length + payload,
 * payload = attempts + flags + shape + response body. Every field but the body has a fixed width,
 * so no escaping is needed and any text can sit in a fill-in body.
 */
export const STATE_VERSION = '2';
export const PART_SEPARATOR = '|';
export const SEED_LENGTH = 4;
/** Seeds run 0 … 36^4 − 1 so they fit SEED_LENGTH base-36 digits. */
export const SEED_LIMIT = 36 ** SEED_LENGTH;
export const KEY_LENGTH = 4;
export const PAYLOAD_LENGTH_DIGITS = 2;
export const MAX_PAYLOAD_LENGTH = 36 ** PAYLOAD_LENGTH_DIGITS - 1;
/** attempts (1) + flags (1) + shape (2). */
export const PAYLOAD_HEAD_LENGTH = 4;
export const SHAPE_LENGTH = 2;
export const MAX_BODY_LENGTH = MAX_PAYLOAD_LENGTH - PAYLOAD_HEAD_LENGTH;
/** `2|` + seed + `|` before the lesson keys and `|` after them. */
export const HEADER_LENGTH = STATE_VERSION.length + 1 + SEED_LENGTH + 1 + 1;
/** Attempts are one base-36 digit; more than 35 checks are saved as 35. */
export const MAX_SAVED_ATTEMPTS = 35;
/** Responses name options, pairs, steps and levels by one base-36 digit each, so 36 at most. */
export const MAX_SAVED_CHOICES = 36;

export const STATE_FLAG = { correct: 1, revealed: 2, response: 4 } as const;
