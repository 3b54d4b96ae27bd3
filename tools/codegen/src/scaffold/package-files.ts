import type { PackagePlan } from "../emit/plan-packages.js";
import { TYPES_PACKAGE } from "../emit/plan-packages.js";
import { readmeSection } from "../emit/readme-section.js";
import { formatJson } from "./format-json.js";
import { CORE_PEER_RANGE, license, repositoryFields } from "./package-meta.js";
import { readmeExample } from "./readme-examples.js";

/**
 * The hand-owned files of a package, written only when missing: after the first run they belong
 * to their package and the generator never overwrites them (it only refreshes the README's
 * generated section).
 */
export function scaffoldFiles(plan: PackagePlan): Record<string, string> {
  const isTypes = plan.name === TYPES_PACKAGE;
  const dependencies: Record<string, string> = {};
  if (plan.usesSharedTypes) dependencies["@oaikit/types"] = "workspace:^";
  dependencies.valibot = "1.5.0";
  // Core is a peer, so an app always has exactly one (CONTRIBUTING.md, "Versions").
  const onCore = isTypes
    ? {}
    : {
        peerDependencies: { "@oaikit/core": CORE_PEER_RANGE },
        devDependencies: { "@oaikit/core": "workspace:^" },
      };
  const summary =
    plan.rule?.summary ?? "The OpenAI API's shared component types and valibot schemas.";
  const pkg = {
    name: `@oaikit/${plan.name}`,
    version: "0.1.0",
    description: summary,
    license: "MIT",
    ...repositoryFields(`packages/${plan.name}`),
    type: "module",
    sideEffects: false,
    engines: { node: ">=20.19" },
    files: ["dist"],
    exports: {
      ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
      "./schemas": { types: "./dist/schemas.d.ts", default: "./dist/schemas.js" },
      "./package.json": "./package.json",
    },
    scripts: {
      build: "tsup",
      test: "vitest run --passWithNoTests",
      typecheck: "tsc -p tsconfig.json",
      "lint:pkg": "publint && attw --pack . --profile esm-only",
    },
    dependencies,
    ...onCore,
  };
  const index =
    "// The generated list names every export explicitly; hand-written helpers add theirs below.\n" +
    'export * from "./generated/index-exports.js";\n';
  return {
    "package.json": `${formatJson(pkg)}\n`,
    "tsconfig.json": `${formatJson({
      extends: "../../tsconfig.base.json",
      compilerOptions: { types: ["node"] },
      include: ["src", "vitest.config.ts", "tsup.config.ts"],
    })}\n`,
    "tsup.config.ts": `import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/schemas.ts"],
  format: ["esm"],
  platform: "neutral",
  target: "es2022",
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  treeshake: true,
});
`,
    "vitest.config.ts": `import { sharedTestConfig } from "../../vitest.shared.js";

export default sharedTestConfig;
`,
    "src/index.ts": index,
    "src/schemas.ts":
      "// A subpath of its own, so importing a function never pulls valibot into a bundle.\n" +
      'export * from "./generated/schemas-exports.js";\n',
    "README.md": readme(plan, summary),
    LICENSE: license,
  };
}

function readme(plan: PackagePlan, summary: string): string {
  const install =
    plan.name === TYPES_PACKAGE
      ? "pnpm add @oaikit/types"
      : `pnpm add @oaikit/core @oaikit/${plan.name}`;
  const example = readmeExample(plan.name);
  return `# @oaikit/${plan.name}

${summary}

## Install

\`\`\`sh
${install}
\`\`\`

## Example

\`\`\`ts
${example}
\`\`\`

Runtime validation is opt-in: \`@oaikit/${plan.name}/schemas\` exports a valibot schema for every
type (\`XSchema\`)${plan.operations.length > 0 ? " and for every function's params (`<Function>ParamsSchema`)" : ""}.

## Operations

${readmeSection(plan.operations)}
`;
}
