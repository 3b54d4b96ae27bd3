import {
  APIConnectionError,
  type ExtendedStream,
  extendStream,
  type RequestSpec,
  type Stream,
  type StreamControl,
} from "@oaikit/core";
import type { Response, ResponseStreamEvent } from "../generated/types.js";

/** The events a Responses stream yields; core throws the `error` event as an APIError. */
export type ResponseStreamEventType = Exclude<ResponseStreamEvent, { type: "error" }>;

/**
 * A Responses stream: an async iterable of its typed events (event types newer than these
 * types pass through as they come), plus the text as it arrives (`textStream`), the final
 * response, and handlers per event type. Consume it once, by one of `for await`, `forEach`,
 * `textStream`, `finalResponse()` or `toReadableStream()`; handlers see every event whichever
 * is used.
 */
export interface ResponseStream<Final = Response>
  extends ExtendedStream<ResponseStreamEventType, Final> {
  /**
   * The response of the stream's final event (`response.completed`, `.incomplete` or
   * `.failed`), as `retrieveResponse` returns it. Consumes the stream if nothing else does;
   * otherwise waits for the consumer to reach the end. Rejects as the stream failed.
   */
  finalResponse(): Promise<Final>;
  /** Calls `handler` with every event of this type while the stream is consumed. */
  on<Type extends ResponseStreamEventType["type"]>(
    type: Type,
    handler: (event: Extract<ResponseStreamEventType, { type: Type }>) => void,
  ): this;
  /** An event type these types do not know yet: its payload is passed as it came. */
  on(type: string, handler: (event: unknown) => void): this;
}

/** How a ResponseStream reads its events and picks them up again after a drop. */
export interface ResponseStreamSource {
  /** Opens the underlying event stream with what the helper needs to know about it. */
  open(control: StreamControl<ResponseStreamEventType>): Stream<ResponseStreamEventType>;
  /** The request that continues the stream of a background response after `startingAfter`. */
  resume?: ((responseId: string, startingAfter: number) => RequestSpec) | undefined;
  /** Known before the first event when an explicit resume picks up a stored response. */
  responseId?: string | undefined;
  startingAfter?: number | undefined;
}

const isFinal = (event: { type: string }): boolean =>
  event.type === "response.completed" ||
  event.type === "response.failed" ||
  event.type === "response.incomplete";

/**
 * Builds a ResponseStream over `source`. `finish` turns the final response into what
 * `finalResponse()` resolves to (structured outputs add the parsed value there).
 */
export const responseStream = <Final = Response>(
  source: ResponseStreamSource,
  finish: (response: Response) => Final | Promise<Final> = (response) => response as Final,
): ResponseStream<Final> => {
  const handlers = new Map<string, Array<(event: never) => void>>();
  let responseId = source.responseId;
  // A stream named by id is a stored background response's (retrieve or resume).
  let background = responseId !== undefined;
  let last = source.startingAfter ?? -1;
  let final: Response | undefined;

  const each = (event: ResponseStreamEventType): boolean | undefined => {
    const sequence = (event as { sequence_number?: unknown }).sequence_number;
    if (typeof sequence === "number") {
      // A resumed stream may start with events this one already handed out.
      if (sequence <= last) return false;
      last = sequence;
    }
    if (event.type === "response.created") {
      responseId = event.response.id;
      background = event.response.background === true;
    } else if (isFinal(event)) {
      final = (event as { response: Response }).response;
    }
    const list = handlers.size > 0 ? handlers.get(event.type) : undefined;
    if (list) for (const handler of list) handler(event as never);
    return undefined;
  };

  const resume = (error: APIConnectionError): RequestSpec | undefined => {
    // Bytes read back with fromReadableStream have no server to resume from.
    if (!source.resume) return undefined;
    if (!background || responseId === undefined) {
      throw new APIConnectionError(
        `${error.message.replace(/\.?$/, ".")} This stream cannot be resumed: only the stream ` +
          "of a response created with `background: true` can be; send the request again.",
        { cause: error },
      );
    }
    return source.resume(responseId, last);
  };

  const stream = extendStream(source.open, {
    control: { final: isFinal, each, resume },
    // A parse failure of a structured output rejects finalResponse(), not the iteration.
    final: () => (final === undefined ? undefined : finish(final)),
    text: (event) => (event.type === "response.output_text.delta" ? event.delta : undefined),
  }) as ResponseStream<Final>;
  return Object.assign(stream, {
    finalResponse: stream.result,
    on(type: string, handler: (event: never) => void) {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      return stream;
    },
  });
};
