import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { SNAPSHOT_PATH } from "../generate.js";
import { buildModels } from "../model/build-models.js";
import { referencePages } from "./reference-pages.js";

const repo = fileURLToPath(new URL("../../../..", import.meta.url));
const doc = JSON.parse(readFileSync(join(repo, SNAPSHOT_PATH), "utf8"));
const models = buildModels(doc);
const pages = referencePages(doc, models);
const page = (fn: string) => models.find((model) => model.fn === fn)?.url;

it("links an object to the page of the operation that retrieves it, a body to its operation's", () => {
  expect(page("retrieveVectorStore")).toMatch(/\/vector_stores\/methods\/retrieve$/);
  expect(pages.get("VectorStoreObject")).toBe(page("retrieveVectorStore"));
  expect(pages.get("CreateVectorStoreRequest")).toBe(page("createVectorStore"));
  expect(pages.get("CreateVectorStoreFileRequest")).toBe(page("createVectorStoreFile"));
});

it("links a component nested in a request or an answer to a page of an operation that holds it", () => {
  const url = pages.get("VectorStoreExpirationAfter");
  const holders = models.filter((model) => model.fn.includes("VectorStore")).map((m) => m.url);
  expect(holders).toContain(url);
});

it("links only to pages of the reference's methods, and nothing an operation does not reach", () => {
  const urls = new Set(models.map((model) => model.url));
  for (const url of pages.values()) expect(urls.has(url)).toBe(true);
  const webhookEvent = Object.keys(doc.components.schemas).find((name) =>
    /^WebhookBatchCompleted$/.test(name),
  );
  expect(webhookEvent).toBeDefined();
  expect(pages.has(webhookEvent!)).toBe(false);
});
