import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import type { PageDescriptor } from "./descriptor.js";
import { requestPage } from "./request-page.js";

interface Item {
  id: string;
  n: number;
}

type Style = "after" | "lastId" | "token";

const descriptors: Record<Style, PageDescriptor> = {
  after: { param: "after", cursor: "last_id", hasMore: "has_more" },
  lastId: { param: "after", cursor: "$lastId", hasMore: "has_more" },
  token: { param: "page_token", cursor: "next_page" },
};

// The list the server pages through; each property run replaces it.
let list: Item[] = [];
let server: FaultServer;
let client: Client;

beforeAll(async () => {
  server = await startFaultServer({
    fallback: {
      type: "custom",
      handle: (req, res) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        const style = url.pathname.slice(1) as Style;
        const limit = Number(url.searchParams.get("limit"));
        const token = url.searchParams.get("page_token");
        const after = url.searchParams.get("after");
        const from =
          style === "token"
            ? Number(token ?? "0")
            : after === null
              ? 0
              : list.findIndex((item) => item.id === after) + 1;
        const data = list.slice(from, from + limit);
        const more = from + limit < list.length;
        const body =
          style === "token"
            ? { data, next_page: more ? String(from + limit) : null }
            : {
                data,
                has_more: more,
                ...(style === "after" && { last_id: data.at(-1)?.id ?? null }),
              };
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      },
    },
  });
  client = createClient({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0 });
});

afterAll(() => server.close());

describe("requestPage properties", () => {
  it("yields every item of any list exactly once, in order, for any page size and cursor style", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Ids with arbitrary characters also check that cursors survive query encoding.
        fc.uniqueArray(fc.string({ unit: "binary", minLength: 1, maxLength: 6 }), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom<Style>("after", "lastId", "token"),
        async (ids, limit, style) => {
          list = ids.map((id, n) => ({ id, n }));
          const before = server.requests.length;
          const seen: Item[] = [];
          const pages = requestPage<Item>(
            client,
            { method: "GET", path: `/${style}`, query: { limit } },
            descriptors[style],
          );
          for await (const item of pages) seen.push(item);
          expect(seen).toEqual(list);
          // One request per page, plus one for an empty list.
          expect(server.requests.length - before).toBe(Math.max(1, Math.ceil(list.length / limit)));
        },
      ),
      { numRuns: 60 },
    );
    // Up to 2,400 local round trips: 14 s was seen on a loaded machine against the default 30 s.
  }, 120_000);
});
