import { adminHandlers } from "../families/admin/handlers.js";
import { assistantsHandlers } from "../families/assistants/handlers.js";
import { audioHandlers } from "../families/audio/handlers.js";
import { batchesHandlers } from "../families/batches/handlers.js";
import { chatHandlers } from "../families/chat/handlers.js";
import { chatkitHandlers } from "../families/chatkit/handlers.js";
import { completionsHandlers } from "../families/completions/handlers.js";
import { containersHandlers } from "../families/containers/handlers.js";
import { conversationsHandlers } from "../families/conversations/handlers.js";
import { embeddingsHandlers } from "../families/embeddings/handlers.js";
import { evalsHandlers } from "../families/evals/handlers.js";
import { filesHandlers } from "../families/files/handlers.js";
import { fineTuningHandlers } from "../families/fine-tuning/handlers.js";
import { gradersHandlers } from "../families/graders/handlers.js";
import { imagesHandlers } from "../families/images/handlers.js";
import { modelsHandlers } from "../families/models/handlers.js";
import { moderationsHandlers } from "../families/moderations/handlers.js";
import { realtimeHandlers } from "../families/realtime/handlers.js";
import { betaResponsesHandlers } from "../families/responses/beta-handlers.js";
import { responsesHandlers } from "../families/responses/handlers.js";
import { tokenHandlers } from "../families/responses/token-handlers.js";
import { skillsHandlers } from "../families/skills/handlers.js";
import { uploadsHandlers } from "../families/uploads/handlers.js";
import { vectorStoreFilesHandlers } from "../families/vector-stores/file-handlers.js";
import { vectorStoresHandlers } from "../families/vector-stores/handlers.js";
import { videosHandlers } from "../families/videos/handlers.js";
import type { Handlers } from "./handler.js";

/** Every family's handlers, keyed by operationId. */
export const allHandlers: Handlers = {
  ...responsesHandlers,
  ...chatHandlers,
  ...completionsHandlers,
  ...embeddingsHandlers,
  ...modelsHandlers,
  ...moderationsHandlers,
  ...filesHandlers,
  ...vectorStoresHandlers,
  ...vectorStoreFilesHandlers,
  ...batchesHandlers,
  ...uploadsHandlers,
  ...conversationsHandlers,
  ...adminHandlers,
  ...imagesHandlers,
  ...audioHandlers,
  ...videosHandlers,
  ...fineTuningHandlers,
  ...gradersHandlers,
  ...evalsHandlers,
  ...containersHandlers,
  ...skillsHandlers,
  ...chatkitHandlers,
  ...assistantsHandlers,
  ...realtimeHandlers,
  ...tokenHandlers,
  ...betaResponsesHandlers,
};
