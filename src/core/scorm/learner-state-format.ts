/**
 * Layout of suspend_data format 2:
 * `2|<seed>|<lesson keys>|<question entries>` and, once a scenario is saved, `|<scenario entries>`.
 * entry = key + payload length + payload; a question payload = attempts + flags + shape + response
 * body (a scenario payload: see scenario-entry-codec.ts). Every field but a fill-in body has a fixed
 * or counted width, so no escaping is needed and any text can sit in a fill-in body. Keys are base
 * 36, so a "|" where the next entry would start ends the question entries.
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

/** Ending, dimension and choice counts of a scenario entry are one base-36 digit each. */
export const MAX_SAVED_SCENARIO_ITEMS = 35;
/** A play's choices beyond these are not saved: it resumes after its first MAX_SAVED_PATH choices. */
export const MAX_SAVED_PATH = 20;
/** Dimension points are two base-36 digits, offset so that −648 … 647 fit; beyond that they are clamped. */
export const POINTS_DIGITS = 2;
export const POINTS_OFFSET = 36 ** POINTS_DIGITS / 2;

export const STATE_FLAG = { correct: 1, revealed: 2, response: 4 } as const;
