import { type ExtendedStream, extendStream, type Stream, type StreamControl } from "@oaikit/core";
import type {
  CreateChatCompletionResponse,
  CreateChatCompletionStreamResponse,
} from "../generated/types.js";
import { accumulateChatCompletion } from "./accumulate-chat-completion.js";

type Chunk = CreateChatCompletionStreamResponse;

/** What `on()` of a ChatCompletionStream reports, by name. */
export interface ChatCompletionStreamEvents {
  /** Every chunk, as it came. */
  chunk: Chunk;
  /** Text added to a choice's content; `snapshot` is the content so far. */
  content: { choice: number; delta: string; snapshot: string };
  /** Text added to a choice's refusal. */
  refusal: { choice: number; delta: string; snapshot: string };
  /** A piece of a tool call's arguments; `snapshot` is the arguments so far. */
  "tool_call.arguments": {
    choice: number;
    index: number;
    id: string;
    name: string;
    delta: string;
    snapshot: string;
  };
}

/**
 * A Chat Completions stream: an async iterable of its chunks, plus the text of the first
 * choice as it arrives (`textStream`), the completion built from the chunks
 * (`finalChatCompletion()`), and `on()` handlers. Consume it once.
 */
export interface ChatCompletionStream<Final = CreateChatCompletionResponse>
  extends ExtendedStream<Chunk, Final> {
  /**
   * The completion the chunks add up to: the same object a call without `stream` returns
   * (content, refusal, tool calls, logprobs, finish reasons; usage with
   * `stream_options.include_usage`). Consumes the stream if nothing else does. Rejects as the
   * stream failed, or when it ended without `data: [DONE]`.
   */
  finalChatCompletion(): Promise<Final>;
  on<Name extends keyof ChatCompletionStreamEvents>(
    name: Name,
    handler: (event: ChatCompletionStreamEvents[Name]) => void,
  ): this;
}

/**
 * Builds a ChatCompletionStream over `open`. `finish` turns the built completion into what
 * `finalChatCompletion()` resolves to (structured outputs add the parsed value there).
 */
export const chatCompletionStream = <Final = CreateChatCompletionResponse>(
  open: (control: StreamControl<Chunk>) => Stream<Chunk>,
  finish: (completion: CreateChatCompletionResponse) => Final | Promise<Final> = (completion) =>
    completion as Final,
): ChatCompletionStream<Final> => {
  const handlers: { [Name in keyof ChatCompletionStreamEvents]?: Array<(event: never) => void> } =
    {};
  const accumulator = accumulateChatCompletion();
  let listened = false;
  const emit = <Name extends keyof ChatCompletionStreamEvents>(
    name: Name,
    event: () => ChatCompletionStreamEvents[Name],
  ): void => {
    const list = handlers[name];
    if (list) for (const handler of list) handler(event() as never);
  };

  const each = (chunk: Chunk): undefined => {
    accumulator.add(chunk);
    if (!listened) return undefined;
    emit("chunk", () => chunk);
    const message = (index: number) => accumulator.completion()!.choices[index]!.message;
    for (const { index: choice, delta } of chunk.choices) {
      if (delta?.content) {
        emit("content", () => ({
          choice,
          delta: delta.content!,
          snapshot: message(choice).content!,
        }));
      }
      if (delta?.refusal) {
        emit("refusal", () => ({
          choice,
          delta: delta.refusal!,
          snapshot: message(choice).refusal!,
        }));
      }
      for (const piece of delta?.tool_calls ?? []) {
        if (!piece.function?.arguments) continue;
        emit("tool_call.arguments", () => {
          const call = message(choice).tool_calls![piece.index]!;
          const fn = (call as { function: { name: string; arguments: string } }).function;
          return {
            choice,
            index: piece.index,
            id: call.id,
            name: fn.name,
            delta: piece.function!.arguments!,
            snapshot: fn.arguments,
          };
        });
      }
    }
    return undefined;
  };

  const stream = extendStream(open, {
    control: { final: "[DONE]", each },
    final: () => {
      const completion = accumulator.completion();
      return completion === undefined ? undefined : finish(completion);
    },
    text: (chunk) => chunk.choices[0]?.delta?.content ?? undefined,
  }) as ChatCompletionStream<Final>;
  return Object.assign(stream, {
    finalChatCompletion: stream.result,
    on(name: keyof ChatCompletionStreamEvents, handler: (event: never) => void) {
      listened = true;
      handlers[name] = [...(handlers[name] ?? []), handler];
      return stream;
    },
  });
};
