import { createClient } from "@oaikit/core";
import { connectRealtime } from "@oaikit/realtime";
import { toneChunks } from "./tone.js";

const status = document.getElementById("status")!;
const log = document.getElementById("log")!;
const transcript = document.getElementById("transcript")!;

const show = (text: string) => {
  const entry = document.createElement("li");
  entry.textContent = text;
  log.append(entry);
};

const run = async () => {
  // The server mints the secret; the page never sees the API key.
  const answer = await fetch("./session", { method: "POST" });
  if (!answer.ok) throw new Error(`POST /session answered ${answer.status}`);
  const { secret, baseURL, model } = (await answer.json()) as Record<string, string>;
  const client = createClient({ apiKey: secret, baseURL });
  const session = await connectRealtime(client, { model: model! });
  status.textContent = "connected";
  session.on("*", (event) => show(event.type));
  session.on("response.output_audio_transcript.delta", (event) => {
    transcript.textContent += event.delta;
  });
  for (const chunk of toneChunks(440, 1)) await session.appendAudio(chunk);
  await session.commitAudio();
  await session.createItem({
    type: "message",
    role: "user",
    content: [{ type: "input_text", text: "That was a tone. Say hello." }],
  });
  const done = await session.createResponse();
  status.textContent = `response ${done.response.status}`;
  await session.close();
  document.body.dataset.state = "done";
};

run().catch((error: Error) => {
  status.textContent = `failed: ${error.name}: ${error.message}`;
  document.body.dataset.state = "failed";
});
