import { startVoiceServer } from "./server.js";

const voice = await startVoiceServer({ port: Number(process.env.PORT ?? 5174) });
process.stdout.write(
  `realtime-voice: open ${voice.url} (the page talks to ${voice.apiBaseURL}${process.env.OPENAI_API_KEY ? "" : ", the embedded emulator; set OPENAI_API_KEY for the real API"})\n`,
);
const stop = () => {
  void voice.close().then(() => process.exit(0));
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
