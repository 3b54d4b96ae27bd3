import { invalidRequest } from "../../wire/api-error.js";

export interface SkillFile {
  name: string;
  bytes: Uint8Array;
}

export const readSkillFiles = async (files: Blob | Blob[]): Promise<SkillFile[]> =>
  Promise.all(
    (Array.isArray(files) ? files : [files]).map(async (file, i) => ({
      name: (file as File).name || `file-${i}`,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/**
 * The name and description a skill declares in its SKILL.md front matter. A single uploaded
 * archive is taken as is (the emulator does not unpack it) and named after the file.
 */
export const skillManifest = (
  files: readonly SkillFile[],
): { name: string; description: string } => {
  const [only] = files;
  if (files.length === 1 && only && isZip(only.bytes)) {
    return { name: only.name.replace(/\.zip$/i, ""), description: "" };
  }
  const manifest = files.find((file) => /(^|\/)SKILL\.md$/i.test(file.name));
  if (!manifest) throw invalidRequest("A skill needs a SKILL.md file.", "files");
  const text = new TextDecoder().decode(manifest.bytes);
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? "";
  const field = (key: string) => new RegExp(`^${key}:\\s*(.+)$`, "m").exec(front)?.[1]?.trim();
  const name = field("name");
  if (!name) throw invalidRequest("SKILL.md must name the skill in its front matter.", "files");
  return { name, description: field("description") ?? "" };
};
