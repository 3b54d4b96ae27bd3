import type { RealtimeConversationItem, RealtimeResponse } from "../generated/types.js";

/** What one response produced so far, built from its deltas. */
export interface RealtimeResponseState {
  id: string;
  /** The server's status; `"lost"` when the connection dropped before `response.done`. */
  status: NonNullable<RealtimeResponse["status"]> | "lost";
  /** Text of `response.output_text.delta` events, in order. */
  text: string;
  /** Transcript of the spoken output (`response.output_audio_transcript.delta`). */
  transcript: string;
  /** Base64 PCM chunks of `response.output_audio.delta`, in order (empty with `keepAudio: false`). */
  audio: string[];
  /** The final response of `response.done`. */
  response: RealtimeResponse | undefined;
}

/** The conversation as the server has confirmed it, kept in the server's order. */
export interface RealtimeConversation {
  /** Items in conversation order, each in its latest known state. */
  readonly items: readonly RealtimeConversationItem[];
  /** Responses in the order they were created. */
  readonly responses: readonly RealtimeResponseState[];
  /** The response with this id. */
  response(id: string): RealtimeResponseState | undefined;
}

type Item = RealtimeConversationItem & { id: string };

/**
 * Follows the server events of one conversation. Survives a reconnect: items the server adds
 * again with the same id replace, never duplicate, the ones held.
 */
export const createConversation = (keepAudio: boolean) => {
  const items: Item[] = [];
  const responses: RealtimeResponseState[] = [];
  const byResponse = new Map<string, RealtimeResponseState>();
  const indexOf = (id: unknown) => items.findIndex((item) => item.id === id);

  const upsert = (item: Item, previous: string | null | undefined) => {
    const at = indexOf(item.id);
    if (at >= 0) {
      items[at] = item;
      return;
    }
    if (previous === undefined) {
      items.push(item);
      return;
    }
    // `null` means the item starts the conversation; an unknown predecessor puts it last.
    const after = previous === null ? -1 : indexOf(previous);
    if (previous !== null && after < 0) items.push(item);
    else items.splice(after + 1, 0, item);
  };

  const responseFor = (id: string): RealtimeResponseState => {
    let state = byResponse.get(id);
    if (!state) {
      state = {
        id,
        status: "in_progress",
        text: "",
        transcript: "",
        audio: [],
        response: undefined,
      };
      byResponse.set(id, state);
      responses.push(state);
    }
    return state;
  };

  const setTranscript = (itemId: string, contentIndex: number, transcript: string | undefined) => {
    const item = items[indexOf(itemId)] as { content?: Array<Record<string, unknown>> } | undefined;
    const part = item?.content?.[contentIndex];
    if (!part) return;
    if (transcript === undefined) delete part.transcript;
    else part.transcript = transcript;
  };

  /** Updates the state from one server event. */
  const observe = (event: any) => {
    switch (event.type) {
      case "conversation.item.added":
      case "conversation.item.created":
        if (event.item?.id) upsert(structuredClone(event.item), event.previous_item_id);
        return;
      case "conversation.item.done":
      case "conversation.item.retrieved":
      case "response.output_item.done":
        if (event.item?.id && indexOf(event.item.id) >= 0)
          upsert(structuredClone(event.item), undefined);
        return;
      case "conversation.item.deleted": {
        const at = indexOf(event.item_id);
        if (at >= 0) items.splice(at, 1);
        return;
      }
      case "conversation.item.truncated":
        // The server drops the transcript of truncated audio; so does the copy held here.
        setTranscript(event.item_id, event.content_index, undefined);
        return;
      case "conversation.item.input_audio_transcription.completed":
        setTranscript(event.item_id, event.content_index, event.transcript);
        return;
      case "response.created":
        if (event.response?.id) responseFor(event.response.id);
        return;
      case "response.output_text.delta":
        responseFor(event.response_id).text += event.delta ?? "";
        return;
      case "response.output_audio_transcript.delta":
        responseFor(event.response_id).transcript += event.delta ?? "";
        return;
      case "response.output_audio.delta":
        if (keepAudio) responseFor(event.response_id).audio.push(event.delta ?? "");
        return;
      case "response.done": {
        if (!event.response?.id) return;
        const state = responseFor(event.response.id);
        state.status = event.response.status ?? "completed";
        state.response = event.response;
      }
    }
  };

  /**
   * After a drop: marks responses still in progress as lost and removes their unfinished items,
   * which the server had not completed; returns what was lost.
   */
  const dropUnfinished = () => {
    const lostResponses = responses.filter((state) => state.status === "in_progress");
    for (const state of lostResponses) state.status = "lost";
    const lostItems = items.filter(
      (item) => (item as { status?: string }).status === "in_progress",
    );
    for (const item of lostItems) items.splice(items.indexOf(item), 1);
    return { lostResponses, lostItems };
  };

  const view: RealtimeConversation = {
    items,
    responses,
    response: (id) => byResponse.get(id),
  };
  return { view, observe, dropUnfinished, items };
};
