import type { EmulatorState } from "../../emulator/state.js";
import { generate } from "../../generate/generate.js";
import { countTokens } from "../../generate/tokens.js";
import { ApiError, invalidRequest } from "../../wire/api-error.js";
import { fileText } from "../files/store.js";
import { renderTemplate } from "../graders/template.js";

/** One row of a run: the data source item, and the sample to grade (given or generated). */
/** Sampling the model failed (a scripted error): the API fails the run, not the request. */
export class SamplingFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const sample = (...args: Parameters<typeof generate>) => {
  try {
    return generate(...args);
  } catch (error) {
    throw error instanceof ApiError ? new SamplingFailure(error) : error;
  }
};

export interface RunRow {
  item: Record<string, unknown>;
  input: { role: string; content: string }[];
  output: string;
  model: string;
  usage: { prompt_tokens: number; completion_tokens: number };
}

const jsonlRows = (state: EmulatorState, source: Record<string, any>): Record<string, any>[] => {
  if (source.type === "file_content") return source.content;
  if (source.type === "file_id") {
    const file = state.stores.files.get(source.id);
    if (!file) throw invalidRequest(`File '${source.id}' does not exist.`, "data_source.source.id");
    return fileText(file)
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line));
  }
  // Stored completions and responses sources: the emulator's stored ones, as items.
  const stored =
    source.type === "stored_completions"
      ? [...state.stores.chatCompletions.values()].map((c) => ({
          id: c.id,
          model: c.completion.model,
        }))
      : [...state.stores.responses.values()].map((r) => ({ id: r.final.id, model: r.final.model }));
  return stored.map((item) => ({ item }));
};

const contentText = (content: unknown): string =>
  typeof content === "string"
    ? content
    : Array.isArray(content)
      ? content.map((part) => (typeof part?.text === "string" ? part.text : "")).join("")
      : typeof (content as { text?: unknown })?.text === "string"
        ? (content as { text: string }).text
        : "";

/**
 * The rows a run grades. A `jsonl` source brings its own samples; `completions` and
 * `responses` sources render their message template per item and sample the model (scripted
 * outputs, else the echo).
 */
export const runRows = (state: EmulatorState, dataSource: Record<string, any>): RunRow[] =>
  jsonlRows(state, dataSource.source).map((row) => {
    const item = (row.item ?? row) as Record<string, unknown>;
    if (dataSource.type === "jsonl") {
      const sample = row.sample as Record<string, unknown> | undefined;
      const output = typeof sample?.output_text === "string" ? sample.output_text : "";
      return {
        item,
        input: [],
        output,
        model: String(sample?.model ?? ""),
        usage: { prompt_tokens: 0, completion_tokens: 0 },
      };
    }
    const template: Record<string, unknown>[] = dataSource.input_messages?.template ?? [];
    const input = template.map((message) => ({
      role: String(message.role ?? "user"),
      content: renderTemplate(contentText(message.content), { item }),
    }));
    const model = dataSource.model ?? "gpt-4.1";
    const lastText = input.filter((m) => m.role === "user").at(-1)?.content ?? "";
    const generation = sample(
      state,
      {
        family: dataSource.type === "completions" ? "chat" : "responses",
        model,
        body: dataSource,
        lastText,
      },
      input.map((m) => m.content).join("\n"),
    );
    const output = generation.text ?? "";
    return {
      item,
      input,
      output,
      model,
      usage: { prompt_tokens: generation.usage.input, completion_tokens: countTokens(output) },
    };
  });
