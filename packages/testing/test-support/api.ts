/** A tiny JSON client over any fetch (the emulator's in-process one, or global fetch + URL). */
export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export interface Api {
  get(path: string): Promise<ApiAnswer>;
  post(path: string, body?: unknown): Promise<ApiAnswer>;
  delete(path: string): Promise<ApiAnswer>;
  /** The raw Response, for streams and binary bodies. */
  raw(path: string, init?: RequestInit): Promise<Response>;
}

export const api = (
  fetchFn: typeof fetch,
  baseURL = "http://emulator.test/v1",
  key = "sk-test",
): Api => {
  const raw = (path: string, init: RequestInit = {}) =>
    fetchFn(`${baseURL}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${key}`, ...(init.headers as Record<string, string>) },
    });
  const call = async (method: string, path: string, body?: unknown): Promise<ApiAnswer> => {
    const init: RequestInit =
      body === undefined
        ? { method }
        : body instanceof FormData
          ? { method, body }
          : { method, body: JSON.stringify(body), headers: { "content-type": "application/json" } };
    const response = await raw(path, init);
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    return {
      status: response.status,
      headers: response.headers,
      body: text === "" ? undefined : type.includes("json") ? JSON.parse(text) : text,
    };
  };
  return {
    get: (path) => call("GET", path),
    post: (path, body) => call("POST", path, body),
    delete: (path) => call("DELETE", path),
    raw,
  };
};

/** Parses an SSE body into `{ event, data }` pairs (data JSON-parsed unless it is `[DONE]`). */
export const readEvents = async (response: Response): Promise<{ event?: string; data: any }[]> => {
  const text = await response.text();
  return text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const lines = block.split("\n");
      const event = lines.find((line) => line.startsWith("event: "))?.slice(7);
      const data = lines
        .filter((line) => line.startsWith("data: "))
        .map((line) => line.slice(6))
        .join("\n");
      return {
        ...(event === undefined ? {} : { event }),
        data: data === "[DONE]" ? data : JSON.parse(data),
      };
    });
};
