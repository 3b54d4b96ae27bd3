import type { Node, NodeOf, Prop } from "./node.js";

function sameNode(a: Node, b: Node): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * allOf parts that are all objects, as one object. A key several parts declare differently must
 * satisfy each declaration, as in the TypeScript intersection of the parts.
 */
export function mergeObjects(parts: NodeOf<"object">[]): NodeOf<"object"> {
  const props = new Map<string, Prop>();
  for (const part of parts) {
    for (const prop of part.props) {
      const known = props.get(prop.name);
      if (known === undefined) {
        props.set(prop.name, prop);
        continue;
      }
      const node: Node = sameNode(known.node, prop.node)
        ? known.node
        : { kind: "intersect", parts: [known.node, prop.node] };
      props.set(prop.name, {
        name: prop.name,
        node,
        required: known.required || prop.required,
        deprecated: known.deprecated || prop.deprecated,
      });
    }
  }
  const rests = parts.map((part) => part.rest);
  return {
    kind: "object",
    props: [...props.keys()].sort().map((name) => props.get(name)!),
    rest: rests.includes("closed") ? "closed" : rests.includes("open") ? "open" : "loose",
    keyChecks: [],
    checks: parts.flatMap((part) => part.checks),
  };
}
