import { runCli } from '../../electron/cli/main';

export interface CliRun {
  code: number;
  /** stdout, lines joined. */
  out: string;
  err: string;
  /** stdout read as JSON (with --json), null when nothing was printed; read on access, so a text command is not parsed. */
  readonly json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each test reads the shape it asserts
}

/** The CLI run in-process with its output captured, as every CLI test drives it. */
export async function cli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  const text = out.join('\n');
  return {
    code,
    out: text,
    err: err.join('\n'),
    get json() {
      return text.length ? JSON.parse(text) : null;
    },
  };
}
