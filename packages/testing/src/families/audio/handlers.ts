import type { Handlers } from "../../router/handler.js";
import { createSpeech } from "./speech-handler.js";
import { transcriptionHandlers } from "./transcription-handlers.js";
import { voiceHandlers } from "./voice-handlers.js";

export const audioHandlers: Handlers = {
  createSpeech,
  ...transcriptionHandlers,
  ...voiceHandlers,
};
