import { describe, expect, it } from "vitest";
import type { OperationName } from "../mapping/operation-names.js";
import type { PackageRule } from "../mapping/packages.js";
import { buildModels } from "./build-models.js";
import { CodegenError } from "./codegen-error.js";

/** A three-path spec: enough to give operations no home, two homes or the same name. */
const doc = {
  openapi: "3.1.0",
  paths: {
    "/widgets": {
      get: { operationId: "listWidgets", responses: { "200": {} } },
      post: { operationId: "makeWidget", responses: { "200": {} } },
    },
    "/widgets/{id}": {
      get: {
        operationId: "getWidget",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": {} },
      },
    },
    "/gadgets": { get: { operationId: "listGadgets", responses: { "200": {} } } },
  },
  components: { schemas: {} },
};

const rule = (name: string, prefixes: string[], roots: string[]): PackageRule => ({
  name,
  prefixes,
  roots,
  summary: name,
});

const names: Record<string, OperationName> = {
  listWidgets: { fn: "listWidgets", ref: "widgets/list" },
  makeWidget: { fn: "createWidget", ref: "widgets/create" },
  getWidget: { fn: "retrieveWidget", ref: "widgets/retrieve" },
  listGadgets: { fn: "listGadgets", ref: "gadgets/list" },
};

const widgets = rule("widgets", ["/widgets"], ["widgets"]);
const gadgets = rule("gadgets", ["/gadgets"], ["gadgets"]);

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CodegenError) return error.problems;
    throw error;
  }
  return [];
}

describe("buildModels on a synthetic spec", () => {
  it("places every operation when each has one home and a unique name", () => {
    const models = buildModels(doc, { rules: [widgets, gadgets], names });
    expect(models.map((m) => `${m.package}:${m.fn}`)).toEqual([
      "gadgets:listGadgets",
      "widgets:createWidget",
      "widgets:listWidgets",
      "widgets:retrieveWidget",
    ]);
  });

  it("fails naming an operation that no package rule covers", () => {
    const problems = problemsOf(() => buildModels(doc, { rules: [widgets], names }));
    expect(problems).toEqual([expect.stringMatching(/^no home: listGadgets \(GET \/gadgets\)/)]);
  });

  it("fails naming an operation two package rules claim", () => {
    const overlap = rule("everything", ["/widgets", "/gadgets"], ["widgets", "gadgets"]);
    const problems = problemsOf(() =>
      buildModels(doc, { rules: [widgets, gadgets, overlap], names }),
    );
    expect(problems).toContain(
      "two homes: listGadgets (GET /gadgets) matches gadgets and everything",
    );
    expect(problems.filter((p) => p.startsWith("two homes"))).toHaveLength(4);
  });

  it("matches whole path segments, so /widgets does not take /widgetsmith", () => {
    const wide = { ...doc, paths: { ...doc.paths, "/widgetsmith": doc.paths["/gadgets"] } };
    const problems = problemsOf(() => buildModels(wide, { rules: [widgets, gadgets], names }));
    expect(problems.some((p) => p.startsWith("no home: listGadgets (GET /widgetsmith)"))).toBe(
      true,
    );
  });

  it("fails naming both operations when two get the same function name", () => {
    const clash = { ...names, listGadgets: { fn: "listWidgets", ref: "gadgets/list" } };
    const problems = problemsOf(() =>
      buildModels(doc, { rules: [widgets, gadgets], names: clash }),
    );
    expect(problems).toEqual([
      'name clash: listWidgets and listGadgets are both named "listWidgets"',
    ]);
  });

  it("fails naming an operation missing from the name table and a stale table entry", () => {
    const { getWidget: _dropped, ...rest } = names;
    const stale = { ...rest, removedOp: { fn: "removeThing", ref: "widgets/remove" } };
    const problems = problemsOf(() =>
      buildModels(doc, { rules: [widgets, gadgets], names: stale }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^no name: getWidget \(GET \/widgets\/\{id\}\)/),
      expect.stringMatching(/^stale name: removedOp/),
    ]);
  });

  it("fails naming an operation whose reference path is outside its package's roots", () => {
    const stray = { ...names, listGadgets: { fn: "listGadgets", ref: "widgets/gadgets/list" } };
    const problems = problemsOf(() =>
      buildModels(doc, { rules: [widgets, gadgets], names: stray }),
    );
    expect(problems).toEqual([expect.stringMatching(/^bad ref: listGadgets/)]);
  });
});
