import { createClient } from "@oaikit/core";
import { connectRealtimeWebRTC } from "@oaikit/realtime";

// A test page: connectRealtimeWebRTC against the emulator's POST /realtime/calls.
const { secret, baseURL } = (window as unknown as { target: { secret: string; baseURL: string } })
  .target;
(window as unknown as { outcome: Promise<string> }).outcome = connectRealtimeWebRTC(
  createClient({ apiKey: secret, baseURL }),
  { model: "gpt-realtime" },
).then(
  async (session) => {
    await session.close();
    return "connected";
  },
  (error: Error) => `${error.name}: ${error.message}`,
);
