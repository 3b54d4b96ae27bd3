/**
 * The hand-kept name of every operation, keyed by the spec's operationId (which is not a usable
 * name: it mixes styles such as `getAssistant`, `list-audit-logs` and
 * `CreateanAPIkeyforaserviceaccount`).
 *
 * `fn` is the exported function, verb first. Operations that answer with raw bytes (file, video,
 * container file and skill content) are all `download<Thing>Content`, so every download is found
 * under one verb. `ref` is the operation's place in the API reference's resource tree
 * ("vector_stores/files/update" = resources/vector_stores/subresources/files/methods/update): it
 * gives the `@see` link and the resource-class path and method name.
 * `stream` names the separate streaming function of operations that can answer with
 * server-sent events; `event` names the event schema when the spec does not declare it on a
 * `text/event-stream` response, and `flag` says how the request asks for a stream when it is
 * not `stream: true` in the body.
 */
export interface StreamName {
  fn: string;
  event?: string;
  /**
   * Set when the event schema describes the whole SSE frame (`{ event, data }`) while the stream
   * yields only its `data` payload, as the Assistants run streams do.
   */
  payload?: "data";
  flag?: { in: "body" | "query"; name: string; value: string | boolean };
  /**
   * The streaming function is hand-written in `src/helpers/<helper>.ts` (a stream helper with
   * more than events, such as a final result): codegen leaves it out of operations.ts and the
   * export list, and the resource class calls it from there.
   */
  helper?: string;
}

export interface OperationName {
  fn: string;
  ref: string;
  stream?: StreamName;
}

const RUN_EVENTS = { event: "AssistantStreamEvent", payload: "data" } as const;

export const OPERATION_NAMES: Readonly<Record<string, OperationName>> = {
  // responses
  createResponse: {
    fn: "createResponse",
    ref: "responses/create",
    stream: { fn: "streamResponse", helper: "stream-response" },
  },
  getResponse: {
    fn: "retrieveResponse",
    ref: "responses/retrieve",
    stream: {
      fn: "retrieveResponseStream",
      event: "ResponseStreamEvent",
      flag: { in: "query", name: "stream", value: true },
      helper: "retrieve-response-stream",
    },
  },
  deleteResponse: { fn: "deleteResponse", ref: "responses/delete" },
  cancelResponse: { fn: "cancelResponse", ref: "responses/cancel" },
  Compactconversation: { fn: "compactResponse", ref: "responses/compact" },
  listInputItems: { fn: "listResponseInputItems", ref: "responses/input_items/list" },
  Getinputtokencounts: { fn: "countResponseInputTokens", ref: "responses/input_tokens/count" },
  beta_createResponse: {
    fn: "createBetaResponse",
    ref: "beta/responses/create",
    stream: { fn: "streamBetaResponse" },
  },
  beta_getResponse: {
    fn: "retrieveBetaResponse",
    ref: "beta/responses/retrieve",
    stream: {
      fn: "retrieveBetaResponseStream",
      event: "BetaResponseStreamEvent",
      flag: { in: "query", name: "stream", value: true },
    },
  },
  beta_deleteResponse: { fn: "deleteBetaResponse", ref: "beta/responses/delete" },
  beta_cancelResponse: { fn: "cancelBetaResponse", ref: "beta/responses/cancel" },
  beta_Compactconversation: { fn: "compactBetaResponse", ref: "beta/responses/compact" },
  beta_listInputItems: {
    fn: "listBetaResponseInputItems",
    ref: "beta/responses/input_items/list",
  },
  beta_Getinputtokencounts: {
    fn: "countBetaResponseInputTokens",
    ref: "beta/responses/input_tokens/count",
  },

  // conversations
  createConversation: { fn: "createConversation", ref: "conversations/create" },
  getConversation: { fn: "retrieveConversation", ref: "conversations/retrieve" },
  updateConversation: { fn: "updateConversation", ref: "conversations/update" },
  deleteConversation: { fn: "deleteConversation", ref: "conversations/delete" },
  listConversationItems: { fn: "listConversationItems", ref: "conversations/items/list" },
  createConversationItems: { fn: "createConversationItems", ref: "conversations/items/create" },
  getConversationItem: { fn: "retrieveConversationItem", ref: "conversations/items/retrieve" },
  deleteConversationItem: { fn: "deleteConversationItem", ref: "conversations/items/delete" },

  // chat
  createChatCompletion: {
    fn: "createChatCompletion",
    ref: "chat/completions/create",
    stream: { fn: "streamChatCompletion", helper: "stream-chat-completion" },
  },
  listChatCompletions: { fn: "listChatCompletions", ref: "chat/completions/list" },
  getChatCompletion: { fn: "retrieveChatCompletion", ref: "chat/completions/retrieve" },
  updateChatCompletion: { fn: "updateChatCompletion", ref: "chat/completions/update" },
  deleteChatCompletion: { fn: "deleteChatCompletion", ref: "chat/completions/delete" },
  getChatCompletionMessages: {
    fn: "listChatCompletionMessages",
    ref: "chat/completions/messages/list",
  },

  // completions
  createCompletion: {
    fn: "createCompletion",
    ref: "completions/create",
    stream: {
      fn: "streamCompletion",
      event: "CreateCompletionResponse",
      helper: "stream-completion",
    },
  },

  // embeddings
  createEmbedding: { fn: "createEmbedding", ref: "embeddings/create" },

  // audio
  createSpeech: {
    fn: "createSpeech",
    ref: "audio/speech/create",
    stream: { fn: "streamSpeech", flag: { in: "body", name: "stream_format", value: "sse" } },
  },
  createTranscription: {
    fn: "createTranscription",
    ref: "audio/transcriptions/create",
    stream: { fn: "streamTranscription" },
  },
  createTranslation: { fn: "createTranslation", ref: "audio/translations/create" },
  listVoiceConsents: { fn: "listVoiceConsents", ref: "audio/voice_consents/list" },
  createVoiceConsent: { fn: "createVoiceConsent", ref: "audio/voice_consents/create" },
  getVoiceConsent: { fn: "retrieveVoiceConsent", ref: "audio/voice_consents/retrieve" },
  updateVoiceConsent: { fn: "updateVoiceConsent", ref: "audio/voice_consents/update" },
  deleteVoiceConsent: { fn: "deleteVoiceConsent", ref: "audio/voice_consents/delete" },
  createVoice: { fn: "createVoice", ref: "audio/voices/create" },

  // images
  createImage: { fn: "createImage", ref: "images/generate", stream: { fn: "streamImage" } },
  createImageEdit: {
    fn: "createImageEdit",
    ref: "images/edit",
    stream: { fn: "streamImageEdit" },
  },
  createImageVariation: { fn: "createImageVariation", ref: "images/create_variation" },

  // videos
  ListVideos: { fn: "listVideos", ref: "videos/list" },
  createVideo: { fn: "createVideo", ref: "videos/create" },
  GetVideo: { fn: "retrieveVideo", ref: "videos/retrieve" },
  DeleteVideo: { fn: "deleteVideo", ref: "videos/delete" },
  RetrieveVideoContent: { fn: "downloadVideoContent", ref: "videos/download_content" },
  CreateVideoRemix: { fn: "remixVideo", ref: "videos/remix" },
  CreateVideoEdit: { fn: "editVideo", ref: "videos/edit" },
  CreateVideoExtend: { fn: "extendVideo", ref: "videos/extend" },
  CreateVideoCharacter: { fn: "createVideoCharacter", ref: "videos/characters/create" },
  GetVideoCharacter: { fn: "retrieveVideoCharacter", ref: "videos/characters/retrieve" },

  // moderations
  createModeration: { fn: "createModeration", ref: "moderations/create" },
  Createcontentprovenancecheck: {
    fn: "createContentProvenanceCheck",
    ref: "content_provenance_checks/create",
  },

  // models
  listModels: { fn: "listModels", ref: "models/list" },
  retrieveModel: { fn: "retrieveModel", ref: "models/retrieve" },
  deleteModel: { fn: "deleteModel", ref: "models/delete" },

  // files
  listFiles: { fn: "listFiles", ref: "files/list" },
  createFile: { fn: "createFile", ref: "files/create" },
  retrieveFile: { fn: "retrieveFile", ref: "files/retrieve" },
  deleteFile: { fn: "deleteFile", ref: "files/delete" },
  downloadFile: { fn: "downloadFileContent", ref: "files/content" },

  // uploads
  createUpload: { fn: "createUpload", ref: "uploads/create" },
  addUploadPart: { fn: "addUploadPart", ref: "uploads/parts/create" },
  completeUpload: { fn: "completeUpload", ref: "uploads/complete" },
  cancelUpload: { fn: "cancelUpload", ref: "uploads/cancel" },

  // batches
  createBatch: { fn: "createBatch", ref: "batches/create" },
  listBatches: { fn: "listBatches", ref: "batches/list" },
  retrieveBatch: { fn: "retrieveBatch", ref: "batches/retrieve" },
  cancelBatch: { fn: "cancelBatch", ref: "batches/cancel" },

  // vector-stores
  listVectorStores: { fn: "listVectorStores", ref: "vector_stores/list" },
  createVectorStore: { fn: "createVectorStore", ref: "vector_stores/create" },
  getVectorStore: { fn: "retrieveVectorStore", ref: "vector_stores/retrieve" },
  modifyVectorStore: { fn: "updateVectorStore", ref: "vector_stores/update" },
  deleteVectorStore: { fn: "deleteVectorStore", ref: "vector_stores/delete" },
  searchVectorStore: { fn: "searchVectorStore", ref: "vector_stores/search" },
  listVectorStoreFiles: { fn: "listVectorStoreFiles", ref: "vector_stores/files/list" },
  createVectorStoreFile: { fn: "createVectorStoreFile", ref: "vector_stores/files/create" },
  getVectorStoreFile: { fn: "retrieveVectorStoreFile", ref: "vector_stores/files/retrieve" },
  updateVectorStoreFileAttributes: {
    fn: "updateVectorStoreFile",
    ref: "vector_stores/files/update",
  },
  deleteVectorStoreFile: { fn: "deleteVectorStoreFile", ref: "vector_stores/files/delete" },
  retrieveVectorStoreFileContent: {
    fn: "retrieveVectorStoreFileContent",
    ref: "vector_stores/files/content",
  },
  createVectorStoreFileBatch: {
    fn: "createVectorStoreFileBatch",
    ref: "vector_stores/file_batches/create",
  },
  getVectorStoreFileBatch: {
    fn: "retrieveVectorStoreFileBatch",
    ref: "vector_stores/file_batches/retrieve",
  },
  cancelVectorStoreFileBatch: {
    fn: "cancelVectorStoreFileBatch",
    ref: "vector_stores/file_batches/cancel",
  },
  listFilesInVectorStoreBatch: {
    fn: "listVectorStoreFileBatchFiles",
    ref: "vector_stores/file_batches/list_files",
  },

  // containers
  ListContainers: { fn: "listContainers", ref: "containers/list" },
  CreateContainer: { fn: "createContainer", ref: "containers/create" },
  RetrieveContainer: { fn: "retrieveContainer", ref: "containers/retrieve" },
  DeleteContainer: { fn: "deleteContainer", ref: "containers/delete" },
  ListContainerFiles: { fn: "listContainerFiles", ref: "containers/files/list" },
  CreateContainerFile: { fn: "createContainerFile", ref: "containers/files/create" },
  RetrieveContainerFile: { fn: "retrieveContainerFile", ref: "containers/files/retrieve" },
  DeleteContainerFile: { fn: "deleteContainerFile", ref: "containers/files/delete" },
  RetrieveContainerFileContent: {
    fn: "downloadContainerFileContent",
    ref: "containers/files/content/retrieve",
  },

  // skills
  ListSkills: { fn: "listSkills", ref: "skills/list" },
  CreateSkill: { fn: "createSkill", ref: "skills/create" },
  GetSkill: { fn: "retrieveSkill", ref: "skills/retrieve" },
  UpdateSkillDefaultVersion: { fn: "updateSkill", ref: "skills/update" },
  DeleteSkill: { fn: "deleteSkill", ref: "skills/delete" },
  GetSkillContent: { fn: "downloadSkillContent", ref: "skills/content/retrieve" },
  ListSkillVersions: { fn: "listSkillVersions", ref: "skills/versions/list" },
  CreateSkillVersion: { fn: "createSkillVersion", ref: "skills/versions/create" },
  GetSkillVersion: { fn: "retrieveSkillVersion", ref: "skills/versions/retrieve" },
  DeleteSkillVersion: { fn: "deleteSkillVersion", ref: "skills/versions/delete" },
  GetSkillVersionContent: {
    fn: "downloadSkillVersionContent",
    ref: "skills/versions/content/retrieve",
  },

  // evals
  listEvals: { fn: "listEvals", ref: "evals/list" },
  createEval: { fn: "createEval", ref: "evals/create" },
  getEval: { fn: "retrieveEval", ref: "evals/retrieve" },
  updateEval: { fn: "updateEval", ref: "evals/update" },
  deleteEval: { fn: "deleteEval", ref: "evals/delete" },
  getEvalRuns: { fn: "listEvalRuns", ref: "evals/runs/list" },
  createEvalRun: { fn: "createEvalRun", ref: "evals/runs/create" },
  getEvalRun: { fn: "retrieveEvalRun", ref: "evals/runs/retrieve" },
  cancelEvalRun: { fn: "cancelEvalRun", ref: "evals/runs/cancel" },
  deleteEvalRun: { fn: "deleteEvalRun", ref: "evals/runs/delete" },
  getEvalRunOutputItems: { fn: "listEvalRunOutputItems", ref: "evals/runs/output_items/list" },
  getEvalRunOutputItem: {
    fn: "retrieveEvalRunOutputItem",
    ref: "evals/runs/output_items/retrieve",
  },

  // fine-tuning
  createFineTuningJob: { fn: "createFineTuningJob", ref: "fine_tuning/jobs/create" },
  listPaginatedFineTuningJobs: { fn: "listFineTuningJobs", ref: "fine_tuning/jobs/list" },
  retrieveFineTuningJob: { fn: "retrieveFineTuningJob", ref: "fine_tuning/jobs/retrieve" },
  cancelFineTuningJob: { fn: "cancelFineTuningJob", ref: "fine_tuning/jobs/cancel" },
  pauseFineTuningJob: { fn: "pauseFineTuningJob", ref: "fine_tuning/jobs/pause" },
  resumeFineTuningJob: { fn: "resumeFineTuningJob", ref: "fine_tuning/jobs/resume" },
  listFineTuningEvents: { fn: "listFineTuningJobEvents", ref: "fine_tuning/jobs/list_events" },
  listFineTuningJobCheckpoints: {
    fn: "listFineTuningJobCheckpoints",
    ref: "fine_tuning/jobs/checkpoints/list",
  },
  listFineTuningCheckpointPermissions: {
    fn: "listFineTuningCheckpointPermissions",
    ref: "fine_tuning/checkpoints/permissions/list",
  },
  createFineTuningCheckpointPermission: {
    fn: "createFineTuningCheckpointPermission",
    ref: "fine_tuning/checkpoints/permissions/create",
  },
  deleteFineTuningCheckpointPermission: {
    fn: "deleteFineTuningCheckpointPermission",
    ref: "fine_tuning/checkpoints/permissions/delete",
  },

  // graders
  runGrader: { fn: "runGrader", ref: "fine_tuning/alpha/graders/run" },
  validateGrader: { fn: "validateGrader", ref: "fine_tuning/alpha/graders/validate" },

  // assistants
  listAssistants: { fn: "listAssistants", ref: "beta/assistants/list" },
  createAssistant: { fn: "createAssistant", ref: "beta/assistants/create" },
  getAssistant: { fn: "retrieveAssistant", ref: "beta/assistants/retrieve" },
  modifyAssistant: { fn: "updateAssistant", ref: "beta/assistants/update" },
  deleteAssistant: { fn: "deleteAssistant", ref: "beta/assistants/delete" },
  createThread: { fn: "createThread", ref: "beta/threads/create" },
  getThread: { fn: "retrieveThread", ref: "beta/threads/retrieve" },
  modifyThread: { fn: "updateThread", ref: "beta/threads/update" },
  deleteThread: { fn: "deleteThread", ref: "beta/threads/delete" },
  createThreadAndRun: {
    fn: "createThreadAndRun",
    ref: "beta/threads/create_and_run",
    stream: { fn: "streamThreadAndRun", ...RUN_EVENTS },
  },
  listMessages: { fn: "listThreadMessages", ref: "beta/threads/messages/list" },
  createMessage: { fn: "createThreadMessage", ref: "beta/threads/messages/create" },
  getMessage: { fn: "retrieveThreadMessage", ref: "beta/threads/messages/retrieve" },
  modifyMessage: { fn: "updateThreadMessage", ref: "beta/threads/messages/update" },
  deleteMessage: { fn: "deleteThreadMessage", ref: "beta/threads/messages/delete" },
  listRuns: { fn: "listRuns", ref: "beta/threads/runs/list" },
  createRun: {
    fn: "createRun",
    ref: "beta/threads/runs/create",
    stream: { fn: "streamRun", ...RUN_EVENTS },
  },
  getRun: { fn: "retrieveRun", ref: "beta/threads/runs/retrieve" },
  modifyRun: { fn: "updateRun", ref: "beta/threads/runs/update" },
  cancelRun: { fn: "cancelRun", ref: "beta/threads/runs/cancel" },
  submitToolOuputsToRun: {
    fn: "submitToolOutputsToRun",
    ref: "beta/threads/runs/submit_tool_outputs",
    stream: { fn: "streamToolOutputsToRun", ...RUN_EVENTS },
  },
  listRunSteps: { fn: "listRunSteps", ref: "beta/threads/runs/steps/list" },
  getRunStep: { fn: "retrieveRunStep", ref: "beta/threads/runs/steps/retrieve" },

  // chatkit
  CreateChatSessionMethod: { fn: "createChatKitSession", ref: "beta/chatkit/sessions/create" },
  CancelChatSessionMethod: { fn: "cancelChatKitSession", ref: "beta/chatkit/sessions/cancel" },
  ListThreadsMethod: { fn: "listChatKitThreads", ref: "beta/chatkit/threads/list" },
  GetThreadMethod: { fn: "retrieveChatKitThread", ref: "beta/chatkit/threads/retrieve" },
  DeleteThreadMethod: { fn: "deleteChatKitThread", ref: "beta/chatkit/threads/delete" },
  ListThreadItemsMethod: { fn: "listChatKitThreadItems", ref: "beta/chatkit/threads/list_items" },

  // realtime
  "create-realtime-call": { fn: "createRealtimeCall", ref: "realtime/calls/create" },
  "accept-realtime-call": { fn: "acceptRealtimeCall", ref: "realtime/calls/accept" },
  "hangup-realtime-call": { fn: "hangupRealtimeCall", ref: "realtime/calls/hangup" },
  "refer-realtime-call": { fn: "referRealtimeCall", ref: "realtime/calls/refer" },
  "reject-realtime-call": { fn: "rejectRealtimeCall", ref: "realtime/calls/reject" },
  "create-realtime-client-secret": {
    fn: "createRealtimeClientSecret",
    ref: "realtime/client_secrets/create",
  },
  "create-realtime-session": { fn: "createRealtimeSession", ref: "realtime/sessions/create" },
  "create-realtime-transcription-session": {
    fn: "createRealtimeTranscriptionSession",
    ref: "realtime/transcription_sessions/create",
  },
  "create-realtime-translation-client-secret": {
    fn: "createRealtimeTranslationClientSecret",
    ref: "realtime/translations/client_secrets/create",
  },

  // admin: organization
  "admin-api-keys-list": {
    fn: "listAdminApiKeys",
    ref: "organization/audit_logs/admin_api_keys/list",
  },
  "admin-api-keys-create": {
    fn: "createAdminApiKey",
    ref: "organization/audit_logs/admin_api_keys/create",
  },
  "admin-api-keys-get": {
    fn: "retrieveAdminApiKey",
    ref: "organization/audit_logs/admin_api_keys/retrieve",
  },
  "admin-api-keys-delete": {
    fn: "deleteAdminApiKey",
    ref: "organization/audit_logs/admin_api_keys/delete",
  },
  "list-audit-logs": { fn: "listAuditLogs", ref: "organization/audit_logs/list" },
  listOrganizationCertificates: { fn: "listCertificates", ref: "organization/certificates/list" },
  uploadCertificate: { fn: "createCertificate", ref: "organization/certificates/create" },
  activateOrganizationCertificates: {
    fn: "activateCertificates",
    ref: "organization/certificates/activate",
  },
  deactivateOrganizationCertificates: {
    fn: "deactivateCertificates",
    ref: "organization/certificates/deactivate",
  },
  getCertificate: { fn: "retrieveCertificate", ref: "organization/certificates/retrieve" },
  modifyCertificate: { fn: "updateCertificate", ref: "organization/certificates/update" },
  deleteCertificate: { fn: "deleteCertificate", ref: "organization/certificates/delete" },
  "usage-costs": { fn: "listCosts", ref: "organization/costs/list" },
  "retrieve-organization-data-retention": {
    fn: "retrieveDataRetention",
    ref: "organization/data_retention/retrieve",
  },
  "update-organization-data-retention": {
    fn: "updateDataRetention",
    ref: "organization/data_retention/update",
  },
  "list-groups": { fn: "listGroups", ref: "organization/groups/list" },
  "create-group": { fn: "createGroup", ref: "organization/groups/create" },
  "retrieve-group": { fn: "retrieveGroup", ref: "organization/groups/retrieve" },
  "update-group": { fn: "updateGroup", ref: "organization/groups/update" },
  "delete-group": { fn: "deleteGroup", ref: "organization/groups/delete" },
  "list-group-role-assignments": { fn: "listGroupRoles", ref: "organization/groups/roles/list" },
  "assign-group-role": { fn: "assignGroupRole", ref: "organization/groups/roles/create" },
  "retrieve-group-role": { fn: "retrieveGroupRole", ref: "organization/groups/roles/retrieve" },
  "unassign-group-role": { fn: "unassignGroupRole", ref: "organization/groups/roles/delete" },
  "list-group-users": { fn: "listGroupUsers", ref: "organization/groups/users/list" },
  "add-group-user": { fn: "addGroupUser", ref: "organization/groups/users/create" },
  "retrieve-group-user": { fn: "retrieveGroupUser", ref: "organization/groups/users/retrieve" },
  "remove-group-user": { fn: "removeGroupUser", ref: "organization/groups/users/delete" },
  "list-invites": { fn: "listInvites", ref: "organization/invites/list" },
  inviteUser: { fn: "createInvite", ref: "organization/invites/create" },
  "retrieve-invite": { fn: "retrieveInvite", ref: "organization/invites/retrieve" },
  "delete-invite": { fn: "deleteInvite", ref: "organization/invites/delete" },
  "list-projects": { fn: "listProjects", ref: "organization/projects/list" },
  "create-project": { fn: "createProject", ref: "organization/projects/create" },
  "retrieve-project": { fn: "retrieveProject", ref: "organization/projects/retrieve" },
  "modify-project": { fn: "updateProject", ref: "organization/projects/update" },
  "archive-project": { fn: "archiveProject", ref: "organization/projects/archive" },
  "list-project-api-keys": {
    fn: "listProjectApiKeys",
    ref: "organization/projects/api_keys/list",
  },
  "retrieve-project-api-key": {
    fn: "retrieveProjectApiKey",
    ref: "organization/projects/api_keys/retrieve",
  },
  "delete-project-api-key": {
    fn: "deleteProjectApiKey",
    ref: "organization/projects/api_keys/delete",
  },
  listProjectCertificates: {
    fn: "listProjectCertificates",
    ref: "organization/projects/certificates/list",
  },
  activateProjectCertificates: {
    fn: "activateProjectCertificates",
    ref: "organization/projects/certificates/activate",
  },
  deactivateProjectCertificates: {
    fn: "deactivateProjectCertificates",
    ref: "organization/projects/certificates/deactivate",
  },
  "retrieve-project-data-retention": {
    fn: "retrieveProjectDataRetention",
    ref: "organization/projects/data_retention/retrieve",
  },
  "update-project-data-retention": {
    fn: "updateProjectDataRetention",
    ref: "organization/projects/data_retention/update",
  },
  "list-project-groups": { fn: "listProjectGroups", ref: "organization/projects/groups/list" },
  "add-project-group": { fn: "addProjectGroup", ref: "organization/projects/groups/create" },
  "retrieve-project-group": {
    fn: "retrieveProjectGroup",
    ref: "organization/projects/groups/retrieve",
  },
  "remove-project-group": { fn: "removeProjectGroup", ref: "organization/projects/groups/delete" },
  "retrieve-project-hosted-tool-permissions": {
    fn: "retrieveProjectHostedToolPermissions",
    ref: "organization/projects/hosted_tool_permissions/retrieve",
  },
  "update-project-hosted-tool-permissions": {
    fn: "updateProjectHostedToolPermissions",
    ref: "organization/projects/hosted_tool_permissions/update",
  },
  "retrieve-project-model-permissions": {
    fn: "retrieveProjectModelPermissions",
    ref: "organization/projects/model_permissions/retrieve",
  },
  "update-project-model-permissions": {
    fn: "updateProjectModelPermissions",
    ref: "organization/projects/model_permissions/update",
  },
  "delete-project-model-permissions": {
    fn: "deleteProjectModelPermissions",
    ref: "organization/projects/model_permissions/delete",
  },
  "list-project-rate-limits": {
    fn: "listProjectRateLimits",
    ref: "organization/projects/rate_limits/list",
  },
  "update-project-rate-limits": {
    fn: "updateProjectRateLimit",
    ref: "organization/projects/rate_limits/update",
  },
  "list-project-service-accounts": {
    fn: "listProjectServiceAccounts",
    ref: "organization/projects/service_accounts/list",
  },
  "create-project-service-account": {
    fn: "createProjectServiceAccount",
    ref: "organization/projects/service_accounts/create",
  },
  "retrieve-project-service-account": {
    fn: "retrieveProjectServiceAccount",
    ref: "organization/projects/service_accounts/retrieve",
  },
  "update-project-service-account": {
    fn: "updateProjectServiceAccount",
    ref: "organization/projects/service_accounts/update",
  },
  "delete-project-service-account": {
    fn: "deleteProjectServiceAccount",
    ref: "organization/projects/service_accounts/delete",
  },
  CreateanAPIkeyforaserviceaccount: {
    fn: "createProjectServiceAccountApiKey",
    ref: "organization/projects/service_accounts/api_keys/create",
  },
  "list-project-spend-alerts": {
    fn: "listProjectSpendAlerts",
    ref: "organization/projects/spend_alerts/list",
  },
  "create-project-spend-alert": {
    fn: "createProjectSpendAlert",
    ref: "organization/projects/spend_alerts/create",
  },
  "retrieve-project-spend-alert": {
    fn: "retrieveProjectSpendAlert",
    ref: "organization/projects/spend_alerts/retrieve",
  },
  "update-project-spend-alert": {
    fn: "updateProjectSpendAlert",
    ref: "organization/projects/spend_alerts/update",
  },
  "delete-project-spend-alert": {
    fn: "deleteProjectSpendAlert",
    ref: "organization/projects/spend_alerts/delete",
  },
  Getprojectspendlimit: {
    fn: "retrieveProjectSpendLimit",
    ref: "organization/projects/spend_limit/retrieve",
  },
  Updateprojectspendlimit: {
    fn: "updateProjectSpendLimit",
    ref: "organization/projects/spend_limit/update",
  },
  Deleteprojectspendlimit: {
    fn: "deleteProjectSpendLimit",
    ref: "organization/projects/spend_limit/delete",
  },
  "list-project-users": { fn: "listProjectUsers", ref: "organization/projects/users/list" },
  "create-project-user": { fn: "createProjectUser", ref: "organization/projects/users/create" },
  "retrieve-project-user": {
    fn: "retrieveProjectUser",
    ref: "organization/projects/users/retrieve",
  },
  "modify-project-user": { fn: "updateProjectUser", ref: "organization/projects/users/update" },
  "delete-project-user": { fn: "deleteProjectUser", ref: "organization/projects/users/delete" },
  "list-roles": { fn: "listRoles", ref: "organization/roles/list" },
  "create-role": { fn: "createRole", ref: "organization/roles/create" },
  "retrieve-role": { fn: "retrieveRole", ref: "organization/roles/retrieve" },
  "update-role": { fn: "updateRole", ref: "organization/roles/update" },
  "delete-role": { fn: "deleteRole", ref: "organization/roles/delete" },
  "list-organization-spend-alerts": {
    fn: "listSpendAlerts",
    ref: "organization/spend_alerts/list",
  },
  "create-organization-spend-alert": {
    fn: "createSpendAlert",
    ref: "organization/spend_alerts/create",
  },
  "retrieve-organization-spend-alert": {
    fn: "retrieveSpendAlert",
    ref: "organization/spend_alerts/retrieve",
  },
  "update-organization-spend-alert": {
    fn: "updateSpendAlert",
    ref: "organization/spend_alerts/update",
  },
  "delete-organization-spend-alert": {
    fn: "deleteSpendAlert",
    ref: "organization/spend_alerts/delete",
  },
  Getorganizationspendlimit: { fn: "retrieveSpendLimit", ref: "organization/spend_limit/retrieve" },
  Updateorganizationspendlimit: { fn: "updateSpendLimit", ref: "organization/spend_limit/update" },
  Deleteorganizationspendlimit: { fn: "deleteSpendLimit", ref: "organization/spend_limit/delete" },
  "usage-audio-speeches": {
    fn: "listAudioSpeechesUsage",
    ref: "organization/usage/audio_speeches",
  },
  "usage-audio-transcriptions": {
    fn: "listAudioTranscriptionsUsage",
    ref: "organization/usage/audio_transcriptions",
  },
  "usage-code-interpreter-sessions": {
    fn: "listCodeInterpreterSessionsUsage",
    ref: "organization/usage/code_interpreter_sessions",
  },
  "usage-completions": { fn: "listCompletionsUsage", ref: "organization/usage/completions" },
  "usage-embeddings": { fn: "listEmbeddingsUsage", ref: "organization/usage/embeddings" },
  "usage-file-search-calls": {
    fn: "listFileSearchCallsUsage",
    ref: "organization/usage/file_search_calls",
  },
  "usage-images": { fn: "listImagesUsage", ref: "organization/usage/images" },
  "usage-moderations": { fn: "listModerationsUsage", ref: "organization/usage/moderations" },
  "usage-vector-stores": { fn: "listVectorStoresUsage", ref: "organization/usage/vector_stores" },
  "usage-web-search-calls": {
    fn: "listWebSearchCallsUsage",
    ref: "organization/usage/web_search_calls",
  },
  "list-users": { fn: "listUsers", ref: "organization/users/list" },
  "retrieve-user": { fn: "retrieveUser", ref: "organization/users/retrieve" },
  "modify-user": { fn: "updateUser", ref: "organization/users/update" },
  "delete-user": { fn: "deleteUser", ref: "organization/users/delete" },
  "list-user-role-assignments": { fn: "listUserRoles", ref: "organization/users/roles/list" },
  "assign-user-role": { fn: "assignUserRole", ref: "organization/users/roles/create" },
  "retrieve-user-role": { fn: "retrieveUserRole", ref: "organization/users/roles/retrieve" },
  "unassign-user-role": { fn: "unassignUserRole", ref: "organization/users/roles/delete" },

  // admin: projects
  "list-project-roles": { fn: "listProjectRoles", ref: "projects/roles/list" },
  "create-project-role": { fn: "createProjectRole", ref: "projects/roles/create" },
  "retrieve-project-role": { fn: "retrieveProjectRole", ref: "projects/roles/retrieve" },
  "update-project-role": { fn: "updateProjectRole", ref: "projects/roles/update" },
  "delete-project-role": { fn: "deleteProjectRole", ref: "projects/roles/delete" },
  "list-project-group-role-assignments": {
    fn: "listProjectGroupRoles",
    ref: "projects/groups/roles/list",
  },
  "assign-project-group-role": {
    fn: "assignProjectGroupRole",
    ref: "projects/groups/roles/create",
  },
  "retrieve-project-group-role": {
    fn: "retrieveProjectGroupRole",
    ref: "projects/groups/roles/retrieve",
  },
  "unassign-project-group-role": {
    fn: "unassignProjectGroupRole",
    ref: "projects/groups/roles/delete",
  },
  "list-project-user-role-assignments": {
    fn: "listProjectUserRoles",
    ref: "projects/users/roles/list",
  },
  "assign-project-user-role": { fn: "assignProjectUserRole", ref: "projects/users/roles/create" },
  "retrieve-project-user-role": {
    fn: "retrieveProjectUserRole",
    ref: "projects/users/roles/retrieve",
  },
  "unassign-project-user-role": {
    fn: "unassignProjectUserRole",
    ref: "projects/users/roles/delete",
  },
};
