/**
 * Which package is home to which paths (DESIGN.md section 4). A rule's prefixes match whole path
 * segments, so "/chat" takes "/chat/completions" but not "/chatkit/threads"; the generator fails
 * when a path matches no rule or more than one, so a new spec path cannot land silently.
 */
export interface PackageRule {
  /** Directory under packages/ and the `@oaikit/<name>` package name. */
  name: string;
  /** Path prefixes owned by the package. */
  prefixes: string[];
  /**
   * Reference-resource roots (the `ref` of operations, see operation-names.ts) that become the
   * package's exported resource classes; every operation's ref must sit under one of them.
   */
  roots: string[];
  /** Ids of `x-oaikit-event-groups` whose event schemas this package also declares. */
  eventGroups?: string[];
  /**
   * Component schemas the package declares although no operation refers to them, such as the
   * unions of a socket protocol's events.
   */
  components?: string[];
  /**
   * Name of a union type (and its `<name>Schema` valibot variant) the package declares over every
   * payload of the spec's `webhooks` section.
   */
  webhookUnion?: string;
  /** Calls authenticated with the admin key. */
  auth?: "admin";
  /** One line for the README and package.json description, in our own words. */
  summary: string;
}

export const PACKAGE_RULES: readonly PackageRule[] = [
  {
    name: "responses",
    prefixes: ["/responses"],
    roots: ["responses", "beta/responses"],
    eventGroups: [
      "responses-streaming",
      "responses-websocket-client-events",
      "responses-websocket-shared-events",
    ],
    summary: "The Responses API: create, stream, retrieve, cancel and compact model responses.",
  },
  {
    name: "conversations",
    prefixes: ["/conversations"],
    roots: ["conversations"],
    summary: "Conversations and their items, the server-side state of multi-turn responses.",
  },
  {
    name: "chat",
    prefixes: ["/chat"],
    roots: ["chat"],
    eventGroups: ["chat-streaming"],
    summary: "Chat Completions: create and stream completions, and manage stored ones.",
  },
  {
    name: "completions",
    prefixes: ["/completions"],
    roots: ["completions"],
    summary: "The legacy text Completions endpoint.",
  },
  {
    name: "embeddings",
    prefixes: ["/embeddings"],
    roots: ["embeddings"],
    summary: "Embedding vectors for text and tokens.",
  },
  {
    name: "audio",
    prefixes: ["/audio"],
    roots: ["audio"],
    summary: "Speech, transcriptions, translations, custom voices and voice consents.",
  },
  {
    name: "images",
    prefixes: ["/images"],
    roots: ["images"],
    eventGroups: ["images-streaming"],
    summary: "Image generation, edits and variations, with streamed partial images.",
  },
  {
    name: "videos",
    prefixes: ["/videos"],
    roots: ["videos"],
    summary: "Video generation, remixes, edits, extensions, characters and content download.",
  },
  {
    name: "moderations",
    prefixes: ["/moderations", "/content_provenance_checks"],
    roots: ["moderations", "content_provenance_checks"],
    summary: "Moderation of text and images, and content provenance checks.",
  },
  {
    name: "models",
    prefixes: ["/models"],
    roots: ["models"],
    summary: "List, retrieve and delete models.",
  },
  {
    name: "files",
    prefixes: ["/files"],
    roots: ["files"],
    summary: "Upload, list, retrieve, delete and download files.",
  },
  {
    name: "uploads",
    prefixes: ["/uploads"],
    roots: ["uploads"],
    summary: "Large files uploaded in parts.",
  },
  {
    name: "batches",
    prefixes: ["/batches"],
    roots: ["batches"],
    summary: "Batch jobs: create, list, retrieve and cancel.",
  },
  {
    name: "vector-stores",
    prefixes: ["/vector_stores"],
    roots: ["vector_stores"],
    summary: "Vector stores, their files and file batches, and search.",
  },
  {
    name: "containers",
    prefixes: ["/containers"],
    roots: ["containers"],
    summary: "Code interpreter containers and their files.",
  },
  {
    name: "skills",
    prefixes: ["/skills"],
    roots: ["skills"],
    summary: "Skills, their versions and content.",
  },
  {
    name: "evals",
    prefixes: ["/evals"],
    roots: ["evals"],
    summary: "Evals, eval runs and their output items.",
  },
  {
    name: "fine-tuning",
    prefixes: ["/fine_tuning/jobs", "/fine_tuning/checkpoints"],
    roots: ["fine_tuning"],
    summary: "Fine-tuning jobs, their events and checkpoints, and checkpoint permissions.",
  },
  {
    name: "graders",
    prefixes: ["/fine_tuning/alpha/graders"],
    roots: ["fine_tuning/alpha/graders"],
    summary: "Run and validate graders for reinforcement fine-tuning.",
  },
  {
    name: "assistants",
    prefixes: ["/assistants", "/threads"],
    roots: ["beta/assistants", "beta/threads"],
    eventGroups: ["assistants-streaming"],
    summary: "The Assistants API (beta, deprecated upstream): assistants, threads, messages, runs.",
  },
  {
    name: "chatkit",
    prefixes: ["/chatkit"],
    roots: ["beta/chatkit"],
    summary: "ChatKit sessions and threads.",
  },
  {
    name: "realtime",
    prefixes: ["/realtime"],
    roots: ["realtime"],
    eventGroups: [
      "realtime-client-events",
      "realtime-server-events",
      "realtime-translation-client-events",
      "realtime-translation-server-events",
      "realtime-beta-client-events",
      "realtime-beta-server-events",
    ],
    components: [
      "RealtimeClientEvent",
      "RealtimeServerEvent",
      "RealtimeTranslationClientEvent",
      "RealtimeTranslationServerEvent",
    ],
    summary: "Realtime REST calls (SIP/WebRTC calls, client secrets, sessions) and event types.",
  },
  {
    name: "admin",
    prefixes: ["/organization", "/projects"],
    roots: ["organization", "projects"],
    auth: "admin",
    summary: "Organization and project administration with an admin key.",
  },
  {
    name: "webhooks",
    prefixes: [],
    roots: [],
    eventGroups: ["webhook-events"],
    webhookUnion: "WebhookEvent",
    summary: "Typed webhook event payloads.",
  },
];
