/**
 * Where a response format made by `textFormat`/`responseFormat` keeps the function that parses
 * the output it asks for. A symbol key, so the request body (JSON) never carries it, and only
 * an app that makes such a format bundles the parsing code.
 */
export const outputParser: unique symbol = Symbol.for("oaikit.outputParser");

/** The parser a response format carries, if a format helper made it. */
export const outputParserOf = <Result>(
  format: unknown,
): ((result: never) => Promise<Result>) | undefined =>
  typeof format === "object" && format !== null
    ? (format as { [outputParser]?: (result: never) => Promise<Result> })[outputParser]
    : undefined;
