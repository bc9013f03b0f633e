/** A SCORM version as the emulated LMS names it: "12" (also "1.2") or "2004". */
export type LmsVersion = '12' | '1.2' | '2004';

/** CMI as flat element → value pairs, e.g. { "cmi.core.lesson_status": "incomplete" }. */
export type FlatCmi = Record<string, string>;

/** What the emulation needs of a scorm-again API object, beyond the SCORM functions themselves. */
export interface CmiApi {
  // scorm-again keeps codes as strings, but some paths set numbers.
  lastErrorCode: string | number;
  cmi?: { interactions?: { childArray?: { type?: string }[] } };
}

/** One API call the course made, as the emulated LMS answered it. */
export interface LmsCall {
  method: string;
  args: string[];
  result: string;
  /** The LMS's last error code right after the call: "0" means it succeeded. */
  error: string;
  /** A fault set on the LMS (see LmsFaults) answered this call, or it asks why one did: not the course's mistake. */
  refused?: boolean;
}

/** The ways the emulated LMS misbehaves on purpose; each call one of them answers is logged with `refused`. */
export interface LmsFaults {
  /** Every SetValue and Commit fails with "false" and 101, as an LMS whose connection dropped answers. */
  refuseWrites?: boolean;
  initialize?: 'refuse' | 'throw';
  commit?: 'false' | 'throw';
  /** Regular expressions of elements whose SetValue is refused with a data-model error (1.2: 405, 2004: 406). */
  refuseElements?: string[];
  /** Stores only the first n characters of suspend_data, answering "true" as some LMSs do. */
  truncateSuspendData?: number;
  /** Every Commit (and Finish/Terminate) blocks this long first, as a synchronous request to a slow server does. */
  commitDelayMs?: number;
}
