import { runCli } from './main';

/** Entry of the bundled CLI (dist/node/cli.mjs): always runs, whoever imports it. */
runCli(process.argv.slice(2), { out: (t) => console.log(t), err: (t) => console.error(t) }).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
