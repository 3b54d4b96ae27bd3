import { resolve } from "node:path";

export interface CliArgs {
  /** The YAML spec; undefined = the default shared copy. */
  spec?: string | undefined;
  /** Commit to record for an explicit spec. */
  commit?: string | undefined;
  /** Repository root to write into (default: this repository). */
  out?: string | undefined;
}

const USAGE = "usage: tsx src/main.ts [--spec PATH] [--commit SHA] [--out REPO_ROOT]";

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag !== "--spec" && flag !== "--commit" && flag !== "--out") {
      throw new Error(`Unknown argument "${flag}". ${USAGE}`);
    }
    if (value === undefined || value.startsWith("--"))
      throw new Error(`${flag} needs a value. ${USAGE}`);
    i++;
    if (flag === "--spec") args.spec = resolve(value);
    else if (flag === "--out") args.out = resolve(value);
    else args.commit = value;
  }
  return args;
}
