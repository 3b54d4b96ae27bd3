/** One client under test, bound to the bench server. */
export interface Candidate {
  name: string;
  /** One non-streaming `POST /responses`; resolves to the parsed body. Absent for stream-only rows. */
  json?: () => Promise<unknown>;
  /**
   * One streaming `POST /responses`, read to the end; resolves to the number of events.
   * Absent for references that have no stream reader of their own (ky).
   */
  stream?: () => Promise<number>;
}
