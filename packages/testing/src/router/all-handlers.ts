import { batchesHandlers } from "../families/batches/handlers.js";
import { chatHandlers } from "../families/chat/handlers.js";
import { completionsHandlers } from "../families/completions/handlers.js";
import { conversationsHandlers } from "../families/conversations/handlers.js";
import { embeddingsHandlers } from "../families/embeddings/handlers.js";
import { filesHandlers } from "../families/files/handlers.js";
import { modelsHandlers } from "../families/models/handlers.js";
import { moderationsHandlers } from "../families/moderations/handlers.js";
import { responsesHandlers } from "../families/responses/handlers.js";
import { uploadsHandlers } from "../families/uploads/handlers.js";
import { vectorStoreFilesHandlers } from "../families/vector-stores/file-handlers.js";
import { vectorStoresHandlers } from "../families/vector-stores/handlers.js";
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
};
