import type { Harness } from "./harness.js";

const OFFER =
  "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";

/** Realtime over REST: client secrets, sessions, and a WebRTC call from offer to hangup. */
export const realtimeSteps = async ({ run, lastHeaders }: Harness): Promise<void> => {
  await run("create-realtime-client-secret", {
    session: { type: "realtime", model: "gpt-realtime" },
  });
  await run("create-realtime-translation-client-secret", {
    session: { model: "gpt-realtime-translate", audio: { output: { language: "fr" } } },
  });
  // The spec's request schema for this legacy route requires a client_secret of its own.
  await run("create-realtime-session", {
    model: "gpt-realtime",
    client_secret: { value: "ek_placeholder", expires_at: 0 },
  });
  await run("create-realtime-transcription-session", {});
  await run("create-realtime-call", { sdp: OFFER });
  const call_id = lastHeaders().get("location")!.split("/").at(-1)!;
  await run("accept-realtime-call", { call_id, type: "realtime", model: "gpt-realtime" });
  await run("refer-realtime-call", { call_id, target_uri: "tel:+14155550123" });
  await run("reject-realtime-call", { call_id, status_code: 486 });
  await run("hangup-realtime-call", { call_id });
};
