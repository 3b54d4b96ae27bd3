import type { OperationModel } from "../model/operation-model.js";
import { docComment, operationTags } from "./doc-comment.js";

/** The doc comment of a generated function: route, deprecation and reference link, no spec prose. */
export function operationDoc(op: OperationModel, variant: "plain" | "stream"): string {
  const route = `\`${op.method} ${op.specPath}\``;
  return docComment([
    variant === "stream" ? `${route}, answered as a stream of server-sent events.` : route,
    ...operationTags(op),
  ]);
}
