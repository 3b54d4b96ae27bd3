export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
