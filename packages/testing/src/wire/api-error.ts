/** An error the emulated API answers with, in the API's `{ error: {...} }` shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string | null;
  readonly param: string | null;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    fields: {
      type?: string;
      code?: string | null;
      param?: string | null;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.type = fields.type ?? "invalid_request_error";
    this.code = fields.code ?? null;
    this.param = fields.param ?? null;
    this.headers = fields.headers ?? {};
  }

  toBody(): {
    error: { message: string; type: string; param: string | null; code: string | null };
  } {
    return {
      error: { message: this.message, type: this.type, param: this.param, code: this.code },
    };
  }
}

export const invalidRequest = (message: string, param: string | null, code: string | null = null) =>
  new ApiError(400, message, { param, code });

export const missingParam = (param: string) =>
  invalidRequest(`Missing required parameter: '${param}'.`, param, "missing_required_parameter");

/** 404 for an object id that is not in the emulator's state. */
export const notFound = (message: string, param: string | null = null) =>
  new ApiError(404, message, { param });

/** The default body of a status-only error (faults, scripted errors), by status. */
export const errorForStatus = (status: number, message?: string): ApiError => {
  if (status === 401) {
    return new ApiError(401, message ?? "Incorrect API key provided.", { code: "invalid_api_key" });
  }
  if (status === 403) return new ApiError(403, message ?? "You are not allowed to do this.");
  if (status === 404) return notFound(message ?? "The requested resource was not found.");
  if (status === 409) return new ApiError(409, message ?? "The request conflicts with another.");
  if (status === 429) {
    return new ApiError(429, message ?? "Rate limit reached for requests.", {
      type: "requests",
      code: "rate_limit_exceeded",
    });
  }
  if (status >= 500) {
    return new ApiError(
      status,
      message ?? "The server had an error while processing your request.",
      {
        type: "server_error",
      },
    );
  }
  return new ApiError(status, message ?? "The request was not valid.");
};
