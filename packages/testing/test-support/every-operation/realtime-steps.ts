import type { Harness } from "./harness.js";

const OFFER =
  "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";

/** Realtime over REST: client secrets, sessions, and a WebRTC call from offer to hangup. */
export const realtimeSteps = async ({ run, lastHeaders }: Harness): Promise<void> => {
  await run("createRealtimeClientSecret", {
    session: { type: "realtime", model: "gpt-realtime" },
  });
  await run("createRealtimeTranslationClientSecret", {
    session: { model: "gpt-realtime-translate", audio: { output: { language: "fr" } } },
  });
  // The spec's request schema for this legacy route requires a client_secret of its own.
  await run("createRealtimeSession", {
    model: "gpt-realtime",
    client_secret: { value: "ek_placeholder", expires_at: 0 },
  });
  await run("createRealtimeTranscriptionSession", {});
  await run("createRealtimeCall", { sdp: OFFER });
  const call_id = lastHeaders().get("location")!.split("/").at(-1)!;
  await run("acceptRealtimeCall", { call_id, type: "realtime", model: "gpt-realtime" });
  await run("referRealtimeCall", { call_id, target_uri: "tel:+14155550123" });
  await run("rejectRealtimeCall", { call_id, status_code: 486 });
  await run("hangupRealtimeCall", { call_id });
};
