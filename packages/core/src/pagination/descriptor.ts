/**
 * How one list endpoint pages. Generated code passes one of these per list operation, so every
 * cursor style in the spec is described by data instead of code.
 */
export interface PageDescriptor {
  /** Query parameter that carries the cursor of the next page: "after", "page", "cursor"... */
  param: string;
  /**
   * Where the next cursor comes from: a field of the response body ("last_id", "next_page",
   * "next_cursor"), or "$lastId" for the `id` of the last item on the page.
   */
  cursor: string;
  /** Boolean body field telling whether more pages exist; when absent, a null cursor ends it. */
  hasMore?: string | undefined;
  /** Body field holding the items. Default "data". */
  items?: string | undefined;
}
