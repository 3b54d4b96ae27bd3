export interface StoredUpload {
  object: Record<string, unknown> & {
    id: string;
    bytes: number;
    status: string;
    expires_at: number;
  };
  /** Parts by id, in the order they arrived. */
  parts: Map<string, Uint8Array>;
}
