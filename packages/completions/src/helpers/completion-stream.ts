import { type ExtendedStream, extendStream, type Stream, type StreamControl } from "@oaikit/core";
import type { CreateCompletionResponse } from "../generated/types.js";

type Choice = CreateCompletionResponse["choices"][number];
type Logprobs = NonNullable<Choice["logprobs"]>;

/**
 * A Completions stream: an async iterable of its chunks, plus the text of the first choice as
 * it arrives (`textStream`) and the completion built from the chunks (`finalCompletion()`).
 * Consume it once.
 */
export interface CompletionStream
  extends ExtendedStream<CreateCompletionResponse, CreateCompletionResponse> {
  /**
   * The completion the chunks add up to, as a call without `stream` returns it: each choice's
   * text and logprobs joined, its finish reason, and the usage when
   * `stream_options.include_usage` asked for it. Rejects as the stream failed, or when it ended
   * without `data: [DONE]`.
   */
  finalCompletion(): Promise<CreateCompletionResponse>;
}

const join = <T>(a: T[] | undefined, b: T[] | undefined): T[] | undefined =>
  a && b ? [...a, ...b] : (a ?? b);

const joinLogprobs = (a: Logprobs | null, b: Logprobs): Logprobs => {
  const out: Logprobs = {};
  for (const key of ["text_offset", "token_logprobs", "tokens", "top_logprobs"] as const) {
    const value = join<unknown>(a?.[key], b[key]);
    if (value) (out as Record<string, unknown>)[key] = value;
  }
  return out;
};

/** Builds a CompletionStream over `open`. */
export const completionStream = (
  open: (control: StreamControl<CreateCompletionResponse>) => Stream<CreateCompletionResponse>,
): CompletionStream => {
  let base: CreateCompletionResponse | undefined;
  let usage: CreateCompletionResponse["usage"];
  const choices: Choice[] = [];
  const each = (chunk: CreateCompletionResponse): undefined => {
    base ??= chunk;
    if (chunk.usage) usage = chunk.usage;
    for (const part of chunk.choices) {
      choices[part.index] ??= {
        index: part.index,
        text: "",
        logprobs: null,
        finish_reason: null as unknown as Choice["finish_reason"],
      };
      const choice = choices[part.index]!;
      choice.text += part.text ?? "";
      if (part.logprobs) choice.logprobs = joinLogprobs(choice.logprobs, part.logprobs);
      if (part.finish_reason) choice.finish_reason = part.finish_reason;
    }
    return undefined;
  };
  const stream = extendStream(open, {
    control: { final: "[DONE]", each },
    final: () => {
      if (!base) return undefined;
      const { choices: _, usage: __, ...rest } = base;
      return { ...rest, choices: choices.filter(Boolean), ...(usage ? { usage } : {}) };
    },
    text: (chunk) => chunk.choices[0]?.text || undefined,
  }) as CompletionStream;
  return Object.assign(stream, { finalCompletion: stream.result });
};
