import { schemaRef, schemaRefName } from "./refs.js";

/**
 * Every payload the spec's `webhooks` section posts, as one union fragment (members sorted by
 * component name), or undefined when the section is empty. A receiver cannot know which webhook
 * it got before reading the body, so the payloads are only useful together, told apart by `type`.
 */
export function webhookUnion(doc: any): { oneOf: Array<{ $ref: string }> } | undefined {
  const names = new Set<string>();
  for (const [webhook, item] of Object.entries<any>(doc?.webhooks ?? {})) {
    for (const method of ["post", "put", "patch", "get", "delete"]) {
      const operation = item?.[method];
      if (operation === undefined) continue;
      const ref = operation?.requestBody?.content?.["application/json"]?.schema?.$ref;
      const name = typeof ref === "string" ? schemaRefName(ref) : undefined;
      // An inline payload would have no type name to join the union with.
      if (name === undefined)
        throw new Error(`Webhook "${webhook}" has no component schema as its JSON payload.`);
      names.add(name);
    }
  }
  if (names.size === 0) return undefined;
  const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { oneOf: sorted.map(schemaRef) };
}
