import type { OperationModel } from "../model/operation-model.js";

/**
 * tools/codegen/operations.json: the machine-readable index of every operation (package, function,
 * route, streaming twin, pagination, body encoding), for tests, docs and conformance runs.
 */
export function emitOperationsJson(doc: any, models: OperationModel[]): string {
  const operations = models.map((op) => ({
    operationId: op.operationId,
    package: `@oaikit/${op.package}`,
    function: op.fn,
    method: op.method,
    path: op.specPath,
    route: op.route,
    fixedQuery: Object.keys(op.fixedQuery).length > 0 ? op.fixedQuery : null,
    streaming: op.stream
      ? { function: op.stream.fn, event: op.stream.event, flag: op.stream.flag }
      : null,
    pagination: op.pagination?.descriptor ?? null,
    bodyType: op.body?.type ?? null,
    response: op.response.kind,
    auth: op.auth ?? null,
    deprecated: op.deprecated,
    reference: op.url,
  }));
  const index = { source: doc["x-oaikit-source"], count: operations.length, operations };
  return `${JSON.stringify(index, null, 2)}\n`;
}
