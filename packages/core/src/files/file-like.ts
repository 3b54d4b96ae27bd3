/** An object that behaves like a File without being one (another realm's File, formdata-node...). */
export interface BlobLike {
  readonly name?: string | undefined;
  readonly type?: string | undefined;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Anything oaikit accepts where the API takes a file. Node's `Readable` streams are async
 * iterables of Buffers, so they fit too; for a path on disk use `fileFromPath` from
 * `@oaikit/core/node`.
 */
export type FileLike =
  | Blob
  | BlobLike
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Response;
