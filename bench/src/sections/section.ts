/** One part of the run: its numbers for latest.json and its table for the terminal. */
export interface Section<T> {
  data: T;
  text: string;
}
