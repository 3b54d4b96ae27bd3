import type { ListContainersParams } from "@oaikit/containers";
import type { OperationHandlers } from "../../generated/operation-handlers.js";
import type { Item } from "../../records/collection.js";
import { defineResource } from "../../records/resource.js";
import type { Call } from "../../router/handler.js";
import { invalidRequest, notFound } from "../../wire/api-error.js";
import { jsonReply } from "../../wire/reply.js";

const containers = defineResource({
  label: "container",
  idParam: "container_id",
  newId: ({ state }) => state.ids.hex("cntr_", 48),
});

const containerFiles = defineResource({
  label: "container file",
  idParam: "file_id",
  parent: containers,
  newId: ({ state }) => state.ids.hex("cfile_", 32),
});

/** A container expires after `expires_after.minutes` (default 20) without activity. */
const viewContainer = (container: Item, { state }: Call) => {
  const idle = state.clock.seconds() - container.last_active_at;
  return idle > container.expires_after.minutes * 60
    ? { ...container, status: "expired" }
    : container;
};

/** Copies bytes into the container at /mnt/data/<name>. */
const addFile = (call: Call, name: string, bytes: Uint8Array, source: string) => {
  const file = containerFiles.add(call, {
    object: "container.file",
    container_id: call.params.container_id,
    path: `/mnt/data/${name}`,
    bytes: bytes.length,
    source,
  });
  call.state.stores.blobs.set(file.id, { bytes, type: "application/octet-stream" });
  return file;
};

const uploadedFile = (call: Call, id: string, param: string) => {
  const stored = call.state.stores.files.get(id);
  if (!stored) throw invalidRequest(`File '${id}' does not exist.`, param);
  return stored;
};

export const containersHandlers = {
  createContainer: (call) => {
    const now = call.state.clock.seconds();
    const container = containers.add(call, {
      object: "container",
      name: call.body.name,
      status: "running",
      last_active_at: now,
      expires_after: call.body.expires_after ?? { anchor: "last_active_at", minutes: 20 },
      memory_limit: call.body.memory_limit ?? "1g",
      ...(call.body.network_policy ? { network_policy: call.body.network_policy } : {}),
    });
    const inside = { ...call, params: { container_id: container.id } };
    for (const id of call.body.file_ids ?? []) {
      const stored = uploadedFile(call, id, "file_ids");
      addFile(inside, stored.object.filename, stored.content, "user");
    }
    return jsonReply(container);
  },
  listContainers: containers.list({
    view: viewContainer,
    filter: (container, { body }: Call<ListContainersParams>) =>
      !body.name || container.name === body.name,
  }),
  retrieveContainer: containers.retrieve(viewContainer),
  deleteContainer: containers.remove(),

  createContainerFile: async (call) => {
    const container = containers.find(call);
    container.last_active_at = call.state.clock.seconds();
    if (call.body.file instanceof Blob) {
      const file = call.body.file as File;
      return jsonReply(
        addFile(call, file.name || "upload", new Uint8Array(await file.arrayBuffer()), "user"),
      );
    }
    if (!call.body.file_id) throw invalidRequest("Give a file or a file_id.", "file");
    const stored = uploadedFile(call, call.body.file_id, "file_id");
    return jsonReply(addFile(call, stored.object.filename, stored.content, "user"));
  },
  listContainerFiles: containerFiles.list(),
  retrieveContainerFile: containerFiles.retrieve(),
  deleteContainerFile: containerFiles.remove(),
  downloadContainerFileContent: (call) => {
    const file = containerFiles.find(call);
    const blob = call.state.stores.blobs.get(file.id);
    if (!blob) throw notFound(`No content for container file '${file.id}'.`, "file_id");
    return { kind: "bytes", status: 200, body: blob.bytes, contentType: blob.type };
  },
} satisfies Partial<OperationHandlers>;
