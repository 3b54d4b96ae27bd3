import { describe, expect, it } from "vitest";
import { createMemorySeenStore } from "./memory-seen-store.js";

describe("createMemorySeenStore", () => {
  it("records an id once, until it expires or is deleted", () => {
    let now = 0;
    const store = createMemorySeenStore({ ttlSeconds: 60, now: () => now });
    expect(store.add("wh_1")).toBe(true);
    expect(store.add("wh_1")).toBe(false);
    now = 59_999;
    expect(store.add("wh_1")).toBe(false);
    now = 60_000;
    expect(store.add("wh_1")).toBe(true);
    store.delete("wh_1");
    expect(store.add("wh_1")).toBe(true);
  });

  it("remembers ids for 72 hours by default", () => {
    let now = 0;
    const store = createMemorySeenStore({ now: () => now });
    store.add("wh_1");
    now = 72 * 3600 * 1000 - 1;
    expect(store.add("wh_1")).toBe(false);
    now += 1;
    expect(store.add("wh_1")).toBe(true);
  });

  it("holds at most maxEntries ids, forgetting the oldest first", () => {
    const store = createMemorySeenStore({ maxEntries: 2 });
    store.add("a");
    store.add("b");
    store.add("c");
    expect(store.add("b")).toBe(false);
    expect(store.add("c")).toBe(false);
    expect(store.add("a")).toBe(true);
  });

  it("refuses a ttl or size that is not positive", () => {
    expect(() => createMemorySeenStore({ ttlSeconds: 0 })).toThrow(TypeError);
    expect(() => createMemorySeenStore({ maxEntries: Number.NaN })).toThrow(TypeError);
  });
});
