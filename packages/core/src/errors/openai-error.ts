/** Root of every error oaikit throws, so one `instanceof` check catches them all. */
export class OpenAIError extends Error {
  override name = "OpenAIError";
}

/** A client-side check failed; nothing was sent. `path` names the offending field. */
export class ValidationError extends OpenAIError {
  override name = "ValidationError";
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** The caller's AbortSignal fired; no further attempt is made. */
export class APIUserAbortError extends OpenAIError {
  override name = "APIUserAbortError";
}

/** No HTTP response arrived (reset, DNS, TLS...), even after the allowed retries. */
export class APIConnectionError extends OpenAIError {
  override name = "APIConnectionError";
}

/** An attempt outlived `timeout`, even after the allowed retries. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = "APIConnectionTimeoutError";
}
