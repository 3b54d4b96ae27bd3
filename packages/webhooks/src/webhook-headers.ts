/**
 * The request's headers: a `Headers` object, or a plain record in any letter case (Node's
 * `req.headers`, a framework's header map).
 */
export type WebhookHeaders =
  | Headers
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** One header's value, `undefined` when absent; repeated values are joined with spaces. */
export const readHeader = (headers: WebhookHeaders, name: string): string | undefined => {
  if (typeof headers.get === "function") return (headers as Headers).get(name) ?? undefined;
  for (const key in headers) {
    if (key.toLowerCase() !== name) continue;
    const value = (headers as Record<string, string | readonly string[] | undefined>)[key];
    return typeof value === "string" ? value : value?.join(" ");
  }
  return undefined;
};
