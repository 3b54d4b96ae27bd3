import { OPERATION_NAMES, type OperationName } from "../mapping/operation-names.js";
import { PACKAGE_RULES, type PackageRule } from "../mapping/packages.js";
import { SPEC_OVERRIDES, type SpecOverride } from "../mapping/spec-overrides.js";
import { assignHomes } from "./assign-homes.js";
import { buildOperation } from "./build-operation.js";
import { CodegenError } from "./codegen-error.js";
import { collectOperations } from "./collect-operations.js";
import type { OperationModel } from "./operation-model.js";

export interface Mapping {
  rules: readonly PackageRule[];
  names: Readonly<Record<string, OperationName>>;
  /** Corrections to the spec by operationId; none when left out. */
  overrides?: Readonly<Record<string, SpecOverride>> | undefined;
}

export const DEFAULT_MAPPING: Mapping = {
  rules: PACKAGE_RULES,
  names: OPERATION_NAMES,
  overrides: SPEC_OVERRIDES,
};

/** Every operation of the snapshot, placed and described; throws a CodegenError listing all problems. */
export function buildModels(doc: any, mapping: Mapping = DEFAULT_MAPPING): OperationModel[] {
  const placements = assignHomes(collectOperations(doc), mapping.rules, mapping.names);
  const problems: string[] = [];
  const overrides = mapping.overrides ?? {};
  const overrideOf = (id: string) => (Object.hasOwn(overrides, id) ? overrides[id] : undefined);
  const models = placements.map((placement) =>
    buildOperation(doc, placement, problems, overrideOf(placement.raw.operationId)),
  );
  const known = new Set(placements.map((p) => p.raw.operationId));
  for (const operationId of Object.keys(overrides).sort()) {
    if (!known.has(operationId))
      problems.push(
        `stale override: ${operationId} is in mapping/spec-overrides.ts but not in the spec`,
      );
  }
  if (problems.length > 0) throw new CodegenError(problems);
  return models.sort((a, b) =>
    a.package === b.package
      ? a.fn < b.fn
        ? -1
        : a.fn > b.fn
          ? 1
          : 0
      : a.package < b.package
        ? -1
        : 1,
  );
}
