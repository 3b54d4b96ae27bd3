import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FaultServer, startFaultServer } from "../../test-support/fault-server.js";
import { createClient } from "../client/create-client.js";
import type { Client } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { getMeta } from "../meta/registry.js";
import type { PageDescriptor } from "./descriptor.js";
import { requestPage } from "./request-page.js";

interface Item {
  id: string;
}

const items: Item[] = Array.from({ length: 7 }, (_, i) => ({ id: `item_${i}` }));

const json = (res: ServerResponse, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(200, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

/** The items after `cursor` (an id) and the page of `limit` of them. */
const slice = (cursor: string | null, limit: number) => {
  const from = cursor === null ? 0 : items.findIndex((i) => i.id === cursor) + 1;
  const data = items.slice(from, from + limit);
  return { data, from, more: from + limit < items.length };
};

/** One route per cursor style, plus servers that misbehave. */
const routes: Record<string, (url: URL, res: ServerResponse) => void> = {
  // after / last_id / has_more: files, batches, assistants...
  "/after": (url, res) => {
    const { data, more } = slice(url.searchParams.get("after"), 3);
    json(
      res,
      {
        object: "list",
        data,
        first_id: data[0]?.id ?? null,
        last_id: data.at(-1)?.id ?? null,
        has_more: more,
      },
      { "x-request-id": `req_${url.searchParams.get("after") ?? "first"}` },
    );
  },
  // has_more but no cursor field: the next cursor is the last item's id.
  "/last-id": (url, res) => {
    const { data, more } = slice(url.searchParams.get("after"), 3);
    json(res, { data, has_more: more });
  },
  // An opaque token and no has_more: a null token ends the list.
  "/token": (url, res) => {
    const page = Number(url.searchParams.get("page") ?? "0");
    const data = items.slice(page * 3, page * 3 + 3);
    json(res, { data, next_page: page * 3 + 3 < items.length ? String(page + 1) : null });
  },
  "/custom-items": (url, res) => {
    const { data, more } = slice(url.searchParams.get("after"), 4);
    json(res, { results: data, has_more: more });
  },
  "/same-cursor": (_url, res) =>
    json(res, { data: items.slice(0, 2), last_id: "stuck", has_more: true }),
  "/cycle": (url, res) => {
    const next = { start: "a", a: "b", b: "a" }[url.searchParams.get("after") ?? "start"];
    json(res, { data: [{ id: next }], last_id: next, has_more: true });
  },
  "/empty-more": (_url, res) => json(res, { data: [], has_more: true }),
  "/not-a-list": (_url, res) => json(res, { object: "file", id: "file_1" }),
};

let server: FaultServer;
let client: Client;

beforeAll(async () => {
  server = await startFaultServer({
    fallback: {
      type: "custom",
      handle: (req: IncomingMessage, res) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        const route = routes[url.pathname];
        if (route) route(url, res);
        else json(res, { error: { message: "no route" } });
      },
    },
  });
  client = createClient({ apiKey: "sk-test", baseURL: server.url, maxRetries: 0 });
});

afterAll(() => server.close());

const afterStyle: PageDescriptor = { param: "after", cursor: "last_id", hasMore: "has_more" };
const lastIdStyle: PageDescriptor = { param: "after", cursor: "$lastId", hasMore: "has_more" };
const tokenStyle: PageDescriptor = { param: "page", cursor: "next_page" };

const collect = async <T>(source: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
};

const requestsSince = (before: number) => server.requests.slice(before).map((r) => r.url);

describe("requestPage", () => {
  it.each([
    ["after + last_id + has_more", "/after", afterStyle],
    ["$lastId + has_more", "/last-id", lastIdStyle],
    ["next_page token without has_more", "/token", tokenStyle],
  ])("iterates every item once, in order, across pages (%s)", async (_label, path, descriptor) => {
    const all = await collect(requestPage<Item>(client, { method: "GET", path }, descriptor));
    expect(all).toEqual(items);
  });

  it("sends the cursor of each page as the descriptor's query parameter", async () => {
    const before = server.requests.length;
    await collect(
      requestPage<Item>(client, { method: "GET", path: "/after", query: { limit: 3 } }, afterStyle),
    );
    expect(requestsSince(before)).toEqual([
      "/after?limit=3",
      "/after?limit=3&after=item_2",
      "/after?limit=3&after=item_5",
    ]);
  });

  it("resolves to the first page with data, hasMore, the raw body and its metadata", async () => {
    const page = await requestPage<Item>(client, { method: "GET", path: "/after" }, afterStyle);
    expect(page.data).toEqual(items.slice(0, 3));
    expect(page.hasMore).toBe(true);
    expect(page.body.first_id).toBe("item_0");
    expect(getMeta(page)?.requestId).toBe("req_first");
  });

  it("walks pages with nextPage() until it returns null", async () => {
    const page1 = await requestPage<Item>(client, { method: "GET", path: "/token" }, tokenStyle);
    const page2 = await page1.nextPage();
    const page3 = await page2!.nextPage();
    expect([page1.data, page2!.data, page3!.data]).toEqual([
      items.slice(0, 3),
      items.slice(3, 6),
      items.slice(6),
    ]);
    expect(page3!.hasMore).toBe(false);
    expect(await page3!.nextPage()).toBeNull();
  });

  it("shares one request between repeated nextPage() calls", async () => {
    const page = await requestPage<Item>(client, { method: "GET", path: "/after" }, afterStyle);
    const before = server.requests.length;
    const [a, b] = await Promise.all([page.nextPage(), page.nextPage()]);
    expect(a).toBe(b);
    expect(requestsSince(before)).toHaveLength(1);
    expect(getMeta(a!)?.requestId).toBe("req_item_2");
  });

  it("iterates a page from that page onward", async () => {
    const page1 = await requestPage<Item>(client, { method: "GET", path: "/last-id" }, lastIdStyle);
    const page2 = await page1.nextPage();
    expect(await collect(page2!)).toEqual(items.slice(3));
  });

  it("reads items from the descriptor's items field", async () => {
    const descriptor = { ...afterStyle, cursor: "$lastId", items: "results" };
    const all = await collect(
      requestPage<Item>(client, { method: "GET", path: "/custom-items" }, descriptor),
    );
    expect(all).toEqual(items);
  });

  it("starts from a cursor given in the call's query and does not resend it on later pages", async () => {
    const before = server.requests.length;
    const all = await collect(
      requestPage<Item>(client, { method: "GET", path: "/after" }, afterStyle, {
        query: { after: "item_0" },
      }),
    );
    expect(all).toEqual(items.slice(1));
    expect(requestsSince(before)).toEqual(["/after?after=item_0", "/after?after=item_3"]);
  });

  it("sends nothing until it is awaited or iterated", async () => {
    const before = server.requests.length;
    const pending = requestPage<Item>(client, { method: "GET", path: "/after" }, afterStyle);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests.length).toBe(before);
    await pending;
    expect(server.requests.length).toBe(before + 1);
  });

  it("stops with an APIError when the server repeats the same cursor", async () => {
    const pages = requestPage<Item>(client, { method: "GET", path: "/same-cursor" }, afterStyle);
    const error = await collect(pages).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/cursor "stuck" again/);
  });

  it("stops nextPage() when a page names the cursor that fetched it", async () => {
    const page1 = await requestPage<Item>(
      client,
      { method: "GET", path: "/same-cursor" },
      afterStyle,
    );
    const page2 = await page1.nextPage();
    await expect(page2!.nextPage()).rejects.toThrow(/cursor "stuck" again/);
  });

  it("stops iterating when cursors cycle through earlier values", async () => {
    const error = await collect(
      requestPage<Item>(client, { method: "GET", path: "/cycle" }, afterStyle),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/cursor "a" again/);
  });

  it("stops with an APIError on an empty page that claims more items follow", async () => {
    const pages = requestPage<Item>(client, { method: "GET", path: "/empty-more" }, lastIdStyle);
    const error = await collect(pages).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/gave no cursor for "after"/);
  });

  it("rejects a response that has no items array", async () => {
    const pages = requestPage<Item>(client, { method: "GET", path: "/not-a-list" }, afterStyle);
    await expect(pages).rejects.toThrow(/no "data" array/);
  });

  it("passes HTTP errors of the first page through as APIErrors", async () => {
    server.enqueue({
      type: "respond",
      status: 404,
      body: { error: { message: "gone", type: "invalid_request_error" } },
    });
    await expect(
      requestPage<Item>(client, { method: "GET", path: "/after" }, afterStyle),
    ).rejects.toMatchObject({
      status: 404,
      message: expect.stringContaining("gone"),
    });
  });
});
