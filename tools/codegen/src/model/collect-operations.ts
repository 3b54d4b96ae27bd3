export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const METHODS: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

export interface RawOperation {
  operationId: string;
  method: HttpMethod;
  /** The spec's path key, e.g. "/responses?beta=true". */
  specPath: string;
  operation: any;
  pathItem: any;
}

/** Every operation of the document, in path-key then method order. */
export function collectOperations(doc: any): RawOperation[] {
  const out: RawOperation[] = [];
  for (const specPath of Object.keys(doc.paths ?? {}).sort()) {
    const pathItem = doc.paths[specPath];
    for (const method of METHODS) {
      const operation = pathItem?.[method.toLowerCase()];
      if (!operation) continue;
      const operationId =
        typeof operation.operationId === "string" ? operation.operationId : `${method} ${specPath}`;
      out.push({ operationId, method, specPath, operation, pathItem });
    }
  }
  return out;
}
