import { solidPng } from "../../src/media/png.js";
import type { Harness } from "./harness.js";

const text = (name: string, body: string) => new File([body], name, { type: "text/plain" });

/** Responses (plain, beta, streamed, compacted, counted), conversations, chat, completions... */
export const generationSteps = async ({ run, stream }: Harness): Promise<void> => {
  const conversation = await run("createConversation", {
    items: [{ role: "user", content: "Hi" }],
  });
  const conversation_id = conversation.id;
  await run("retrieveConversation", { conversation_id });
  await run("updateConversation", { conversation_id, metadata: { topic: "demo" } });
  const added = await run("createConversationItems", {
    conversation_id,
    items: [{ role: "user", content: "More" }],
  });
  await run("listConversationItems", { conversation_id });
  await run("retrieveConversationItem", { conversation_id, item_id: added.data[0].id });
  await run("deleteConversationItem", { conversation_id, item_id: added.data[0].id });

  const response = await run("createResponse", {
    model: "gpt-5.1",
    input: "Hello",
    conversation: conversation_id,
  });
  const response_id = response.id;
  await stream("createResponse", { model: "gpt-5.1", input: "Stream me" });
  await run("retrieveResponse", { response_id });
  await run("listResponseInputItems", { response_id });
  await run("countResponseInputTokens", { model: "gpt-5.1", input: "How many tokens?" });
  await run("compactResponse", { model: "gpt-5.1", previous_response_id: response_id });
  const background = await run("createResponse", {
    model: "gpt-5.1",
    input: "Later",
    background: true,
  });
  await run("cancelResponse", { response_id: background.id });
  await run("deleteResponse", { response_id });
  await run("deleteConversation", { conversation_id });

  const beta = await run("createBetaResponse", { model: "gpt-5.1", input: "Beta hello" });
  await run("retrieveBetaResponse", { response_id: beta.id });
  await run("listBetaResponseInputItems", { response_id: beta.id });
  await run("countBetaResponseInputTokens", { model: "gpt-5.1", input: "Count" });
  await run("compactBetaResponse", { model: "gpt-5.1", input: "Fold this" });
  const betaBackground = await run("createBetaResponse", {
    model: "gpt-5.1",
    input: "x",
    background: true,
  });
  await run("cancelBetaResponse", { response_id: betaBackground.id });
  await run("deleteBetaResponse", { response_id: beta.id });

  const messages = [{ role: "user", content: "Hi chat" }];
  const completion = await run("createChatCompletion", { model: "gpt-4o", messages, store: true });
  const completion_id = completion.id;
  await stream("createChatCompletion", { model: "gpt-4o", messages });
  await run("listChatCompletions", {});
  await run("retrieveChatCompletion", { completion_id });
  await run("updateChatCompletion", { completion_id, metadata: { rated: "up" } });
  await run("listChatCompletionMessages", { completion_id });
  await run("deleteChatCompletion", { completion_id });

  await run("createCompletion", { model: "gpt-3.5-turbo-instruct", prompt: "Once" });
  await stream("createCompletion", { model: "gpt-3.5-turbo-instruct", prompt: "Twice" });
  await run("createEmbedding", { model: "text-embedding-3-small", input: "vector me" });
  await run("createModeration", { input: "all good" });
  await run("createContentProvenanceCheck", {
    file: new File([solidPng([1, 2, 3])], "made.png", { type: "image/png" }),
  });
};

/** Files, uploads, batches and vector stores. */
export const storageSteps = async ({ run }: Harness): Promise<void> => {
  const file = await run("createFile", {
    file: text("notes.txt", "The sky is blue."),
    purpose: "assistants",
  });
  const file_id = file.id;
  await run("listFiles", {});
  await run("retrieveFile", { file_id });
  await run("downloadFileContent", { file_id });

  const upload = await run("createUpload", {
    filename: "big.txt",
    purpose: "assistants",
    bytes: 4,
    mime_type: "text/plain",
  });
  const part = await run("addUploadPart", { upload_id: upload.id, data: new Blob(["abcd"]) });
  await run("completeUpload", { upload_id: upload.id, part_ids: [part.id] });
  const dropped = await run("createUpload", {
    filename: "x.txt",
    purpose: "assistants",
    bytes: 1,
    mime_type: "text/plain",
  });
  await run("cancelUpload", { upload_id: dropped.id });

  const line = {
    custom_id: "a",
    method: "POST",
    url: "/v1/embeddings",
    body: { model: "text-embedding-3-small", input: "x" },
  };
  const input = await run("createFile", {
    file: text("batch.jsonl", JSON.stringify(line)),
    purpose: "batch",
  });
  const batch = await run("createBatch", {
    input_file_id: input.id,
    endpoint: "/v1/embeddings",
    completion_window: "24h",
  });
  await run("listBatches", {});
  await run("retrieveBatch", { batch_id: batch.id });
  await run("cancelBatch", { batch_id: batch.id });

  const store = await run("createVectorStore", { name: "docs" });
  const vector_store_id = store.id;
  await run("listVectorStores", {});
  await run("retrieveVectorStore", { vector_store_id });
  await run("updateVectorStore", { vector_store_id, name: "documents" });
  await run("createVectorStoreFile", { vector_store_id, file_id });
  await run("listVectorStoreFiles", { vector_store_id });
  await run("retrieveVectorStoreFile", { vector_store_id, file_id });
  await run("updateVectorStoreFile", {
    vector_store_id,
    file_id,
    attributes: { lang: "en" },
  });
  await run("retrieveVectorStoreFileContent", { vector_store_id, file_id });
  await run("searchVectorStore", { vector_store_id, query: "sky" });
  const fileBatch = await run("createVectorStoreFileBatch", {
    vector_store_id,
    file_ids: [file_id],
  });
  await run("retrieveVectorStoreFileBatch", { vector_store_id, batch_id: fileBatch.id });
  await run("listVectorStoreFileBatchFiles", { vector_store_id, batch_id: fileBatch.id });
  await run("cancelVectorStoreFileBatch", { vector_store_id, batch_id: fileBatch.id });
  await run("deleteVectorStoreFile", { vector_store_id, file_id });
  await run("deleteVectorStore", { vector_store_id });
  await run("deleteFile", { file_id });
};
