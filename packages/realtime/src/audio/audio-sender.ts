import { pcm16Base64, type RealtimeAudioInput } from "./pcm16-base64.js";

const noop = () => {};

/** How often a waiting `appendAudio` looks at the socket's buffer again. */
const POLL_MS = 10;

interface Sink {
  readonly bufferedAmount: number;
  readonly status: string;
  send(event: { type: string; audio: string }): Promise<unknown>;
}

/**
 * `appendAudio` for a connection: converts to base64 PCM16, then waits while the socket holds
 * more than `highWaterMark` unsent bytes before handing over the next chunk, so a producer that
 * awaits each call never queues more than one chunk beyond the mark. Calls are serialized, so
 * chunks go out in call order even when the caller does not await.
 */
export const audioSender = (sink: Sink, type: string, highWaterMark: number) => {
  let chain: Promise<unknown> = Promise.resolve();
  return (audio: RealtimeAudioInput): Promise<void> => {
    let audioBase64: string;
    try {
      audioBase64 = pcm16Base64(audio);
    } catch (error) {
      return Promise.reject(error);
    }
    const run = async () => {
      while (sink.bufferedAmount > highWaterMark && sink.status === "open") {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      await sink.send({ type, audio: audioBase64 });
    };
    const result = chain.then(run);
    chain = result.catch(noop);
    result.catch(noop);
    return result;
  };
};
