import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest, notFound } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { addFile } from "../files/store.js";
import type { StoredUpload } from "./store.js";

/** The upload, checked to still accept parts (pending and not expired on the emulator clock). */
const findPending = ({ state, params }: Call): StoredUpload => {
  const stored = state.stores.uploads.get(params.upload_id!);
  if (!stored) throw notFound(`No upload found with id '${params.upload_id}'.`, "upload_id");
  if (stored.object.status === "pending" && state.clock.seconds() >= stored.object.expires_at) {
    stored.object.status = "expired";
  }
  if (stored.object.status !== "pending") {
    throw invalidRequest(
      `The upload is ${stored.object.status}; it no longer accepts changes.`,
      "upload_id",
    );
  }
  return stored;
};

export const uploadsHandlers = {
  createUpload: ({ state, body }) => {
    const created = state.clock.seconds();
    const stored: StoredUpload = {
      object: {
        id: state.ids.alnum("upload_", 24),
        object: "upload",
        bytes: body.bytes,
        created_at: created,
        filename: body.filename,
        purpose: body.purpose,
        status: "pending",
        expires_at: created + 3600,
        file: null,
      },
      parts: new Map(),
    };
    state.stores.uploads.set(stored.object.id, stored);
    return jsonReply(stored.object);
  },

  addUploadPart: async (call) => {
    const stored = findPending(call);
    const id = call.state.ids.alnum("part_", 24);
    stored.parts.set(id, new Uint8Array(await (call.body.data as Blob).arrayBuffer()));
    return jsonReply({
      id,
      object: "upload.part",
      created_at: call.state.clock.seconds(),
      upload_id: stored.object.id,
    });
  },

  completeUpload: (call) => {
    const stored = findPending(call);
    const parts = call.body.part_ids.map((id) => {
      const part = stored.parts.get(id);
      if (!part) throw invalidRequest(`No part with id '${id}' in this upload.`, "part_ids");
      return part;
    });
    const size = parts.reduce((sum, part) => sum + part.length, 0);
    if (size !== stored.object.bytes) {
      throw invalidRequest(
        `The parts hold ${size} bytes but the upload was created for ${stored.object.bytes}.`,
        "part_ids",
      );
    }
    const content = new Uint8Array(size);
    let offset = 0;
    for (const part of parts) {
      content.set(part, offset);
      offset += part.length;
    }
    const file = addFile(call.state, {
      filename: String(stored.object.filename),
      purpose: String(stored.object.purpose),
      content,
    });
    Object.assign(stored.object, { status: "completed", file });
    return jsonReply(stored.object);
  },

  cancelUpload: (call) => {
    const stored = findPending(call);
    stored.object.status = "cancelled";
    return jsonReply(stored.object);
  },
} satisfies Partial<OperationHandlers>;
