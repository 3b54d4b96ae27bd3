/** One page of a list endpoint; iterating it walks every item from this page to the last. */
export interface Page<Item> extends AsyncIterable<Item> {
  /** The items of this page only. */
  readonly data: Item[];
  /** Whether the server has another page after this one. */
  readonly hasMore: boolean;
  /** The parsed response body, for fields beyond the items (`first_id`, `object`...). */
  readonly body: Record<string, unknown>;
  /** Fetches the following page; null on the last one. Repeated calls share one request. */
  nextPage(): Promise<Page<Item> | null>;
}

/**
 * What a `list*` call returns: await it for the first page, or iterate it for every item
 * across all pages. The request starts on the first `await` or iteration, never before.
 * It is a thenable, not a `Promise` instance.
 */
export interface PagePromise<Item> extends Promise<Page<Item>>, AsyncIterable<Item> {}
