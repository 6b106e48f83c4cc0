// The entry point: the program (src/program.ts) on this process's streams, status and exit.
import { processIO } from './io.js';
import { main } from './program.js';

await main(process.argv, {
  io: processIO,
  setExitCode: (code) => {
    process.exitCode = code;
  },
  exit: (code) => process.exit(code),
});
