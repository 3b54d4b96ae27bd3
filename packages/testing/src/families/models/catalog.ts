/** The models the emulator lists, with fixed creation times so listings are reproducible. */
export const MODELS: readonly { id: string; created: number; owned_by: string }[] = [
  { id: "gpt-5.1", created: 1762800000, owned_by: "system" },
  { id: "gpt-5", created: 1754400000, owned_by: "system" },
  { id: "gpt-5-mini", created: 1754400000, owned_by: "system" },
  { id: "gpt-4.1", created: 1744300000, owned_by: "system" },
  { id: "gpt-4.1-mini", created: 1744300000, owned_by: "system" },
  { id: "gpt-4o", created: 1715300000, owned_by: "system" },
  { id: "gpt-4o-mini", created: 1721100000, owned_by: "system" },
  { id: "gpt-3.5-turbo-instruct", created: 1692900000, owned_by: "system" },
  { id: "gpt-realtime", created: 1756200000, owned_by: "system" },
  { id: "text-embedding-3-small", created: 1705900000, owned_by: "system" },
  { id: "text-embedding-3-large", created: 1705900000, owned_by: "system" },
  { id: "text-embedding-ada-002", created: 1671200000, owned_by: "openai-internal" },
  { id: "omni-moderation-latest", created: 1727100000, owned_by: "system" },
];
