/** What is wrong and what to do, before the file, line and entry are added. */
export interface Advice {
  message: string;
  hint: string;
}
