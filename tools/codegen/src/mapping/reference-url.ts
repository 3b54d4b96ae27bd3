const BASE = "https://developers.openai.com/api/reference/resources/";

/** "vector_stores/files/update" → the reference page of that method. */
export function referenceUrl(ref: string): string {
  const segments = ref.split("/");
  const method = segments.pop();
  return `${BASE}${segments.join("/subresources/")}/methods/${method}`;
}
