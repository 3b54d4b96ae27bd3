import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { SNAPSHOT_PATH } from "../generate.js";
import { buildModels } from "../model/build-models.js";
import { emitParamsModule } from "./params-module.js";

const repo = fileURLToPath(new URL("../../../..", import.meta.url));
const doc = JSON.parse(readFileSync(join(repo, SNAPSHOT_PATH), "utf8"));
const models = buildModels(doc);

/** The doc comment right above `export type <name> =` in the package's params module. */
const docOf = (pkg: string, name: string): string | undefined => {
  const text = emitParamsModule(
    doc,
    models.filter((model) => model.package === pkg),
  );
  return new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\nexport type ${name} =`).exec(text)?.[1];
};

it("says where a params type's fields go and links the operation's reference page", () => {
  const url = models.find((model) => model.fn === "updateVectorStore")?.url;
  expect(docOf("vector-stores", "UpdateVectorStoreParams")).toBe(
    `/**\n * The path and body fields of \`updateVectorStore\`.\n *\n * @see ${url}\n */`,
  );
  expect(docOf("vector-stores", "ListVectorStoresParams")).toMatch(
    /^\/\*\*\n \* The query fields of `listVectorStores`\.\n/,
  );
});

it("marks the params of a deprecated operation deprecated", () => {
  const deprecated = models.find((model) => model.deprecated);
  expect(deprecated).toBeDefined();
  const name = `${deprecated!.fn[0]!.toUpperCase()}${deprecated!.fn.slice(1)}Params`;
  expect(docOf(deprecated!.package, name)).toContain(
    " *\n * @deprecated Deprecated by OpenAI.\n * @see ",
  );
});
