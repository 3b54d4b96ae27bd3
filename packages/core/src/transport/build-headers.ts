import { version } from "../../package.json";
import { isBrowser } from "../client/runtime.js";
import type { ClientConfig, RequestOptions, RequestSpec } from "../client/types.js";
import { ValidationError } from "../errors/openai-error.js";

/**
 * Refuses a header fetch would refuse: its TypeError would be retried as a network failure and
 * could quote the value, which may be the API key (say, with a stray newline from a .env file).
 */
export const checkHeader = (path: string, name: string, value: string): void => {
  if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name)) {
    throw new ValidationError(
      path,
      `${path} is not a valid header name: use letters, digits and -.`,
    );
  }
  // Tab is the one control character a value may hold.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  if (/[\0-\x08\n-\x1f\x7f\u0100-\uffff]/.test(value)) {
    throw new ValidationError(
      path,
      `${path} holds a control character (such as a newline) or non-Latin-1 text, which HTTP headers cannot carry.`,
    );
  }
};

/**
 * Every header of one request, lower-cased. Caller headers override ours and `null` removes one.
 * Names and values are checked here, before anything is sent.
 */
export const buildHeaders = (
  config: ClientConfig,
  spec: RequestSpec,
  options: RequestOptions,
  contentType: string | undefined,
): Record<string, string> => {
  const admin = spec.auth === "admin";
  const field = admin ? "adminApiKey" : "apiKey";
  const key = config[field];
  if (!key) {
    throw new ValidationError(
      field,
      `Missing ${admin ? "admin " : ""}API key: pass \`${field}\` to createClient() or set the ${admin ? "OPENAI_ADMIN_KEY" : "OPENAI_API_KEY"} environment variable.`,
    );
  }
  // Ours first (already lower-case), then the caller's; one pass each with no entry arrays, as
  // this runs on every call.
  const merged: Record<string, string | null | undefined> = {
    accept: spec.accept ?? "application/json",
    "content-type": contentType,
    authorization: `Bearer ${key}`,
    "openai-organization": config.organization,
    "openai-project": config.project,
    // Browsers forbid setting User-Agent; everywhere else it tells OpenAI which client called.
    "user-agent": isBrowser() ? undefined : `oaikit/${version}`,
    "x-client-request-id": options.clientRequestId,
  };
  for (const extra of [config.defaultHeaders, options.headers]) {
    if (!extra) continue;
    // As with object spread, an explicit undefined drops an earlier value.
    for (const name of Object.keys(extra)) merged[name.toLowerCase()] = extra[name];
  }
  const headers: Record<string, string> = {};
  for (const name of Object.keys(merged)) {
    const value = merged[name];
    if (value == null) continue;
    checkHeader(name === "authorization" ? field : `headers.${name}`, name, value);
    headers[name] = value;
  }
  const id = headers["x-client-request-id"];
  if (id !== undefined && !/^[\x20-\x7e]{1,512}$/.test(id)) {
    throw new ValidationError(
      "clientRequestId",
      "clientRequestId must be 1 to 512 printable ASCII characters.",
    );
  }
  return headers;
};
