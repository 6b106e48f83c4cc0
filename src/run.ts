// The program (src/program.ts) on this process's streams, status and exit: what the bins run.
import { processIO } from './io.js';
import { main } from './program.js';

export function run(): Promise<void> {
  return main(process.argv, {
    io: processIO,
    setExitCode: (code) => {
      process.exitCode = code;
    },
    exit: (code) => process.exit(code),
  });
}
