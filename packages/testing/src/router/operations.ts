import type { HttpMethod } from "./http-method.js";

/**
 * The emulated operations, in the shape of the codegen's operation table (operationId, method,
 * path as in the spec, without `/v1`). When tools/codegen/operations.json exists this list can be
 * read from it, filtered to the operationIds that have a handler.
 */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  path: string;
}

export const operations: readonly Operation[] = [
  { operationId: "createResponse", method: "POST", path: "/responses" },
  { operationId: "getResponse", method: "GET", path: "/responses/{response_id}" },
  { operationId: "deleteResponse", method: "DELETE", path: "/responses/{response_id}" },
  { operationId: "cancelResponse", method: "POST", path: "/responses/{response_id}/cancel" },
  { operationId: "listInputItems", method: "GET", path: "/responses/{response_id}/input_items" },
  { operationId: "createChatCompletion", method: "POST", path: "/chat/completions" },
  { operationId: "listChatCompletions", method: "GET", path: "/chat/completions" },
  { operationId: "getChatCompletion", method: "GET", path: "/chat/completions/{completion_id}" },
  {
    operationId: "updateChatCompletion",
    method: "POST",
    path: "/chat/completions/{completion_id}",
  },
  {
    operationId: "deleteChatCompletion",
    method: "DELETE",
    path: "/chat/completions/{completion_id}",
  },
  {
    operationId: "getChatCompletionMessages",
    method: "GET",
    path: "/chat/completions/{completion_id}/messages",
  },
  { operationId: "createCompletion", method: "POST", path: "/completions" },
  { operationId: "createEmbedding", method: "POST", path: "/embeddings" },
  { operationId: "listModels", method: "GET", path: "/models" },
  { operationId: "retrieveModel", method: "GET", path: "/models/{model}" },
  { operationId: "createModeration", method: "POST", path: "/moderations" },
  { operationId: "createFile", method: "POST", path: "/files" },
  { operationId: "listFiles", method: "GET", path: "/files" },
  { operationId: "retrieveFile", method: "GET", path: "/files/{file_id}" },
  { operationId: "deleteFile", method: "DELETE", path: "/files/{file_id}" },
  { operationId: "downloadFile", method: "GET", path: "/files/{file_id}/content" },
  { operationId: "createVectorStore", method: "POST", path: "/vector_stores" },
  { operationId: "listVectorStores", method: "GET", path: "/vector_stores" },
  { operationId: "getVectorStore", method: "GET", path: "/vector_stores/{vector_store_id}" },
  { operationId: "modifyVectorStore", method: "POST", path: "/vector_stores/{vector_store_id}" },
  { operationId: "deleteVectorStore", method: "DELETE", path: "/vector_stores/{vector_store_id}" },
  {
    operationId: "searchVectorStore",
    method: "POST",
    path: "/vector_stores/{vector_store_id}/search",
  },
  {
    operationId: "createVectorStoreFile",
    method: "POST",
    path: "/vector_stores/{vector_store_id}/files",
  },
  {
    operationId: "listVectorStoreFiles",
    method: "GET",
    path: "/vector_stores/{vector_store_id}/files",
  },
  {
    operationId: "getVectorStoreFile",
    method: "GET",
    path: "/vector_stores/{vector_store_id}/files/{file_id}",
  },
  {
    operationId: "updateVectorStoreFileAttributes",
    method: "POST",
    path: "/vector_stores/{vector_store_id}/files/{file_id}",
  },
  {
    operationId: "deleteVectorStoreFile",
    method: "DELETE",
    path: "/vector_stores/{vector_store_id}/files/{file_id}",
  },
  {
    operationId: "retrieveVectorStoreFileContent",
    method: "GET",
    path: "/vector_stores/{vector_store_id}/files/{file_id}/content",
  },
  {
    operationId: "createVectorStoreFileBatch",
    method: "POST",
    path: "/vector_stores/{vector_store_id}/file_batches",
  },
  {
    operationId: "getVectorStoreFileBatch",
    method: "GET",
    path: "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
  },
  {
    operationId: "cancelVectorStoreFileBatch",
    method: "POST",
    path: "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
  },
  {
    operationId: "listFilesInVectorStoreBatch",
    method: "GET",
    path: "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
  },
  { operationId: "createBatch", method: "POST", path: "/batches" },
  { operationId: "listBatches", method: "GET", path: "/batches" },
  { operationId: "retrieveBatch", method: "GET", path: "/batches/{batch_id}" },
  { operationId: "cancelBatch", method: "POST", path: "/batches/{batch_id}/cancel" },
  { operationId: "createUpload", method: "POST", path: "/uploads" },
  { operationId: "addUploadPart", method: "POST", path: "/uploads/{upload_id}/parts" },
  { operationId: "completeUpload", method: "POST", path: "/uploads/{upload_id}/complete" },
  { operationId: "cancelUpload", method: "POST", path: "/uploads/{upload_id}/cancel" },
  { operationId: "createConversation", method: "POST", path: "/conversations" },
  { operationId: "getConversation", method: "GET", path: "/conversations/{conversation_id}" },
  { operationId: "updateConversation", method: "POST", path: "/conversations/{conversation_id}" },
  { operationId: "deleteConversation", method: "DELETE", path: "/conversations/{conversation_id}" },
  {
    operationId: "createConversationItems",
    method: "POST",
    path: "/conversations/{conversation_id}/items",
  },
  {
    operationId: "listConversationItems",
    method: "GET",
    path: "/conversations/{conversation_id}/items",
  },
  {
    operationId: "getConversationItem",
    method: "GET",
    path: "/conversations/{conversation_id}/items/{item_id}",
  },
  {
    operationId: "deleteConversationItem",
    method: "DELETE",
    path: "/conversations/{conversation_id}/items/{item_id}",
  },
];
