import { listModels } from "@oaikit/models";
import { line } from "../print.js";
import type { DemoSection } from "./section.js";

export const paginationSection: DemoSection = {
  title: "Pagination: listModels, every item across pages",
  async run({ client }) {
    let seen = 0;
    const firstIds: string[] = [];
    for await (const entry of listModels(client)) {
      if (firstIds.length < 3) firstIds.push(entry.id);
      seen++;
    }
    line(`${seen} models, first: ${firstIds.join(", ")}`);
  },
};
