import type { OperationHandlers } from "../generated/operation-handlers.js";
import type { ResourcePackage } from "../generated/resource-packages.js";
import type { HttpMethod } from "./http-method.js";

/**
 * One row of the operation table, in the codegen's terms: where the operation lives
 * (`package`, `function`: its generated schemas are `<Function>ParamsSchema` in
 * `@oaikit/<package>/schemas`) and how it travels.
 */
export interface Operation {
  /** The spec's name for it; only recorded requests and faults use it. */
  operationId: string;
  package: ResourcePackage;
  /** The generated client function, which names its handler and its params schema. */
  function: keyof OperationHandlers;
  method: HttpMethod;
  /** As in the spec, without `/v1`. */
  path: string;
  /** Query parameters that pick this operation over another on the same path (`beta=true`). */
  fixedQuery?: Readonly<Record<string, string>>;
  /** How a request asks for the streaming variant, and that variant's function and event. */
  stream?: {
    function: string;
    event: string;
    in: "body" | "query";
    name: string;
    value: unknown;
  };
  body?: "json" | "multipart" | "sdp";
  response: "json" | "binary" | "empty" | "text";
  /** Spec components the 2xx JSON answer is (one of), when it names any. */
  responseSchemas?: readonly string[];
}
