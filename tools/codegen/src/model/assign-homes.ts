import type { OperationName } from "../mapping/operation-names.js";
import type { PackageRule } from "../mapping/packages.js";
import { CodegenError } from "./codegen-error.js";
import type { RawOperation } from "./collect-operations.js";

export interface Placement {
  raw: RawOperation;
  rule: PackageRule;
  name: OperationName;
  /** The resource root (one of `rule.roots`) the operation's ref sits under. */
  root: string;
}

/** The path without the spec's "?beta=true"-style suffix. */
export function routeOf(specPath: string): string {
  const index = specPath.indexOf("?");
  return index === -1 ? specPath : specPath.slice(0, index);
}

function owns(prefix: string, route: string): boolean {
  return route === prefix || route.startsWith(`${prefix}/`);
}

function under(root: string, ref: string): boolean {
  return ref.startsWith(`${root}/`);
}

/**
 * Gives every operation exactly one package and one unique function name, or throws naming every
 * operation that has no home, two homes, a clashing name, or a ref outside its package's roots.
 */
export function assignHomes(
  ops: RawOperation[],
  rules: readonly PackageRule[],
  names: Readonly<Record<string, OperationName>>,
): Placement[] {
  const problems: string[] = [];
  const placements: Placement[] = [];
  const taken = new Map<string, string>();
  const claim = (fn: string, operationId: string) => {
    const owner = taken.get(fn);
    if (owner !== undefined) {
      problems.push(`name clash: ${operationId} and ${owner} are both named "${fn}"`);
    } else taken.set(fn, operationId);
  };

  for (const raw of ops) {
    const label = `${raw.operationId} (${raw.method} ${raw.specPath})`;
    const route = routeOf(raw.specPath);
    const homes = rules.filter((rule) => rule.prefixes.some((prefix) => owns(prefix, route)));
    if (homes.length === 0) {
      problems.push(`no home: ${label} matches no package rule in mapping/packages.ts`);
      continue;
    }
    if (homes.length > 1) {
      problems.push(`two homes: ${label} matches ${homes.map((h) => h.name).join(" and ")}`);
      continue;
    }
    const rule = homes[0]!;
    const name = Object.hasOwn(names, raw.operationId) ? names[raw.operationId] : undefined;
    if (!name) {
      problems.push(`no name: ${label} has no entry in mapping/operation-names.ts`);
      continue;
    }
    const root = rule.roots
      .filter((r) => under(r, name.ref))
      .sort((a, b) => b.length - a.length)[0];
    if (root === undefined) {
      problems.push(`bad ref: ${label} has ref "${name.ref}" outside ${rule.name}'s roots`);
      continue;
    }
    claim(name.fn, raw.operationId);
    if (name.stream) claim(name.stream.fn, raw.operationId);
    placements.push({ raw, rule, name, root });
  }

  const known = new Set(ops.map((op) => op.operationId));
  for (const operationId of Object.keys(names).sort()) {
    if (!known.has(operationId)) {
      problems.push(
        `stale name: ${operationId} is in mapping/operation-names.ts but not in the spec`,
      );
    }
  }
  if (problems.length > 0) throw new CodegenError(problems);
  return placements;
}
