import type { HttpMethod } from "./collect-operations.js";
import type { Pagination } from "./pagination.js";

export interface ParamModel {
  /** Field of the params object. */
  field: string;
  /** Name on the wire: path placeholder, query key or header name. */
  wire: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: unknown;
}

export type BodyType = "json" | "multipart" | "sdp";

export interface BodyModel {
  type: BodyType;
  schema: unknown;
  /** Whether the params object must hold at least the schema's required fields. */
  required: boolean;
  /** Fields the schema requires that the params leave optional (a spec override). */
  optional?: string[] | undefined;
}

export type ResponseModel =
  | {
      kind: "json";
      schema: unknown;
      /** `<Function>Response`, declared for a body the spec gives as an inline object. */
      name?: string | undefined;
    }
  | { kind: "binary" }
  | { kind: "text" }
  | { kind: "empty" };

export interface StreamModel {
  fn: string;
  /** Component name of the event schema. */
  event: string;
  payload?: "data" | undefined;
  flag: { in: "body" | "query"; name: string; value: string | boolean };
  /** Module under src/helpers/ that holds the hand-written streaming function. */
  helper?: string | undefined;
}

export interface OperationModel {
  operationId: string;
  package: string;
  fn: string;
  ref: string;
  root: string;
  url: string;
  method: HttpMethod;
  /** The spec's path key ("/responses?beta=true"). */
  specPath: string;
  /** The route without the key's query suffix. */
  route: string;
  /** Query fields the spec's path key fixes ("?beta=true" → { beta: "true" }). */
  fixedQuery: Record<string, string>;
  deprecated: boolean;
  auth?: "admin" | undefined;
  params: ParamModel[];
  body?: BodyModel | undefined;
  response: ResponseModel;
  pagination: Pagination | null;
  stream?: StreamModel | undefined;
}
