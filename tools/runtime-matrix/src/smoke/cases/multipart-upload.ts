import { createFile, downloadFileContent } from "@oaikit/files";
import { checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

/** A multipart upload whose bytes come back unchanged, UTF-8 included. */
export const multipartUpload: SmokeCase = {
  name: "multipart upload",
  async run({ client }) {
    const c = client();
    const content = '{"custom_id":"1","text":"héllo ✓"}\n';
    const file = await createFile(c, {
      file: new File([content], "smoke.jsonl", { type: "application/jsonl" }),
      purpose: "batch",
    });
    checkEqual([file.filename, file.purpose], ["smoke.jsonl", "batch"], "filename and purpose");
    checkEqual(file.bytes, new TextEncoder().encode(content).length, "bytes");
    const download = await downloadFileContent(c, { file_id: file.id });
    checkEqual(await download.text(), content, "downloaded content");
  },
};
