import { OpenAIError } from "./openai-error.js";

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value ? value : undefined;

/**
 * The API answered with a non-2xx status (or an unreadable 2xx body).
 * See https://developers.openai.com/api/reference/overview#error-codes
 */
export class APIError extends OpenAIError {
  static override readonly brand: string = "APIError";
  // Declared, not defined: assigned once in the constructor (saves bundle bytes per field).
  declare readonly status: number;
  /** The parsed JSON body, or its text when it was not JSON. */
  declare readonly body: unknown;
  declare readonly headers: Headers;
  declare readonly code: string | undefined;
  declare readonly type: string | undefined;
  declare readonly param: string | undefined;
  /** `x-request-id`: quote it when asking OpenAI for help. */
  declare readonly requestId: string | undefined;

  constructor(status: number, body: unknown, headers: Headers, message?: string) {
    // OpenAI's shape is { error: { message, type, param, code } }; anything else is shown as is.
    const detail = (body as { error?: any } | null)?.error ?? body;
    const shown =
      str(detail?.message) ??
      str(detail) ??
      (body ? JSON.stringify(body) : "status code (no body)");
    // A message is for people and logs: a long body is quoted in part, and kept whole as `body`.
    super(
      message ??
        `${status} ${shown.length > 1000 ? `${shown.slice(0, 1000)}… (see error.body)` : shown}`,
    );
    Object.assign(this, {
      status,
      body,
      headers,
      code: str(detail?.code),
      type: str(detail?.type),
      param: str(detail?.param),
      requestId: headers.get("x-request-id") ?? undefined,
    });
  }

  // Headers and body stay off the JSON form: logs get the essentials, never a stray credential.
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      type: this.type,
      param: this.param,
      requestId: this.requestId,
    };
  }
}

export class BadRequestError extends APIError {
  static override readonly brand: string = "BadRequestError";
}
export class AuthenticationError extends APIError {
  static override readonly brand: string = "AuthenticationError";
}
export class PermissionDeniedError extends APIError {
  static override readonly brand: string = "PermissionDeniedError";
}
export class NotFoundError extends APIError {
  static override readonly brand: string = "NotFoundError";
}
export class ConflictError extends APIError {
  static override readonly brand: string = "ConflictError";
}
export class UnprocessableEntityError extends APIError {
  static override readonly brand: string = "UnprocessableEntityError";
}
export class RateLimitError extends APIError {
  static override readonly brand: string = "RateLimitError";
}
export class InternalServerError extends APIError {
  static override readonly brand: string = "InternalServerError";
}

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The most specific APIError class for `status`. */
export const apiErrorClass = (status: number): typeof APIError =>
  status >= 500 ? InternalServerError : (byStatus[status] ?? APIError);
