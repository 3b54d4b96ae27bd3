import type { PackageRule } from "../mapping/packages.js";
import type { OperationModel } from "../model/operation-model.js";
import { collectRefs } from "../schema/collect-refs.js";
import { schemaRef } from "../schema/refs.js";
import { webhookUnion } from "../schema/webhook-union.js";

export interface Placement {
  /** Components each package references (its closure), by package name. */
  used: Map<string, Set<string>>;
  /** Components referenced by two or more packages: declared once in @oaikit/types. */
  shared: Set<string>;
}

/** The schema fragments a package's generated code refers to. */
function rootsOf(doc: any, rule: PackageRule, ops: OperationModel[]): unknown[] {
  const roots: unknown[] = [];
  for (const op of ops) {
    for (const p of op.params) roots.push(p.schema);
    if (op.body) roots.push(op.body.schema);
    if (op.response.kind === "json") roots.push(op.response.schema);
    if (op.stream) roots.push(schemaRef(op.stream.event));
  }
  if (rule.webhookUnion) {
    const union = webhookUnion(doc);
    if (!union)
      throw new Error(
        `Package ${rule.name} declares a webhook union; the snapshot has no webhooks.`,
      );
    roots.push(union);
  }
  const groups: Array<{ id: string; events: string[] }> = doc["x-oaikit-event-groups"] ?? [];
  for (const id of rule.eventGroups ?? []) {
    const group = groups.find((g) => g.id === id);
    if (!group)
      throw new Error(`Package ${rule.name} lists event group "${id}", which the snapshot lacks.`);
    for (const event of group.events) roots.push(schemaRef(event));
  }
  for (const name of rule.components ?? []) {
    if (!doc.components?.schemas?.[name])
      throw new Error(`Package ${rule.name} lists component "${name}", which the snapshot lacks.`);
    roots.push(schemaRef(name));
  }
  return roots;
}

/**
 * Which package declares which component: one used by a single package lives in that package;
 * one used by several lives in @oaikit/types and is re-exported by each user.
 */
export function placeComponents(
  doc: any,
  rules: readonly PackageRule[],
  models: OperationModel[],
): Placement {
  const used = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const rule of rules) {
    const refs = collectRefs(
      doc,
      rootsOf(
        doc,
        rule,
        models.filter((m) => m.package === rule.name),
      ),
    );
    used.set(rule.name, refs);
    for (const name of refs) count.set(name, (count.get(name) ?? 0) + 1);
  }
  const shared = new Set([...count].filter(([, n]) => n > 1).map(([name]) => name));
  return { used, shared };
}
