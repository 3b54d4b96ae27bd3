import { createParser } from "eventsource-parser";

/** Parses a whole body given as chunks; returns how many events it dispatched. */
export interface ParserUnderTest {
  name: string;
  parse(chunks: Uint8Array[]): number;
}

/** The shape of core's incremental parser (createSSEParser), so either dist or source fits. */
export type CreateSSEParser = () => {
  feed(chunk: Uint8Array): unknown[];
  end(): unknown[];
};

export const coreParser = (createSSEParser: CreateSSEParser): ParserUnderTest => ({
  name: "oaikit core",
  parse(chunks) {
    const parser = createSSEParser();
    let events = 0;
    for (const chunk of chunks) events += parser.feed(chunk).length;
    return events + parser.end().length;
  },
});

// eventsource-parser takes strings, so its run includes the streaming UTF-8 decode ours does inside.
export const eventsourceParser: ParserUnderTest = {
  name: "eventsource-parser",
  parse(chunks) {
    let events = 0;
    const decoder = new TextDecoder();
    const parser = createParser({
      onEvent: () => {
        events++;
      },
    });
    for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
    parser.feed(decoder.decode());
    parser.reset({ consume: true });
    return events;
  },
};
