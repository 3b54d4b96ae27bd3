import type { ClientConfig } from "../client/types.js";
import { redactText } from "../errors/redact.js";
import type { LogLevel } from "./types.js";

const levels: LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** Whether `value` names a log level (for validating `OPENAI_LOG`). */
export const isLogLevel = (value: unknown): value is LogLevel => levels.includes(value as LogLevel);

/** Writes to the client's logger when `level` is enabled by its `logLevel`. */
export const log = (
  config: ClientConfig,
  level: Exclude<LogLevel, "off">,
  message: string,
  ...rest: unknown[]
): void => {
  if (levels.indexOf(level) <= levels.indexOf(config.logLevel)) {
    config.logger[level](`oaikit: ${message}`, ...rest);
  }
};

/**
 * A copy of `headers` safe to log: credential and cookie headers masked whole, and the client's
 * keys masked wherever else a header carries them.
 */
export const redactHeaders = (
  config: ClientConfig,
  headers: Record<string, string>,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      /auth|key|cookie|secret|token/i.test(name) ? "***" : redactText(config, value),
    ]),
  );
