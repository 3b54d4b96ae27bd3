import { importStatement } from "./indent.js";

export interface ExportGroups {
  values: Array<[specifier: string, names: string[]]>;
  types: Array<[specifier: string, names: string[]]>;
}

/**
 * A module of explicit re-exports. The hand-written entry points re-export it, so the public
 * surface is a reviewed, diffable list of names instead of whatever a module happens to declare.
 */
export function emitExportsModule(groups: ExportGroups): string {
  const lines = [
    ...groups.values
      .filter(([, n]) => n.length > 0)
      .map(([s, n]) => importStatement("export", n, s)),
    ...groups.types
      .filter(([, n]) => n.length > 0)
      .map(([s, n]) => importStatement("export type", n, s)),
  ];
  return lines.length === 0 ? "export {};\n" : `${lines.join("\n")}\n`;
}
