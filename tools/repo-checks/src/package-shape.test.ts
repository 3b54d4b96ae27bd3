import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishablePackages } from "./workspace.js";

const packages = publishablePackages();

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
