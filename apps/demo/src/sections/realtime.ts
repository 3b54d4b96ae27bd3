import { connectRealtime } from "@oaikit/realtime";
import { line } from "../print.js";
import type { DemoSection } from "./section.js";

const REALTIME_MODEL = "gpt-realtime";

export const realtimeSection: DemoSection = {
  title: "A Realtime session over a WebSocket: typed events, a response, a reconnect",
  async run({ client, emulator }) {
    // On the emulator, the socket drops after its fourth event (the first item is in), to show a reconnect.
    emulator?.fault({ route: "realtimeWebSocket", kind: "ws-drop", afterEvents: 4 });
    const session = await connectRealtime(client, {
      model: REALTIME_MODEL,
      reconnect: {
        initialDelayMs: 100,
        onReconnected: ({ attempt, restored, lost }) =>
          line(
            `reconnected (attempt ${attempt}): ${restored.length} items restored, ${lost.length} lost`,
          ),
      },
    });
    line(`connected: ${session.status}`);
    let deltas = 0;
    session.on("response.output_text.delta", () => {
      deltas++;
    });
    await session.updateSession({
      instructions: "Answer in one short sentence.",
      output_modalities: ["text"],
    });
    for (const text of ["My name is Ada.", "What is my name?"]) {
      line(`user: ${text}`);
      await session.createItem({
        type: "message",
        role: "user",
        content: [{ type: "input_text", text }],
      });
      deltas = 0;
      const done = await session.createResponse();
      const answer = session.conversation.response(done.response.id ?? "");
      line(`assistant: ${answer?.text} (${done.response.status}, ${deltas} text deltas)`);
    }
    line(`conversation: ${session.conversation.items.length} items, in the server's order`);
    await session.close();
  },
};
