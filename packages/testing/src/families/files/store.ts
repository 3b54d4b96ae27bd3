import type { EmulatorState } from "../../emulator/state.js";

export interface FileObject {
  id: string;
  object: "file";
  bytes: number;
  created_at: number;
  expires_at: number | null;
  filename: string;
  purpose: string;
  status: "processed";
  status_details: null;
}

export interface StoredFile {
  object: FileObject;
  content: Uint8Array;
}

/** Stores a file; uploads and batch outputs both come through here. */
export const addFile = (
  state: EmulatorState,
  fields: { filename: string; purpose: string; content: Uint8Array; expiresAfterSeconds?: number },
): FileObject => {
  const created = state.clock.seconds();
  const object: FileObject = {
    id: state.ids.alnum("file-", 22),
    object: "file",
    bytes: fields.content.length,
    created_at: created,
    expires_at:
      fields.expiresAfterSeconds === undefined ? null : created + fields.expiresAfterSeconds,
    filename: fields.filename,
    purpose: fields.purpose,
    status: "processed",
    status_details: null,
  };
  state.stores.files.set(object.id, { object, content: fields.content });
  return object;
};

export const fileText = (file: StoredFile): string => new TextDecoder().decode(file.content);
