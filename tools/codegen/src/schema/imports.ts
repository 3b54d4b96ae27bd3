import type { EmitContext } from "./emit-context.js";

/**
 * Groups the components a module references but does not declare by the module to import them
 * from, sorted for stable output. A reference that is neither declared nor importable would
 * compile to a dangling name, so it stops generation instead.
 */
export function groupImports(
  referenced: Iterable<string>,
  local: Set<string>,
  ctx: EmitContext,
): Array<[specifier: string, components: string[]]> {
  const groups = new Map<string, string[]>();
  for (const component of referenced) {
    if (local.has(component)) continue;
    const specifier = ctx.importFrom(component);
    if (specifier === undefined) {
      throw new Error(
        `Component schema "${component}" is referenced but neither declared in this module nor ` +
          "importable (importFrom returned undefined); add it to the module's component list.",
      );
    }
    const group = groups.get(specifier) ?? [];
    group.push(component);
    groups.set(specifier, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([specifier, components]) => [specifier, components]);
}
