import { describe, expectTypeOf, it } from "vitest";
import type {
  RealtimeClientEvent,
  RealtimeServerEvent,
  RealtimeServerEventResponseDone,
  RealtimeServerEventSessionUpdated,
} from "../generated/types.js";
import type { RealtimeConnection } from "./realtime-connection.js";
import type { RealtimeAck, RealtimeUnknownEvent } from "./types.js";

// Compile-time checks: `pnpm typecheck` fails when these drift. The bodies never run.
const streamNarrows = async (connection: RealtimeConnection) => {
  for await (const event of connection) {
    if (event.type === "response.done") {
      expectTypeOf(event).toEqualTypeOf<RealtimeServerEventResponseDone>();
    }
    expectTypeOf(event).toEqualTypeOf<RealtimeServerEvent>();
  }
};

const sendIsTyped = (connection: RealtimeConnection) => {
  expectTypeOf(
    connection.send({ type: "session.update", session: { type: "realtime" } }),
  ).toEqualTypeOf<Promise<RealtimeServerEventSessionUpdated>>();
  expectTypeOf(connection.send({ type: "input_audio_buffer.append", audio: "" })).toEqualTypeOf<
    Promise<undefined>
  >();
  // @ts-expect-error: not a client event
  void connection.send({ type: "response.done" });
  expectTypeOf<
    RealtimeAck<RealtimeServerEvent, "response.cancel">
  >().toEqualTypeOf<RealtimeServerEventResponseDone>();
  expectTypeOf<RealtimeClientEvent["type"]>().toExtend<string>();
  void connection.updateSession({ instructions: "Be brief." });
  void connection.updateSession({ type: "transcription" });
};

const onIsTyped = (connection: RealtimeConnection) => {
  connection.on("response.done", (event) => {
    expectTypeOf(event).toEqualTypeOf<RealtimeServerEventResponseDone>();
  });
  connection.on("vendor.custom", (event) => {
    expectTypeOf(event).toEqualTypeOf<RealtimeUnknownEvent>();
  });
};

describe("Realtime connection types", () => {
  it("narrows streamed events, types send by event and on() by type", () => {
    expectTypeOf(streamNarrows).toBeFunction();
    expectTypeOf(sendIsTyped).toBeFunction();
    expectTypeOf(onIsTyped).toBeFunction();
  });
});
