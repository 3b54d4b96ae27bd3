/** Fills `{{ sample.output_text }}` / `{{ item.field }}` references from `context`. */
export const renderTemplate = (template: string, context: Record<string, unknown>): string =>
  template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
    let value: unknown = context;
    for (const key of path.split(".")) {
      value =
        value !== null && typeof value === "object"
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    if (value === undefined || value === null) return "";
    return typeof value === "string" ? value : JSON.stringify(value);
  });
