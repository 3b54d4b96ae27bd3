/**
 * A small layout printer in the style of Wadler's "prettier printer": the emitters describe
 * where a line may break, and a group breaks only when its content does not fit the line.
 * That keeps generated code within the repo's 100 columns without a formatter pass.
 */

export type Doc =
  | string
  | Doc[]
  | { kind: "group"; doc: Doc }
  | { kind: "indent"; doc: Doc }
  | { kind: "line"; flat: string; hard: boolean }
  | { kind: "ifBreak"; broken: Doc; flat: Doc };

/** A space, or a line break when its group breaks. */
export const line: Doc = { kind: "line", flat: " ", hard: false };
/** Nothing, or a line break when its group breaks. */
export const softline: Doc = { kind: "line", flat: "", hard: false };
/** Always a line break; every group around it breaks too. */
export const hardline: Doc = { kind: "line", flat: "", hard: true };

export function group(doc: Doc): Doc {
  return { kind: "group", doc };
}

export function indent(doc: Doc): Doc {
  return { kind: "indent", doc };
}

export function ifBreak(broken: Doc, flat: Doc = ""): Doc {
  return { kind: "ifBreak", broken, flat };
}

export function join(separator: Doc, docs: Doc[]): Doc[] {
  return docs.flatMap((doc, index) => (index === 0 ? [doc] : [separator, doc]));
}

const hardCache = new WeakMap<object, boolean>();

function containsHardline(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  const cached = hardCache.get(doc);
  if (cached !== undefined) return cached;
  let found: boolean;
  if (Array.isArray(doc)) found = doc.some(containsHardline);
  else if (doc.kind === "line") found = doc.hard;
  else if (doc.kind === "ifBreak") found = containsHardline(doc.broken);
  else found = containsHardline(doc.doc);
  hardCache.set(doc, found);
  return found;
}

type Mode = "flat" | "break";
interface Command {
  indent: string;
  mode: Mode;
  doc: Doc;
}

/** Whether `next`, and what follows it up to the next line break, fits in `room` columns. */
function fits(next: Command, rest: Command[], room: number): boolean {
  const queue: Command[] = [next];
  let restIndex = rest.length - 1;
  let left = room;
  while (left >= 0) {
    let command = queue.pop();
    if (command === undefined) {
      if (restIndex < 0) return true;
      command = rest[restIndex]!;
      restIndex -= 1;
    }
    const { doc, mode } = command;
    if (typeof doc === "string") left -= doc.length;
    else if (Array.isArray(doc)) {
      for (let index = doc.length - 1; index >= 0; index -= 1) {
        queue.push({ ...command, doc: doc[index]! });
      }
    } else if (doc.kind === "line") {
      if (mode === "break" || doc.hard) return true;
      left -= doc.flat.length;
    } else if (doc.kind === "ifBreak") {
      queue.push({ ...command, doc: mode === "break" ? doc.broken : doc.flat });
    } else {
      queue.push({ ...command, doc: doc.doc });
    }
  }
  return false;
}

/** Lays `doc` out in `width` columns; `column` is where its first line starts. */
export function print(doc: Doc, width = 100, column = 0): string {
  const lines: string[] = [];
  let out = "";
  const stack: Command[] = [{ indent: "", mode: "break", doc }];
  while (stack.length > 0) {
    const command = stack.pop()!;
    const { doc: current, indent: prefix, mode } = command;
    if (typeof current === "string") {
      out += current;
      column += current.length;
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        stack.push({ ...command, doc: current[index]! });
      }
    } else if (current.kind === "indent") {
      stack.push({ indent: `${prefix}  `, mode, doc: current.doc });
    } else if (current.kind === "ifBreak") {
      stack.push({ ...command, doc: mode === "break" ? current.broken : current.flat });
    } else if (current.kind === "line") {
      if (mode === "flat" && !current.hard) {
        out += current.flat;
        column += current.flat.length;
      } else {
        lines.push(out.trimEnd());
        out = prefix;
        column = prefix.length;
      }
    } else {
      const flat: Command = { indent: prefix, mode: "flat", doc: current.doc };
      const breaks =
        mode === "break" && (containsHardline(current.doc) || !fits(flat, stack, width - column));
      stack.push(breaks ? { indent: prefix, mode: "break", doc: current.doc } : flat);
    }
  }
  lines.push(out);
  return lines.join("\n");
}
