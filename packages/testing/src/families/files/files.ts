import type { OperationHandlers } from "../../generated/operation-handlers.js";
import { listPage } from "../../lists/list-page.js";
import type { Call } from "../../router/handler.js";
import { notFound } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";
import { addFile, type StoredFile } from "./store.js";

const findFile = ({ state }: Call, id: string): StoredFile => {
  const stored = state.stores.files.get(id);
  if (!stored) throw notFound(`No such File object: ${id}`, "id");
  return stored;
};

export const filesHandlers = {
  createFile: async ({ state, body }) => {
    const file = body.file as File;
    const content = new Uint8Array(await file.arrayBuffer());
    return jsonReply(
      addFile(state, {
        filename: file.name || "upload",
        purpose: body.purpose,
        content,
        ...(body.expires_after ? { expiresAfterSeconds: body.expires_after.seconds } : {}),
      }),
    );
  },

  listFiles: ({ state, query }) => {
    const purpose = query.get("purpose");
    const files = [...state.stores.files.values()]
      .map((stored) => stored.object)
      .filter((file) => purpose === null || file.purpose === purpose);
    return jsonReply(listPage(files, query, { limit: 10000, maxLimit: 10000, order: "desc" }));
  },

  retrieveFile: (call) => jsonReply(findFile(call, call.params.file_id!).object),

  deleteFile: (call) => {
    const { object } = findFile(call, call.params.file_id!);
    call.state.stores.files.delete(object.id);
    return jsonReply({ id: object.id, object: "file", deleted: true });
  },

  downloadFileContent: (call) => ({
    kind: "bytes",
    status: 200,
    body: findFile(call, call.params.file_id!).content,
    contentType: "application/octet-stream",
  }),
} satisfies Partial<OperationHandlers>;
