import type { SSEEvent } from "./types.js";

/** An incremental event-stream parser: feed it body bytes as they arrive, then call `end()`. */
export interface SSEParser {
  /** Parses one chunk; returns the events it completed (often none). */
  feed(chunk: Uint8Array): SSEEvent[];
  /**
   * Flushes the body's tail. Unlike the HTML standard, an event still pending here (the body
   * ended without a blank line) is dispatched: a server that closes right after its last
   * `data:` line meant to send it.
   */
  end(): SSEEvent[];
}

const LF = 10;
const COLON = 58;
const SPACE = 32;
const DIGITS = /^\d+$/;

// Char-code prefix checks: `startsWith` with a position argument was measurably slower here.
const isData = (text: string, i: number): boolean =>
  text.charCodeAt(i) === 100 &&
  text.charCodeAt(i + 1) === 97 &&
  text.charCodeAt(i + 2) === 116 &&
  text.charCodeAt(i + 3) === 97 &&
  text.charCodeAt(i + 4) === COLON;

const isEvent = (text: string, i: number): boolean =>
  text.charCodeAt(i) === 101 &&
  text.charCodeAt(i + 1) === 118 &&
  text.charCodeAt(i + 2) === 101 &&
  text.charCodeAt(i + 3) === 110 &&
  text.charCodeAt(i + 4) === 116 &&
  text.charCodeAt(i + 5) === COLON;

/**
 * Creates a parser for `text/event-stream` bodies following the HTML living standard's
 * interpretation rules (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 */
/* @__NO_SIDE_EFFECTS__ */
export const createSSEParser = (): SSEParser => {
  // A streaming decoder keeps multi-byte sequences split across chunks intact and drops one
  // leading BOM, which is exactly the standard's rule.
  const decoder = new TextDecoder();
  // Text after the last line end seen so far; kept unscanned so a long line costs one scan.
  let pending = "";
  // The previous chunk ended in CR: an LF opening the next chunk belongs to the same line end.
  let skipLF = false;
  let data = "";
  let hasData = false;
  let eventType = "";
  let lastId: string | undefined;
  let retry: number | undefined;
  let out: SSEEvent[] = [];

  const dispatch = (): void => {
    if (hasData) {
      out.push({ event: eventType === "" ? "message" : eventType, data, id: lastId, retry });
    }
    data = "";
    hasData = false;
    eventType = "";
  };

  const appendData = (value: string): void => {
    if (hasData) data += `\n${value}`;
    else {
      data = value;
      hasData = true;
    }
  };

  // Works on `text` between `start` and `end` so the common fields cost one slice, not two.
  const line = (text: string, start: number, end: number): void => {
    if (start === end) {
      dispatch();
      return;
    }
    if (text.charCodeAt(start) === COLON) return;
    if (isData(text, start)) {
      appendData(text.slice(text.charCodeAt(start + 5) === SPACE ? start + 6 : start + 5, end));
      return;
    }
    if (isEvent(text, start)) {
      eventType = text.slice(text.charCodeAt(start + 6) === SPACE ? start + 7 : start + 6, end);
      return;
    }
    const whole = text.slice(start, end);
    const colon = whole.indexOf(":");
    let field = whole;
    let value = "";
    if (colon !== -1) {
      field = whole.slice(0, colon);
      value = whole.slice(whole.charCodeAt(colon + 1) === SPACE ? colon + 2 : colon + 1);
    }
    switch (field) {
      case "data":
        appendData(value);
        break;
      case "event":
        eventType = value;
        break;
      case "id":
        if (!value.includes("\0")) lastId = value === "" ? undefined : value;
        break;
      case "retry":
        if (DIGITS.test(value)) retry = Number(value);
        break;
    }
  };

  const scan = (text: string): void => {
    const length = text.length;
    if (length === 0) return;
    let pos = 0;
    if (skipLF) {
      skipLF = false;
      if (text.charCodeAt(0) === LF) pos = 1;
    }
    // Each terminator kind is searched once per occurrence; a kind the text lacks (usually CR)
    // stays at -1 and is never searched again.
    let lf = text.indexOf("\n", pos);
    let cr = text.indexOf("\r", pos);
    while (lf !== -1 || cr !== -1) {
      let end: number;
      let next: number;
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        end = lf;
        next = lf + 1;
      } else {
        end = cr;
        next = cr + 1;
        if (next === length) skipLF = true;
        else if (text.charCodeAt(next) === LF) next++;
      }
      if (pending === "") line(text, pos, end);
      else {
        const joined = pending + text.slice(pos, end);
        pending = "";
        line(joined, 0, joined.length);
      }
      pos = next;
      if (lf !== -1 && lf < pos) lf = text.indexOf("\n", pos);
      if (cr !== -1 && cr < pos) cr = text.indexOf("\r", pos);
    }
    if (pos < length) pending += pos === 0 ? text : text.slice(pos);
  };

  const take = (): SSEEvent[] => {
    const events = out;
    out = [];
    return events;
  };

  return {
    feed(chunk) {
      scan(decoder.decode(chunk, { stream: true }));
      return take();
    },
    end() {
      scan(decoder.decode());
      if (pending !== "") {
        const last = pending;
        pending = "";
        line(last, 0, last.length);
      }
      skipLF = false;
      dispatch();
      return take();
    },
  };
};
