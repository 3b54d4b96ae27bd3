import { type FileLike, ValidationError } from "@oaikit/core";

/** The file being uploaded, read one part at a time. */
export interface PartSource {
  size: number;
  name: string | undefined;
  type: string;
  /**
   * The bytes of part `index` of `partSize`. A stream can only go forward: calls must come in
   * increasing order, and the parts between two calls are read and dropped, never kept.
   */
  part(index: number, partSize: number): Promise<Blob>;
  /** Lets go of a stream that was not read to its end. */
  close(): Promise<void>;
}

const encoder = new TextEncoder();

const blobSource = (blob: Blob, name: string | undefined): PartSource => ({
  size: blob.size,
  name,
  type: blob.type,
  // A slice of a file-backed Blob (fileFromPath) stays on disk until the request reads it.
  part: async (index, partSize) => blob.slice(index * partSize, (index + 1) * partSize),
  close: async () => undefined,
});

async function* readerChunks(stream: ReadableStream<Uint8Array | string>) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const step = await reader.read();
      if (step.done) return;
      yield step.value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

const streamSource = (
  chunks: AsyncIterable<Uint8Array | string>,
  size: number,
  name: string | undefined,
): PartSource => {
  const iterator = chunks[Symbol.asyncIterator]();
  let position = 0;
  let leftover: Uint8Array = new Uint8Array(0);
  let queue: Promise<unknown> = Promise.resolve();

  const nextChunk = async (): Promise<Uint8Array | undefined> => {
    const step = await iterator.next();
    if (step.done) return undefined;
    const value: unknown = step.value;
    if (typeof value === "string") return encoder.encode(value);
    if (value instanceof Uint8Array) return value;
    throw new ValidationError(
      "file",
      "file: a stream chunk was not a Uint8Array or string; file streams must yield bytes or text.",
    );
  };

  // Moves `length` bytes forward; the views of what it passed go to `into` unless only skipping.
  const advance = async (length: number, into?: Uint8Array[]): Promise<void> => {
    let done = 0;
    while (done < length) {
      if (leftover.length === 0) {
        const chunk = await nextChunk();
        if (!chunk) {
          throw new ValidationError(
            "bytes",
            `bytes: the stream ended after ${position + done} bytes, but bytes says ${size}; pass the stream's real size.`,
          );
        }
        leftover = chunk;
      }
      const take = Math.min(length - done, leftover.length);
      into?.push(leftover.subarray(0, take));
      leftover = leftover.subarray(take);
      done += take;
    }
    position += length;
  };

  const checkEnd = async (): Promise<void> => {
    if (leftover.length > 0 || (await nextChunk()) !== undefined) {
      throw new ValidationError(
        "bytes",
        `bytes: the stream holds more than the ${size} bytes that bytes says; pass the stream's real size.`,
      );
    }
  };

  return {
    size,
    name,
    type: "",
    part(index, partSize) {
      const start = index * partSize;
      const end = Math.min(start + partSize, size);
      const read = queue.then(async () => {
        if (start < position) throw new Error(`part ${index} was asked for after a later one`);
        await advance(start - position);
        const views: Uint8Array[] = [];
        await advance(end - start, views);
        if (end === size) await checkEnd();
        // The Blob copies the views once; the stream's chunks are then free to go.
        return new Blob(views as Uint8Array<ArrayBuffer>[]);
      });
      queue = read.catch(() => undefined);
      return read;
    },
    close: async () => {
      await iterator.return?.();
    },
  };
};

const nameOf = (value: object): string | undefined => {
  const v = value as { name?: unknown; path?: unknown };
  if (typeof v.name === "string" && v.name !== "") return v.name;
  // Node's fs.ReadStream carries the path it reads.
  if (typeof v.path === "string") return v.path.split(/[\\/]/).pop() || undefined;
  return undefined;
};

/**
 * Opens what `uploadFile` was given. Blobs and Files (also `fileFromPath`'s, backed by the disk)
 * are sliced where they lie; streams are read forward once and need `bytes` up front.
 */
export const openSource = async (
  file: FileLike,
  bytes: number | undefined,
): Promise<PartSource> => {
  if (typeof file !== "object" || file === null) {
    throw new ValidationError(
      "file",
      `file: expected a File, Blob, ArrayBuffer, typed array, ReadableStream, async iterable or Response; got ${file === null ? "null" : typeof file}.${typeof file === "string" ? " On Node, pass fileFromPath(path) from @oaikit/core/node." : ""}`,
    );
  }
  if (file instanceof Blob) return blobSource(file, nameOf(file));
  if (file instanceof ArrayBuffer) return blobSource(new Blob([file]), undefined);
  if (ArrayBuffer.isView(file)) {
    const view = new Uint8Array(file.buffer, file.byteOffset, file.byteLength).slice();
    return blobSource(new Blob([view]), undefined);
  }
  const v = file as unknown as Record<PropertyKey, unknown>;
  let chunks: AsyncIterable<Uint8Array | string> | undefined;
  let size = bytes;
  if (typeof v.blob === "function" && "body" in v) {
    const response = file as Response;
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    size ??= Number.isFinite(length) ? length : undefined;
    if (size === undefined || !response.body) return blobSource(await response.blob(), undefined);
    chunks = readerChunks(response.body);
  } else if (typeof v.getReader === "function") {
    chunks = readerChunks(file as ReadableStream<Uint8Array | string>);
  } else if (typeof v[Symbol.asyncIterator] === "function") {
    chunks = file as AsyncIterable<Uint8Array | string>;
  } else if (typeof v.arrayBuffer === "function") {
    const like = file as { arrayBuffer(): Promise<ArrayBuffer>; type?: unknown };
    const type = typeof like.type === "string" ? like.type : "";
    return blobSource(new Blob([await like.arrayBuffer()], { type }), nameOf(file));
  }
  if (!chunks) {
    throw new ValidationError(
      "file",
      "file: expected a File, Blob, ArrayBuffer, typed array, ReadableStream, async iterable or Response.",
    );
  }
  if (size === undefined) {
    throw new ValidationError(
      "bytes",
      "bytes: a stream cannot tell its size before it ends; pass bytes (its size), or a File/Blob.",
    );
  }
  return streamSource(chunks, size, nameOf(file));
};
