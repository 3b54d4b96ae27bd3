import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishablePackages, repoRoot } from "./workspace.js";

const packages = publishablePackages();

/** Whether code the package ships (not its tests or README examples) imports core. */
const shippedCodeImportsCore = (dir: string): boolean =>
  readdirSync(join(dir, "src"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .filter((file) => !file.startsWith("readme-example"))
    .some((file) =>
      /from "@oaikit\/core(\/[a-z]+)?"/.test(readFileSync(join(dir, "src", file), "utf8")),
    );
const repository = "https://github.com/oaikit/oaikit";
const license = readFileSync(join(repoRoot, "LICENSE"), "utf8");

it("the repository has an MIT LICENSE", () => {
  expect(license).toMatch(/^MIT License\n/);
});

describe("every publishable package", () => {
  it("exists", () => {
    expect(packages.length).toBeGreaterThan(0);
  });

  for (const { dir, json } of packages) {
    describe(json.name, () => {
      it("is an ESM-only, side-effect-free @oaikit package limited to dist", () => {
        expect(json.name).toMatch(/^@oaikit\/[a-z0-9-]+$/);
        expect(json.type).toBe("module");
        expect(json.sideEffects).toBe(false);
        expect(json.engines?.node).toBe(">=20.19");
        expect(json.files).toEqual(["dist"]);
        expect(json.license).toBe("MIT");
        expect(json.private).not.toBe(true);
      });

      it("ships the repository's LICENSE and says where its source, home and issues are", () => {
        const own = join(dir, "LICENSE");
        expect(existsSync(own), "LICENSE").toBe(true);
        expect(readFileSync(own, "utf8")).toBe(license);
        const folder = `packages/${dir.split("/").at(-1)}`;
        expect(json.homepage).toBe(`${repository}/tree/main/${folder}#readme`);
        expect(json.repository).toEqual({
          type: "git",
          url: `git+${repository}.git`,
          directory: folder,
        });
        expect(json.bugs).toEqual({ url: `${repository}/issues` });
      });

      it("takes @oaikit/core as a peer across 0.x, never as its own copy", () => {
        expect(json.dependencies?.["@oaikit/core"], "core in dependencies").toBeUndefined();
        if (json.name !== "@oaikit/core" && shippedCodeImportsCore(dir)) {
          expect(json.peerDependencies?.["@oaikit/core"]).toBe("workspace:>=0.1.0 <1.0.0");
          expect(json.devDependencies?.["@oaikit/core"]).toBe("workspace:^");
        }
      });

      it("exports types and code for every entry, and nothing CommonJS", () => {
        const entries = Object.entries(json.exports ?? {}).filter(
          ([key]) => key !== "./package.json",
        );
        expect(entries.length).toBeGreaterThan(0);
        for (const [key, target] of entries) {
          expect(target, key).toMatchObject({ types: expect.stringMatching(/\.d\.ts$/) });
          expect((target as Record<string, string>).default, key).toMatch(/^\.\/dist\/.+\.js$/);
          expect(Object.keys(target as object), key).not.toContain("require");
        }
      });

      it("has a README with an install line and an example", () => {
        const readme = join(dir, "README.md");
        expect(existsSync(readme)).toBe(true);
        const text = readFileSync(readme, "utf8");
        expect(text).toMatch(new RegExp(`(npm install|pnpm add) [^\\n]*${json.name}\\b`));
        expect(text).toMatch(/```ts/);
      });

      it("re-exports only explicit name lists from its root entry (no `export *` chains)", () => {
        const index = join(dir, "src/index.ts");
        expect(existsSync(index)).toBe(true);
        // A generated list of explicit names may be re-exported whole; a barrel of barrels may not.
        for (const [, target] of readFileSync(index, "utf8").matchAll(/export \* from "(.+)"/g)) {
          expect(target, "only the generated export list").toBe("./generated/index-exports.js");
          const list = readFileSync(join(dir, "src/generated/index-exports.ts"), "utf8");
          expect(list).not.toMatch(/export \*/);
        }
      });
    });
  }
});
