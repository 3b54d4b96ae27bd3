import * as v from "valibot";
import { packageSchemas } from "../generated/resource-packages.js";
import type { Operation } from "../router/operation.js";

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A generated schema export of the operation's package, e.g. `ProjectSchema`. */
export const packageSchema = (
  operation: Pick<Operation, "package">,
  name: string,
): v.GenericSchema | undefined =>
  packageSchemas[operation.package]?.[`${name}Schema`] as v.GenericSchema | undefined;

/**
 * The generated `<Function>ParamsSchema` that checks a request: path, query and body parameters
 * in one object. The streaming variant of an operation has its own (`stream: true` is only
 * valid there).
 */
export const paramsSchema = (
  operation: Operation,
  streaming: boolean,
): v.GenericSchema | undefined => {
  const fn = streaming && operation.stream ? operation.stream.function : operation.function;
  return packageSchema(operation, `${pascal(fn)}Params`);
};

const responseSchemas = new Map<string, v.GenericSchema | null>();

/** The generated schema of the operation's 2xx JSON answer, when the spec names one. */
export const responseSchema = (operation: Operation): v.GenericSchema | undefined => {
  let schema = responseSchemas.get(operation.operationId);
  if (schema === undefined) {
    const found = (operation.responseSchemas ?? []).map((name) => packageSchema(operation, name));
    schema =
      found.length === 0 || !found.every(Boolean)
        ? null
        : found.length === 1
          ? found[0]!
          : v.union(found as v.GenericSchema[]);
    responseSchemas.set(operation.operationId, schema);
  }
  return schema ?? undefined;
};
