/** The command-line face of a benchmark process: options in, one JSON line out. */
import { readFileSync } from "node:fs";

/**
 * Runs `main` with the options read from the JSON file named by the first argument and prints its
 * result as one JSON line; a failure prints the stack and exits with 1.
 */
export function runWithOptionsFile<Options, Result>(main: (options: Options) => Promise<Result>): void {
  const options = JSON.parse(readFileSync(process.argv[2], "utf8")) as Options;
  main(options).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: Error) => {
      process.stderr.write(`${error.stack}\n`);
      process.exit(1);
    },
  );
}
