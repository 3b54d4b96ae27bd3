import type { OperationModel } from "../model/operation-model.js";

/** The doc comment of a generated function: route, deprecation and reference link, no spec prose. */
export function operationDoc(op: OperationModel, variant: "plain" | "stream"): string {
  const route = `\`${op.method} ${op.specPath}\``;
  const lines = [
    variant === "stream" ? `${route}, answered as a stream of server-sent events.` : route,
  ];
  if (op.deprecated) lines.push("", "@deprecated Deprecated by OpenAI.");
  lines.push("", `@see ${op.url}`);
  return `/**\n${lines.map((line) => (line ? ` * ${line}` : " *")).join("\n")}\n */`;
}
