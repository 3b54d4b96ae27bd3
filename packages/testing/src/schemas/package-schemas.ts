/* The generated valibot schemas of every resource package, by package folder name. */
import * as admin from "@oaikit/admin/schemas";
import * as assistants from "@oaikit/assistants/schemas";
import * as audio from "@oaikit/audio/schemas";
import * as batches from "@oaikit/batches/schemas";
import * as chat from "@oaikit/chat/schemas";
import * as chatkit from "@oaikit/chatkit/schemas";
import * as completions from "@oaikit/completions/schemas";
import * as containers from "@oaikit/containers/schemas";
import * as conversations from "@oaikit/conversations/schemas";
import * as embeddings from "@oaikit/embeddings/schemas";
import * as evals from "@oaikit/evals/schemas";
import * as files from "@oaikit/files/schemas";
import * as fineTuning from "@oaikit/fine-tuning/schemas";
import * as graders from "@oaikit/graders/schemas";
import * as images from "@oaikit/images/schemas";
import * as models from "@oaikit/models/schemas";
import * as moderations from "@oaikit/moderations/schemas";
import * as realtime from "@oaikit/realtime/schemas";
import * as responses from "@oaikit/responses/schemas";
import * as skills from "@oaikit/skills/schemas";
import * as uploads from "@oaikit/uploads/schemas";
import * as vectorStores from "@oaikit/vector-stores/schemas";
import * as videos from "@oaikit/videos/schemas";

export const packageSchemas: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  admin,
  assistants,
  audio,
  batches,
  chat,
  chatkit,
  completions,
  containers,
  conversations,
  embeddings,
  evals,
  files,
  "fine-tuning": fineTuning,
  graders,
  images,
  models,
  moderations,
  realtime,
  responses,
  skills,
  uploads,
  "vector-stores": vectorStores,
  videos,
};
