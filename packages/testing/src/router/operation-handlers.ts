import { auditLogsHandlers } from "../families/admin/audit-logs.js";
import { certificatesHandlers } from "../families/admin/certificates.js";
import { groupsAndRolesHandlers } from "../families/admin/groups-and-roles.js";
import { organizationHandlers } from "../families/admin/organization.js";
import { projectMembersHandlers } from "../families/admin/project-members.js";
import { settingsHandlers } from "../families/admin/settings.js";
import { usageHandlers } from "../families/admin/usage.js";
import { assistantsHandlers } from "../families/assistants/assistants.js";
import { runsHandlers } from "../families/assistants/runs.js";
import { speechHandlers } from "../families/audio/speech.js";
import { transcriptionsHandlers } from "../families/audio/transcriptions.js";
import { voicesHandlers } from "../families/audio/voices.js";
import { batchesHandlers } from "../families/batches/batches.js";
import { chatCompletionsHandlers } from "../families/chat/chat-completions.js";
import { chatkitHandlers } from "../families/chatkit/chatkit.js";
import { completionsHandlers } from "../families/completions/completions.js";
import { containersHandlers } from "../families/containers/containers.js";
import { conversationsHandlers } from "../families/conversations/conversations.js";
import { embeddingsHandlers } from "../families/embeddings/embeddings.js";
import { evalsHandlers } from "../families/evals/evals.js";
import { filesHandlers } from "../families/files/files.js";
import { fineTuningHandlers } from "../families/fine-tuning/fine-tuning.js";
import { gradersHandlers } from "../families/graders/graders.js";
import { imagesHandlers } from "../families/images/images.js";
import { modelsHandlers } from "../families/models/models.js";
import { contentProvenanceHandlers } from "../families/moderations/content-provenance.js";
import { moderationsHandlers } from "../families/moderations/moderations.js";
import { sessionsAndCallsHandlers } from "../families/realtime/sessions-and-calls.js";
import { betaResponsesHandlers } from "../families/responses/beta-responses.js";
import { compactionHandlers } from "../families/responses/compaction.js";
import { inputTokensHandlers } from "../families/responses/input-tokens.js";
import { responsesHandlers } from "../families/responses/responses.js";
import { skillsHandlers } from "../families/skills/skills.js";
import { uploadsHandlers } from "../families/uploads/uploads.js";
import { vectorStoreFilesHandlers } from "../families/vector-stores/vector-store-files.js";
import { vectorStoresHandlers } from "../families/vector-stores/vector-stores.js";
import { videosHandlers } from "../families/videos/videos.js";
import type { OperationHandlers } from "../generated/operation-handlers.js";

/**
 * Every family's handlers. Each family file declares `satisfies Partial<OperationHandlers>`, so a
 * handler for an unknown function or with another operation's params type fails the type check;
 * the checks below fail it for an operation left without a handler or handled twice.
 */
const families = [
  auditLogsHandlers,
  certificatesHandlers,
  groupsAndRolesHandlers,
  organizationHandlers,
  projectMembersHandlers,
  settingsHandlers,
  usageHandlers,
  assistantsHandlers,
  runsHandlers,
  speechHandlers,
  transcriptionsHandlers,
  voicesHandlers,
  batchesHandlers,
  chatCompletionsHandlers,
  chatkitHandlers,
  completionsHandlers,
  containersHandlers,
  conversationsHandlers,
  embeddingsHandlers,
  evalsHandlers,
  filesHandlers,
  fineTuningHandlers,
  gradersHandlers,
  imagesHandlers,
  modelsHandlers,
  contentProvenanceHandlers,
  moderationsHandlers,
  sessionsAndCallsHandlers,
  betaResponsesHandlers,
  compactionHandlers,
  inputTokensHandlers,
  responsesHandlers,
  skillsHandlers,
  uploadsHandlers,
  vectorStoreFilesHandlers,
  vectorStoresHandlers,
  videosHandlers,
] as const;

/** The function names two or more of the families handle. */
type HandledTwice<
  Families extends readonly object[],
  Seen extends PropertyKey = never,
> = Families extends readonly [infer First, ...infer Rest extends readonly object[]]
  ? (keyof First & Seen) | HandledTwice<Rest, Seen | keyof First>
  : never;

type Joined<Families extends readonly object[]> = Families extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? First & Joined<Rest>
  : unknown;

/** `true`, or a type error naming each function that two families handle. */
type NoneTwice<Names> = [Names] extends [never] ? true : { handledTwice: Names };

const handledOnce: NoneTwice<HandledTwice<typeof families>> = true;

const join = <Families extends readonly object[]>(all: Families): Joined<Families> =>
  Object.assign({}, ...all);

/** The handler of every operation, by the function name the client calls it with. */
export const operationHandlers: OperationHandlers = join(families);
void handledOnce;
