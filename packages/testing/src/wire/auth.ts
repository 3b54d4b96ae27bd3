import { ApiError } from "./api-error.js";

/**
 * "any": every Bearer key works (a missing one still gets 401, as with the real API);
 * "reject": every request gets 401; a list: only those keys work.
 */
export type AuthMode = "any" | "reject" | readonly string[];

const incorrectKey = () =>
  new ApiError(401, "Incorrect API key provided.", { code: "invalid_api_key" });

/** The 401 this request deserves, if any. The key itself never appears in the message. */
export const checkAuth = (headers: Headers, mode: AuthMode): ApiError | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  if (!match) {
    return new ApiError(
      401,
      "No API key was provided. Send it in the Authorization header as 'Bearer <key>'.",
    );
  }
  if (mode === "any") return undefined;
  if (mode === "reject") return incorrectKey();
  return mode.includes(match[1]!) ? undefined : incorrectKey();
};
