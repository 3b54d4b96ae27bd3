/* The root entries of every resource package, by package folder name: their generated functions. */
import * as admin from "@oaikit/admin";
import * as assistants from "@oaikit/assistants";
import * as audio from "@oaikit/audio";
import * as batches from "@oaikit/batches";
import * as chat from "@oaikit/chat";
import * as chatkit from "@oaikit/chatkit";
import * as completions from "@oaikit/completions";
import * as containers from "@oaikit/containers";
import * as conversations from "@oaikit/conversations";
import * as embeddings from "@oaikit/embeddings";
import * as evals from "@oaikit/evals";
import * as files from "@oaikit/files";
import * as fineTuning from "@oaikit/fine-tuning";
import * as graders from "@oaikit/graders";
import * as images from "@oaikit/images";
import * as models from "@oaikit/models";
import * as moderations from "@oaikit/moderations";
import * as realtime from "@oaikit/realtime";
import * as responses from "@oaikit/responses";
import * as skills from "@oaikit/skills";
import * as uploads from "@oaikit/uploads";
import * as vectorStores from "@oaikit/vector-stores";
import * as videos from "@oaikit/videos";

export const packageFunctions: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
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
