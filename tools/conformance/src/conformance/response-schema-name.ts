import { schemaName } from "../../../codegen/src/schema/names.js";
import { specOperation } from "../sample/sample-params.js";
import type { OperationEntry } from "../spec/load-spec.js";

/**
 * The name of the valibot schema for an operation's JSON success body, when the spec gives that
 * body as a named component; undefined for inline bodies, which have no exported schema.
 */
export const responseSchemaName = (doc: any, entry: OperationEntry): string | undefined => {
  const responses = specOperation(doc, entry).responses ?? {};
  const code = Object.keys(responses)
    .filter((c) => /^2\d\d$/.test(c))
    .sort()[0];
  const ref =
    code === undefined ? undefined : responses[code].content?.["application/json"]?.schema?.$ref;
  return typeof ref === "string" ? schemaName(ref.split("/").pop()!) : undefined;
};
