import { mergeObjects } from "./merge-objects.js";
import { assertUniqueNames } from "./names.js";
import type { Node, NodeOf } from "./node.js";
import { normalize } from "./normalize.js";
import { componentSchema } from "./refs.js";
import { webhookUnion } from "./webhook-union.js";

/** Facts about the whole snapshot that every module's emission must agree on. */
export interface Analysis {
  node(component: string): Node;
  /** Components a `$ref` chain leads back to: their valibot schemas need annotations and v.lazy. */
  cyclic: Set<string>;
  /**
   * Components some tagged union uses as a `v.variant` option. valibot needs their object schema
   * type, so they are declared with `satisfies v.GenericSchema<T>` instead of an annotation.
   */
  variantOptions: Set<string>;
  variantKey(union: NodeOf<"union">): string | undefined;
  /** What a variant option component's schema renders: its allOf parts merged into one object. */
  variantShape(component: string): Node;
}

const cache = new WeakMap<object, Analysis>();

export function analyze(doc: any): Analysis {
  const cached = cache.get(doc);
  if (cached !== undefined) return cached;
  const components = Object.keys(doc?.components?.schemas ?? {});
  assertUniqueNames(components);
  const nodes = new Map<string, Node>();
  const node = (component: string): Node => {
    let found = nodes.get(component);
    if (found === undefined) {
      found = normalize(componentSchema(doc, component), doc, component);
      nodes.set(component, found);
    }
    return found;
  };
  const cyclic = findCyclic(components, (component) => nodeRefs(node(component)));
  /**
   * The single object an option stands for: an inline object, or an acyclic component that is
   * an object or an allOf of objects (which its valibot schema then merges into one object).
   */
  const objectShape = (option: Node): NodeOf<"object"> | undefined => {
    if (option.kind === "object") return option;
    if (option.kind === "ref") {
      if (cyclic.has(option.name)) return undefined;
      const target = node(option.name);
      // An alias of another component would declare its schema as that component's, whose
      // type is only known to be an object schema when that one is a variant option too.
      return target.kind === "ref" ? undefined : objectShape(target);
    }
    if (option.kind !== "intersect") return undefined;
    const parts = option.parts.map(objectShape);
    if (parts.some((part) => part === undefined || typeof part.rest === "object")) return undefined;
    return mergeObjects(parts as NodeOf<"object">[]);
  };
  const isLiteral = (value: Node): boolean =>
    value.kind === "literal" || (value.kind === "ref" && node(value.name).kind === "literal");
  const fitsVariant = (option: Node, key: string, declared: boolean): boolean => {
    if (option.kind === "ref" && !cyclic.has(option.name)) {
      const target = node(option.name);
      // A tagged union on the same key nests inside another (valibot walks nested variants).
      if (target.kind === "union") return variantKey(target) === key;
    }
    if (option.kind !== "object" && option.kind !== "ref") return false;
    const prop = objectShape(option)?.props.find((candidate) => candidate.name === key);
    // Without a declared discriminator, only a literal tag makes the union a tagged one.
    return prop !== undefined && (declared || isLiteral(prop.node));
  };
  const variantKey = (union: NodeOf<"union">): string | undefined => {
    const key = union.discriminator ?? "type";
    const declared = union.discriminator !== undefined;
    return union.options.every((option) => fitsVariant(option, key, declared)) ? key : undefined;
  };
  const variantOptions = new Set<string>();
  const visit = (root: Node) =>
    walkNodes(root, (found) => {
      if (found.kind !== "union" || variantKey(found) === undefined) return;
      for (const option of found.options)
        if (option.kind === "ref") variantOptions.add(option.name);
    });
  for (const component of components) visit(node(component));
  for (const schema of schemasOutsideComponents(doc)) visit(normalize(schema, doc));
  // The webhook payloads form a union only in the generated code (the spec lists them apart).
  const webhooks = webhookUnion(doc);
  if (webhooks !== undefined) visit(normalize(webhooks, doc));
  const variantShape = (component: string): Node => {
    const found = node(component);
    return found.kind === "intersect" ? (objectShape(found) ?? found) : found;
  };
  const analysis: Analysis = { node, cyclic, variantOptions, variantKey, variantShape };
  cache.set(doc, analysis);
  return analysis;
}

function walkNodes(root: Node, visit: (node: Node) => void): void {
  visit(root);
  switch (root.kind) {
    case "array":
      walkNodes(root.items, visit);
      break;
    case "object":
      for (const prop of root.props) walkNodes(prop.node, visit);
      if (typeof root.rest === "object") walkNodes(root.rest, visit);
      break;
    case "union":
      for (const option of root.options) walkNodes(option, visit);
      break;
    case "intersect":
      for (const part of root.parts) walkNodes(part, visit);
      break;
    case "nullable":
    case "exclusive":
      walkNodes(root.inner, visit);
      break;
  }
}

/** Component names a node references directly, in first-use order. */
export function nodeRefs(root: Node): string[] {
  const refs = new Set<string>();
  walkNodes(root, (found) => {
    if (found.kind === "ref") refs.add(found.name);
  });
  return [...refs];
}

/** Schemas in paths, webhooks and shared responses: every value under a `schema` key. */
function schemasOutsideComponents(doc: any): unknown[] {
  const found: unknown[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === "schema") found.push(child);
        else walk(child);
      }
    }
  };
  walk([doc?.paths, doc?.webhooks, doc?.components?.responses]);
  return found;
}

/** Members of strongly connected components with a cycle (Tarjan's algorithm). */
function findCyclic(components: string[], edges: (component: string) => string[]): Set<string> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cyclic = new Set<string>();
  let counter = 0;
  const connect = (component: string): void => {
    index.set(component, counter);
    low.set(component, counter);
    counter += 1;
    stack.push(component);
    onStack.add(component);
    const targets = edges(component);
    for (const target of targets) {
      if (!index.has(target)) {
        connect(target);
        low.set(component, Math.min(low.get(component)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(component, Math.min(low.get(component)!, index.get(target)!));
      }
    }
    if (low.get(component) !== index.get(component)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== component);
    if (members.length > 1 || targets.includes(component)) {
      for (const cyclicMember of members) cyclic.add(cyclicMember);
    }
  };
  for (const component of components) if (!index.has(component)) connect(component);
  return cyclic;
}
