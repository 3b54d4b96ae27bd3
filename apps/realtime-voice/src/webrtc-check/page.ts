import { createClient } from "@oaikit/core";
import { connectRealtimeWebRTC } from "@oaikit/realtime";

/**
 * A test page: connectRealtimeWebRTC against a peer in the same page, reached through the
 * client's `fetch`. The peer answers the SDP offer for real and speaks a minimal Realtime
 * protocol on the data channel, so the handshake, the channel and the typed events all run in
 * Chromium's own WebRTC stack over loopback.
 */
interface Outcome {
  offer: { hasAudio: boolean; hasDataChannel: boolean; contentType: string; url: string };
  events: string[];
  text: string;
  error?: string;
}

const serverPeer = (offerSdp: string): Promise<string> => {
  const peer = new RTCPeerConnection();
  peer.addEventListener("datachannel", ({ channel }) => {
    const send = (event: Record<string, unknown>) =>
      channel.send(JSON.stringify({ event_id: `ev_${Math.random()}`, ...event }));
    channel.addEventListener("open", () =>
      send({ type: "session.created", session: { type: "realtime", id: "sess_page" } }),
    );
    channel.addEventListener("message", ({ data }) => {
      const event = JSON.parse(String(data));
      if (event.type === "session.update")
        send({ type: "session.updated", session: { type: "realtime", ...event.session } });
      if (event.type === "conversation.item.create") {
        send({
          type: "conversation.item.added",
          previous_item_id: null,
          item: { ...event.item, id: "item_1", status: "completed" },
        });
      }
      if (event.type === "response.create") {
        const response = {
          id: "resp_1",
          object: "realtime.response",
          status: "in_progress",
          output: [],
        };
        send({ type: "response.created", response });
        for (const delta of ["over ", "WebRTC"]) {
          send({
            type: "response.output_text.delta",
            response_id: "resp_1",
            item_id: "item_2",
            output_index: 0,
            content_index: 0,
            delta,
          });
        }
        send({ type: "response.done", response: { ...response, status: "completed" } });
      }
    });
  });
  return (async () => {
    await peer.setRemoteDescription({ type: "offer", sdp: offerSdp });
    await peer.setLocalDescription(await peer.createAnswer());
    // Wait for host candidates so the answer carries them (no trickle over HTTP).
    if (peer.iceGatheringState !== "complete") {
      await new Promise<void>((resolve) =>
        peer.addEventListener("icegatheringstatechange", () => {
          if (peer.iceGatheringState === "complete") resolve();
        }),
      );
    }
    return peer.localDescription!.sdp;
  })();
};

const run = async (): Promise<Outcome> => {
  const outcome: Outcome = {
    offer: { hasAudio: false, hasDataChannel: false, contentType: "", url: "" },
    events: [],
    text: "",
  };
  const pageFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const sdp = await request.text();
    outcome.offer = {
      hasAudio: sdp.includes("m=audio"),
      hasDataChannel: sdp.includes("m=application"),
      contentType: request.headers.get("content-type") ?? "",
      url: request.url,
    };
    return new Response(await serverPeer(sdp), {
      status: 201,
      headers: { "content-type": "application/sdp" },
    });
  };
  const client = createClient({
    apiKey: "ek_page_secret",
    baseURL: "https://api.example.invalid/v1",
    fetch: pageFetch,
  });
  const session = await connectRealtimeWebRTC(client, { model: "gpt-realtime" });
  session.on("*", (event) => outcome.events.push(event.type));
  await session.updateSession({ output_modalities: ["text"] });
  await session.createItem({
    type: "message",
    role: "user",
    content: [{ type: "input_text", text: "hi" }],
  });
  const done = await session.createResponse();
  outcome.text = session.conversation.response(done.response.id ?? "")?.text ?? "";
  await session.close();
  return outcome;
};

(window as unknown as { outcome: Promise<Outcome> }).outcome = run().catch((error: Error) => ({
  offer: { hasAudio: false, hasDataChannel: false, contentType: "", url: "" },
  events: [],
  text: "",
  error: `${error.name}: ${error.message}`,
}));
