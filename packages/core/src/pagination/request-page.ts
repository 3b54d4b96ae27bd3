import type { Client, RequestOptions, RequestSpec } from "../client/types.js";
import { APIError } from "../errors/api-error.js";
import { redactText, redactValue } from "../errors/redact.js";
import { getMeta, setMeta } from "../meta/registry.js";
import { request } from "../transport/request.js";
import type { PageDescriptor } from "./descriptor.js";
import type { Page, PagePromise } from "./types.js";

type Cursor = string | number;

/** What every page of one listing shares. */
interface Chain {
  client: Client;
  spec: RequestSpec;
  descriptor: PageDescriptor;
  options: RequestOptions;
}

/** A page plus what it takes to fetch the one after it. */
interface Link<Item> {
  page: Page<Item>;
  /** The cursor this page was requested with. */
  cursor: Cursor | undefined;
  /** The cursor of the following page, when the server gave one. */
  next: Cursor | undefined;
  /** Fetches the following page without caching it here, so a long walk holds one page. */
  follow(): Promise<Link<Item> | null>;
}

const asCursor = (value: unknown): Cursor | undefined =>
  (typeof value === "string" && value !== "") || typeof value === "number" ? value : undefined;

const withoutParam = (
  query: Record<string, unknown> | undefined,
  param: string,
): Record<string, unknown> | undefined => {
  if (!query || !(param in query)) return query;
  const { [param]: _dropped, ...rest } = query;
  return rest;
};

/** An APIError about a page the server sent, with the client's keys masked (cursors are echoed). */
const pageError = (client: Client, body: unknown, message: string): APIError => {
  const meta = typeof body === "object" && body !== null ? getMeta(body) : undefined;
  return new APIError(
    meta?.status ?? 200,
    redactValue(client.config, body),
    meta?.headers ?? new Headers(),
    redactText(client.config, message),
  );
};

const repeated = (client: Client, where: string, cursor: Cursor, body: unknown): APIError =>
  pageError(
    client,
    body,
    `${where} returned the cursor ${JSON.stringify(cursor)} again; stopping instead of looping forever.`,
  );

/** Yields every item from `start` onward; guards against any cursor coming back, not just the last. */
async function* walk<Item>(
  start: Link<Item>,
  where: string,
  client: Client,
): AsyncGenerator<Item, void, undefined> {
  const seen = new Set<Cursor>();
  if (start.cursor !== undefined) seen.add(start.cursor);
  let link: Link<Item> | null = start;
  while (link) {
    yield* link.page.data;
    if (link.page.hasMore && link.next !== undefined) {
      if (seen.has(link.next)) throw repeated(client, where, link.next, link.page.body);
      seen.add(link.next);
    }
    link = await link.follow();
  }
}

/** Requests one page: the first one when `cursor` is undefined. */
const fetchLink = async <Item>(
  chain: Chain,
  cursor: Cursor | undefined,
  initial?: Cursor,
): Promise<Link<Item>> => {
  const { descriptor, spec, options } = chain;
  const where = `${spec.method} ${spec.path}`;
  const body =
    cursor === undefined
      ? await request<unknown>(chain.client, spec, options)
      : await request<unknown>(
          chain.client,
          { ...spec, query: { ...spec.query, [descriptor.param]: cursor } },
          // A cursor the caller put in options.query was for the first page only.
          { ...options, query: withoutParam(options.query, descriptor.param) },
        );
  const itemsField = descriptor.items ?? "data";
  const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const data = fields[itemsField];
  if (!Array.isArray(data)) {
    throw pageError(
      chain.client,
      body,
      `${where} returned no "${itemsField}" array to page through.`,
    );
  }
  const next = asCursor(
    descriptor.cursor === "$lastId"
      ? (data.at(-1) as { id?: unknown } | undefined)?.id
      : fields[descriptor.cursor],
  );
  const hasMore =
    descriptor.hasMore === undefined ? next !== undefined : fields[descriptor.hasMore] === true;
  const requestedWith = cursor ?? initial;

  const follow = async (): Promise<Link<Item> | null> => {
    if (!hasMore) return null;
    if (next === undefined) {
      throw pageError(
        chain.client,
        body,
        `${where} says more items follow but gave no cursor for "${descriptor.param}" (an empty page?); stopping instead of guessing.`,
      );
    }
    if (next === requestedWith) throw repeated(chain.client, where, next, body);
    return fetchLink<Item>(chain, next);
  };

  let cached: Promise<Page<Item> | null> | undefined;
  const page: Page<Item> = {
    data: data as Item[],
    hasMore,
    body: fields,
    nextPage() {
      cached ??= follow().then(
        (link) => link?.page ?? null,
        (error: unknown) => {
          // Forget failures so calling nextPage() again retries.
          cached = undefined;
          throw error;
        },
      );
      return cached;
    },
    [Symbol.asyncIterator]: () => walk(link, where, chain.client),
  };
  const link: Link<Item> = { page, cursor: requestedWith, next, follow };
  const meta = getMeta(fields);
  if (meta) setMeta(page, meta);
  return link;
};

/**
 * Requests the first page of a list endpoint described by `descriptor`. Nothing is sent until
 * the result is awaited or iterated.
 *
 * ```ts
 * for await (const file of requestPage(client, { method: "GET", path: "/files" }, byAfter)) {}
 * ```
 */
export const requestPage = <Item>(
  client: Client,
  spec: RequestSpec,
  descriptor: PageDescriptor,
  options: RequestOptions = {},
): PagePromise<Item> => {
  let first: Promise<Link<Item>> | undefined;
  const start = (): Promise<Link<Item>> => {
    first ??= fetchLink<Item>(
      { client, spec, descriptor, options },
      undefined,
      asCursor(options.query?.[descriptor.param] ?? spec.query?.[descriptor.param]),
    );
    return first;
  };
  const firstPage = (): Promise<Page<Item>> => start().then((link) => link.page);
  return {
    // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaitable by design.
    then: (onFulfilled, onRejected) => firstPage().then(onFulfilled, onRejected),
    catch: (onRejected) => firstPage().catch(onRejected),
    finally: (onFinally) => firstPage().finally(onFinally),
    [Symbol.toStringTag]: "PagePromise",
    async *[Symbol.asyncIterator]() {
      yield* walk(await start(), `${spec.method} ${spec.path}`, client);
    },
  };
};
