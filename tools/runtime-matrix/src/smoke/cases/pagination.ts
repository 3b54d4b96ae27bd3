import { createFile, listFiles } from "@oaikit/files";
import { check, checkEqual } from "../check.js";
import type { SmokeCase } from "../types.js";

/** A cursor list walked page by page and by async iteration over every item. */
export const pagination: SmokeCase = {
  name: "pagination",
  async run({ client }) {
    const c = client();
    const created: string[] = [];
    for (const name of ["page-a.jsonl", "page-b.jsonl", "page-c.jsonl"]) {
      const file = await createFile(c, { file: new File(["{}\n"], name), purpose: "batch" });
      created.push(file.id);
    }
    const first = await listFiles(c, { purpose: "batch", limit: 2 });
    checkEqual(first.data.length, 2, "first page size");
    check(first.hasMore, "the first page says there is more");
    const second = await first.nextPage();
    check(second && second.data.length > 0, "a second page");
    const seen: string[] = [];
    for await (const file of listFiles(c, { purpose: "batch", limit: 2 })) seen.push(file.id);
    for (const id of created) check(seen.includes(id), `iteration reached ${id}`);
    checkEqual(new Set(seen).size, seen.length, "no item twice");
  },
};
