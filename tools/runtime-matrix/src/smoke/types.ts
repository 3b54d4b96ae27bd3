import type { Client, ClientOptions } from "@oaikit/core";
import type { Emulator } from "@oaikit/testing";

/** How the runtime reaches the emulator: over HTTP (served by the host Node), or in its own process. */
export type SmokeMode = "http" | "in-process";

export interface SmokeContext {
  mode: SmokeMode;
  /** A client on the emulator, with a key and (in a page) `dangerouslyAllowBrowser`. */
  client(overrides?: ClientOptions): Client;
  /** The emulator's `/v1` base URL. */
  baseURL: string;
  /** The emulator's in-process fetch; undefined over HTTP, where the client uses the global one. */
  fetch: typeof fetch | undefined;
  /** True in a web page (Chromium). */
  browser: boolean;
}

/** The outcome a case may return instead of passing: it does not apply to this runtime or mode. */
export interface NotApplicable {
  skip: string;
}

export interface SmokeCase {
  /** Unique, short, lower case: it names the test in every runtime's report. */
  name: string;
  /**
   * Sets the emulator up before any case runs (faults, scripts), the same way for both modes:
   * the host calls it on the HTTP emulator, the runtime on its in-process one.
   */
  prepare?(emulator: Emulator): void;
  run(context: SmokeContext): Promise<NotApplicable | undefined>;
}

export interface CaseResult {
  name: string;
  status: "passed" | "failed" | "skipped";
  /** The failure (message and stack) or why the case was skipped. */
  detail?: string;
}
