import { OpenAIError } from "../errors/openai-error.js";

/** `poll` (or a `waitFor...` helper) gave up after `timeoutMs`; `last` is the final value read. */
export class PollTimeoutError extends OpenAIError {
  static override readonly brand: string = "PollTimeoutError";
  constructor(
    /** What was awaited, as the caller named it ("batch batch_123 to finish"). */
    readonly what: string,
    readonly timeoutMs: number,
    readonly last: unknown,
  ) {
    super(`Gave up waiting for ${what} after ${timeoutMs} ms.`);
  }
}
