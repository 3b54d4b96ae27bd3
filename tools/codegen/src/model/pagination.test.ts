import { describe, expect, it } from "vitest";
import { detectPagination } from "./pagination.js";

const doc = {
  components: {
    schemas: {
      Item: { type: "object", properties: { id: { type: "string" } } },
      Bucket: { type: "object", properties: { start_time: { type: "integer" } } },
    },
  },
};
const items = (name: string) => ({
  type: "array",
  items: { $ref: `#/components/schemas/${name}` },
});
const list = (props: Record<string, unknown>, required: string[] = []) => ({
  type: "object",
  properties: { data: items("Item"), ...props },
  required: ["data", ...required],
});

describe("detectPagination", () => {
  it("uses the body's last_id when the response always has one", () => {
    const schema = list({ has_more: { type: "boolean" }, last_id: { type: "string" } }, [
      "last_id",
    ]);
    expect(detectPagination(doc, "GET", ["after", "limit"], schema)?.descriptor).toEqual({
      param: "after",
      cursor: "last_id",
      hasMore: "has_more",
    });
  });

  it("falls back to the last item's id when last_id is optional", () => {
    const schema = list({ has_more: { type: "boolean" }, last_id: { type: "string" } });
    expect(detectPagination(doc, "GET", ["after"], schema)?.descriptor.cursor).toBe("$lastId");
  });

  it("follows a `next` cursor field", () => {
    const schema = list({ has_more: { type: "boolean" }, next: { type: "string" } });
    expect(detectPagination(doc, "GET", ["after"], schema)?.descriptor).toEqual({
      param: "after",
      cursor: "next",
      hasMore: "has_more",
    });
  });

  it("pages by `page` and `next_page` for usage-style lists", () => {
    const schema = {
      type: "object",
      properties: {
        data: items("Bucket"),
        has_more: { type: "boolean" },
        next_page: { type: "string" },
      },
    };
    const found = detectPagination(doc, "GET", ["start_time", "page"], schema);
    expect(found?.descriptor).toEqual({ param: "page", cursor: "next_page", hasMore: "has_more" });
    expect(found?.item).toEqual({ $ref: "#/components/schemas/Bucket" });
  });

  it("treats a list with no cursor parameter as a single page", () => {
    const schema = list({ object: { type: "string" } });
    expect(detectPagination(doc, "GET", [], schema)?.descriptor).toEqual({
      param: "after",
      cursor: "last_id",
    });
  });

  it("leaves POST results and next_page bodies without a page parameter alone", () => {
    const schema = list({ has_more: { type: "boolean" }, next_page: { type: "string" } });
    expect(detectPagination(doc, "POST", ["after"], schema)).toBeNull();
    expect(detectPagination(doc, "GET", [], schema)).toBeNull();
    expect(detectPagination(doc, "GET", ["after"], { type: "object", properties: {} })).toBeNull();
  });
});
