const REDACTED = "[redacted]";

/**
 * Header names that carry a credential: the standard ones, the API-key headers of this and
 * other APIs (`api-key`, `x-api-key`, `x-goog-api-key`), and any name that speaks of a token,
 * secret, password, session or cookie.
 */
const CREDENTIAL_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|(^|-)(api-?key|auth|token|secret|password|passwd|session|cookie|credentials?)($|-)/i;

/** Query parameters that carry a credential (`?key=`, `?api_key=`, `?access_token=`). */
const CREDENTIAL_PARAM =
  /^(key|sig|signature)$|(^|[-_])(api[-_]?key|auth|token|secret|password|passwd|session|credentials?)($|[-_])/i;

/** The request's headers as recorded, with every credential replaced. */
export const redactHeaders = (headers: Headers): Record<string, string> => {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = CREDENTIAL_HEADER.test(name) ? REDACTED : value;
  });
  return out;
};

/** The query as recorded, with every credential-named parameter replaced. */
export const redactQuery = (params: URLSearchParams): Record<string, string> => {
  const out: Record<string, string> = {};
  params.forEach((value, name) => {
    out[name] = CREDENTIAL_PARAM.test(name) ? REDACTED : value;
  });
  return out;
};
