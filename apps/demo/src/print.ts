import type { ResponseMeta } from "@oaikit/core";

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

export const heading = (step: number, title: string) => {
  process.stdout.write(`\n${bold(`${step}. ${title}`)}\n`);
};

export const line = (text: string) => {
  process.stdout.write(`   ${text}\n`);
};

export const describeMeta = (meta: ResponseMeta | undefined): string => {
  if (!meta) return "no metadata";
  const tokens = meta.rateLimit.tokens.remaining;
  return [
    `status ${meta.status}`,
    `request id ${meta.requestId ?? "none"}`,
    `${meta.attempts} attempt${meta.attempts === 1 ? "" : "s"}`,
    tokens === undefined ? undefined : `${tokens} tokens left this window`,
  ]
    .filter(Boolean)
    .join(", ");
};
