const CLIENT = 'import { createClient } from "@oaikit/core";';

/** A first example for each package's README (the README is hand-owned after it is created). */
const EXAMPLES: Record<string, string> = {
  types: `import type { CompletionUsage, Metadata } from "@oaikit/types";

const metadata: Metadata = { team: "search" };
const usage: CompletionUsage = { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 };`,
  responses: `${CLIENT}
import { createResponse, streamResponse } from "@oaikit/responses";

const client = createClient();
const response = await createResponse(client, { model: "gpt-5.1", input: "Say hi" });
for await (const event of streamResponse(client, { model: "gpt-5.1", input: "Say hi" })) {
  if (event.type === "response.output_text.delta") process.stdout.write(event.delta);
}`,
  conversations: `${CLIENT}
import { createConversation, listConversationItems } from "@oaikit/conversations";

const client = createClient();
const conversation = await createConversation(client, {});
for await (const item of listConversationItems(client, { conversation_id: conversation.id })) {
  console.log(item.type);
}`,
  chat: `${CLIENT}
import { createChatCompletion } from "@oaikit/chat";

const client = createClient();
const completion = await createChatCompletion(client, {
  model: "gpt-4o",
  messages: [{ role: "user", content: "Say hi" }],
});
console.log(completion.choices[0]?.message.content);`,
  completions: `${CLIENT}
import { createCompletion } from "@oaikit/completions";

const client = createClient();
const completion = await createCompletion(client, { model: "gpt-3.5-turbo-instruct", prompt: "Hi" });`,
  embeddings: `${CLIENT}
import { createEmbedding } from "@oaikit/embeddings";

const client = createClient();
const result = await createEmbedding(client, { model: "text-embedding-3-small", input: "hello" });`,
  audio: `${CLIENT}
import { createSpeech } from "@oaikit/audio";

const client = createClient();
const speech = await createSpeech(client, { model: "gpt-4o-mini-tts", voice: "alloy", input: "Hi" });
const bytes = new Uint8Array(await speech.arrayBuffer());`,
  images: `${CLIENT}
import { createImage } from "@oaikit/images";

const client = createClient();
const images = await createImage(client, { model: "gpt-image-1", prompt: "A lighthouse at dawn" });`,
  videos: `${CLIENT}
import { createVideo, retrieveVideo } from "@oaikit/videos";

const client = createClient();
const video = await createVideo(client, { prompt: "A paper boat on a river" });
const latest = await retrieveVideo(client, { video_id: video.id });`,
  moderations: `${CLIENT}
import { createModeration } from "@oaikit/moderations";

const client = createClient();
const result = await createModeration(client, { input: "some text" });`,
  models: `${CLIENT}
import { listModels } from "@oaikit/models";

const client = createClient();
for await (const model of listModels(client)) console.log(model.id);`,
  files: `${CLIENT}
import { createFile, listFiles } from "@oaikit/files";

const client = createClient();
const file = await createFile(client, {
  file: new File(["{}\\n"], "batch.jsonl"),
  purpose: "batch",
});
for await (const f of listFiles(client, { purpose: "batch" })) console.log(f.filename);`,
  uploads: `${CLIENT}
import { addUploadPart, completeUpload, createUpload } from "@oaikit/uploads";

const client = createClient();
const data = new Blob(["{}\\n"]);
const upload = await createUpload(client, {
  filename: "data.jsonl",
  purpose: "batch",
  bytes: data.size,
  mime_type: "application/jsonl",
});
const part = await addUploadPart(client, { upload_id: upload.id, data });
await completeUpload(client, { upload_id: upload.id, part_ids: [part.id] });`,
  batches: `${CLIENT}
import { createBatch } from "@oaikit/batches";

const client = createClient();
const batch = await createBatch(client, {
  input_file_id: "file-abc123",
  endpoint: "/v1/responses",
  completion_window: "24h",
});`,
  "vector-stores": `${CLIENT}
import { createVectorStore, searchVectorStore } from "@oaikit/vector-stores";

const client = createClient();
const store = await createVectorStore(client, { name: "docs" });
const hits = await searchVectorStore(client, { vector_store_id: store.id, query: "refunds" });`,
  containers: `${CLIENT}
import { createContainer, listContainerFiles } from "@oaikit/containers";

const client = createClient();
const container = await createContainer(client, { name: "scratch" });
for await (const file of listContainerFiles(client, { container_id: container.id })) {
  console.log(file.path);
}`,
  skills: `${CLIENT}
import { listSkills } from "@oaikit/skills";

const client = createClient();
for await (const skill of listSkills(client)) console.log(skill.name);`,
  evals: `${CLIENT}
import { listEvals } from "@oaikit/evals";

const client = createClient();
for await (const evaluation of listEvals(client)) console.log(evaluation.name);`,
  "fine-tuning": `${CLIENT}
import { createFineTuningJob } from "@oaikit/fine-tuning";

const client = createClient();
const job = await createFineTuningJob(client, {
  model: "gpt-4o-mini-2024-07-18",
  training_file: "file-abc123",
});`,
  graders: `${CLIENT}
import { validateGrader } from "@oaikit/graders";

const client = createClient();
const result = await validateGrader(client, {
  grader: {
    type: "string_check",
    name: "exact",
    input: "{{sample.output_text}}",
    reference: "{{item.answer}}",
    operation: "eq",
  },
});`,
  assistants: `${CLIENT}
import { createThread, streamRun } from "@oaikit/assistants";

const client = createClient();
const thread = await createThread(client, {});
for await (const data of streamRun(client, { thread_id: thread.id, assistant_id: "asst_abc" })) {
  console.log(data);
}`,
  chatkit: `${CLIENT}
import { createChatKitSession } from "@oaikit/chatkit";

const client = createClient();
const session = await createChatKitSession(client, { workflow: { id: "wf_abc" }, user: "user-1" });`,
  realtime: `${CLIENT}
import { createRealtimeClientSecret } from "@oaikit/realtime";

const client = createClient();
const secret = await createRealtimeClientSecret(client, {
  session: { type: "realtime", model: "gpt-realtime" },
});`,
  admin: `${CLIENT}
import { listProjects } from "@oaikit/admin";

// Admin calls use adminApiKey (OPENAI_ADMIN_KEY).
const client = createClient({ adminApiKey: process.env.OPENAI_ADMIN_KEY });
for await (const project of listProjects(client)) console.log(project.name);`,
  webhooks: `import type { WebhookEvent } from "@oaikit/webhooks";

function onEvent(event: WebhookEvent) {
  if (event.type === "response.completed") console.log(event.data.id);
}`,
};

export function readmeExample(pkg: string): string {
  const example = EXAMPLES[pkg];
  if (example === undefined)
    throw new Error(`No README example for package "${pkg}" in scaffold/readme-examples.ts`);
  return example;
}
