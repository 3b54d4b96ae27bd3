import { connectRealtime, createRealtimeClientSecret } from "@oaikit/realtime";
import { check, checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

/**
 * A Realtime session over the runtime's own WebSocket (`ws` on Node 20): the key as a header
 * where the runtime can send one, an ephemeral client secret as a subprotocol in a page.
 */
export const realtimeSession: SmokeCase = {
  name: "realtime session",
  async run({ client, mode, browser }) {
    if (mode === "in-process") return { skip: "the in-process emulator serves no WebSocket" };
    let connectWith = client();
    if (browser) {
      const secret = await createRealtimeClientSecret(client(), {
        session: { type: "realtime", model: "gpt-realtime" },
      });
      check(secret.value.startsWith("ek_"), "an ephemeral client secret was minted");
      connectWith = client({ apiKey: secret.value });
    }
    const connection = await connectRealtime(connectWith, { model: "gpt-realtime" });
    const types: string[] = [];
    const log = (async () => {
      for await (const event of connection) types.push(event.type);
    })();
    const updated = await connection.updateSession({ output_modalities: ["text"] });
    checkEqual(updated.session.type, "realtime", "session.updated type");
    await connection.createItem({
      type: "message",
      role: "user",
      content: [{ type: "input_text", text: "ping" }],
    });
    const done = await connection.createResponse();
    checkEqual(done.response.status, "completed", "response status");
    checkEqual(
      connection.conversation.response(done.response.id ?? "")?.text,
      "Echo: ping",
      "streamed text",
    );
    await connection.close();
    await log;
    checkEqual(types[0], "session.created", "first event");
    checkEqual(types.at(-1), "response.done", "last event");
  },
};
