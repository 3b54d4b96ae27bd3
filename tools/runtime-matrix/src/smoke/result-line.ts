import type { CaseResult } from "./types.js";

/** The marker of the one stdout line a CLI runtime prints its results on. */
export const RESULT_MARKER = "OAIKIT_SMOKE_RESULTS ";

export const formatResultLine = (results: CaseResult[]): string =>
  `${RESULT_MARKER}${JSON.stringify(results)}`;

/** The results a runtime printed, or undefined when it printed none (it crashed first). */
export const parseResultLine = (stdout: string): CaseResult[] | undefined => {
  const line = stdout.split("\n").find((l) => l.startsWith(RESULT_MARKER));
  return line === undefined ? undefined : JSON.parse(line.slice(RESULT_MARKER.length));
};
