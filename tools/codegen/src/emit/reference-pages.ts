import type { OperationModel } from "../model/operation-model.js";
import { collectRefs } from "../schema/collect-refs.js";
import { refName, schemaRef } from "../schema/refs.js";

/** The verbs whose page describes an object best, most fitting first; others follow. */
const VERBS = ["retrieve", "create", "update", "list"];

const rank = (op: OperationModel): number => {
  const at = VERBS.findIndex((verb) => op.fn.startsWith(verb));
  return at === -1 ? VERBS.length : at;
};

/**
 * The API reference page each component schema is documented on: the page of an operation that
 * answers with it or takes it as its body (a retrieve first), else of the first operation whose
 * request or answer holds it. Components no operation reaches (webhook and realtime events) have
 * none.
 */
export function referencePages(doc: unknown, models: OperationModel[]): Map<string, string> {
  const pages = new Map<string, string>();
  const ordered = [...models].sort((a, b) => rank(a) - rank(b));
  for (const direct of [
    (op: OperationModel) => (op.response.kind === "json" ? op.response.schema : undefined),
    (op: OperationModel) => op.body?.schema,
  ]) {
    for (const op of ordered) {
      const name = refName(direct(op));
      if (name !== undefined && !pages.has(name)) pages.set(name, op.url);
    }
  }
  for (const op of models) {
    const roots: unknown[] = op.params.map((param) => param.schema);
    if (op.body) roots.push(op.body.schema);
    if (op.response.kind === "json") roots.push(op.response.schema);
    if (op.stream) roots.push(schemaRef(op.stream.event));
    for (const name of [...collectRefs(doc, roots)].sort()) {
      if (!pages.has(name)) pages.set(name, op.url);
    }
  }
  return pages;
}
