/**
 * Which server event acknowledges each client event. The server handles client events in the
 * order they arrive, so the first matching server event after a send is its acknowledgement;
 * `match` narrows that where the server echoes an id.
 */
interface AckRule {
  types: readonly string[];
  match?: (server: any, client: any) => boolean;
}

const sameItem = (server: any, client: any) => server.item_id === client.item_id;

export const ACK_RULES: Readonly<Record<string, AckRule>> = {
  "session.update": { types: ["session.updated"] },
  "transcription_session.update": { types: ["transcription_session.updated"] },
  "session.close": { types: ["session.closed"] },
  "conversation.item.create": {
    types: ["conversation.item.added", "conversation.item.created"],
    // Without a client-chosen id, the first item of the same kind and role is the one created.
    match: (server, client) =>
      client.item?.id !== undefined
        ? server.item?.id === client.item.id
        : server.item?.type === client.item?.type && server.item?.role === client.item?.role,
  },
  "conversation.item.retrieve": {
    types: ["conversation.item.retrieved"],
    match: (server, client) => server.item?.id === client.item_id,
  },
  "conversation.item.truncate": { types: ["conversation.item.truncated"], match: sameItem },
  "conversation.item.delete": { types: ["conversation.item.deleted"], match: sameItem },
  "input_audio_buffer.commit": { types: ["input_audio_buffer.committed"] },
  "input_audio_buffer.clear": { types: ["input_audio_buffer.cleared"] },
  "output_audio_buffer.clear": { types: ["output_audio_buffer.cleared"] },
  "response.create": { types: ["response.created"] },
  "response.cancel": {
    types: ["response.done"],
    match: (server, client) =>
      client.response_id === undefined || server.response?.id === client.response_id,
  },
};

/**
 * The server event that acknowledges a client event, by the client event's `type`; client
 * events without one (`input_audio_buffer.append`) resolve once written to the socket.
 */
export interface RealtimeAckTypes {
  "session.update": "session.updated";
  "transcription_session.update": "transcription_session.updated";
  "session.close": "session.closed";
  "conversation.item.create": "conversation.item.added" | "conversation.item.created";
  "conversation.item.retrieve": "conversation.item.retrieved";
  "conversation.item.truncate": "conversation.item.truncated";
  "conversation.item.delete": "conversation.item.deleted";
  "input_audio_buffer.commit": "input_audio_buffer.committed";
  "input_audio_buffer.clear": "input_audio_buffer.cleared";
  "output_audio_buffer.clear": "output_audio_buffer.cleared";
  "response.create": "response.created";
  "response.cancel": "response.done";
}
