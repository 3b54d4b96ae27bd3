/** A plain-text table; the first column and `textColumns` are left-aligned, numbers right-aligned. */
export const table = (
  title: string,
  headers: string[],
  rows: string[][],
  textColumns: number[] = [],
): string => {
  const widths = headers.map((header, col) =>
    Math.max(header.length, ...rows.map((row) => (row[col] ?? "").length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, col) =>
        col === 0 || textColumns.includes(col)
          ? cell.padEnd(widths[col]!)
          : cell.padStart(widths[col]!),
      )
      .join("  ")
      .trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [title, line(headers), rule, ...rows.map(line)].join("\n");
};
