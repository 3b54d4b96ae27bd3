import type {
  ChatCompletionMessageToolCall,
  ChatCompletionTokenLogprob,
  CreateChatCompletionResponse,
  CreateChatCompletionStreamResponse,
} from "../generated/types.js";

type Choice = CreateChatCompletionResponse["choices"][number];
type Chunk = CreateChatCompletionStreamResponse;
type Logprobs = NonNullable<Choice["logprobs"]>;

export interface ChatCompletionAccumulator {
  /** Adds one chunk. */
  add(chunk: Chunk): void;
  /** The completion the chunks so far add up to; undefined before the first chunk. */
  completion(): CreateChatCompletionResponse | undefined;
}

const appendLogprobs = (
  to: Logprobs | null,
  from: NonNullable<Chunk["choices"][number]["logprobs"]>,
): Logprobs => {
  const join = (a: ChatCompletionTokenLogprob[] | null, b: ChatCompletionTokenLogprob[] | null) =>
    a && b ? [...a, ...b] : (a ?? b);
  return {
    content: join(to?.content ?? null, from.content),
    refusal: join(to?.refusal ?? null, from.refusal),
  };
};

/**
 * Builds a chat completion from its stream chunks the way the API builds the one it returns
 * without streaming: content and refusal text joined (null when none came), tool calls by
 * index with their argument pieces joined, logprobs joined, the finish reason and the usage of
 * the last chunk that has them.
 */
export const accumulateChatCompletion = (): ChatCompletionAccumulator => {
  let base: Chunk | undefined;
  let usage: Chunk["usage"];
  const choices: Choice[] = [];

  const choiceAt = (index: number): Choice => {
    choices[index] ??= {
      index,
      finish_reason: null as unknown as Choice["finish_reason"],
      logprobs: null,
      message: { role: "assistant", content: null, refusal: null, annotations: [] },
    };
    return choices[index];
  };

  return {
    add(chunk) {
      base ??= chunk;
      if (chunk.usage) usage = chunk.usage;
      for (const part of chunk.choices) {
        const choice = choiceAt(part.index);
        const { message } = choice;
        const delta = part.delta;
        if (part.finish_reason) choice.finish_reason = part.finish_reason;
        if (part.logprobs) choice.logprobs = appendLogprobs(choice.logprobs, part.logprobs);
        if (!delta) continue;
        if (delta.content) message.content = (message.content ?? "") + delta.content;
        if (delta.refusal) message.refusal = (message.refusal ?? "") + delta.refusal;
        const annotations = (delta as { annotations?: Choice["message"]["annotations"] })
          .annotations;
        if (annotations) message.annotations = [...(message.annotations ?? []), ...annotations];
        if (delta.function_call) {
          message.function_call ??= { name: "", arguments: "" };
          const call = message.function_call;
          call.name += delta.function_call.name ?? "";
          call.arguments += delta.function_call.arguments ?? "";
        }
        for (const piece of delta.tool_calls ?? []) {
          message.tool_calls ??= [];
          const calls = message.tool_calls as ChatCompletionMessageToolCall[];
          calls[piece.index] ??= {
            id: "",
            type: "function",
            function: { name: "", arguments: "" },
          };
          const call = calls[piece.index]!;
          if (piece.id) call.id = piece.id;
          if (piece.function?.name) call.function.name += piece.function.name;
          if (piece.function?.arguments) call.function.arguments += piece.function.arguments;
        }
      }
    },
    completion() {
      if (!base) return undefined;
      const { choices: _, usage: __, object: ___, obfuscation: ____, ...rest } = base;
      return {
        ...rest,
        object: "chat.completion",
        choices: choices.filter(Boolean),
        ...(usage ? { usage } : {}),
      };
    },
  };
};
