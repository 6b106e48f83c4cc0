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
    endPromptly: async () => {
      const pending = [flushed(process.stdout), flushed(process.stderr)].filter((p) => p !== undefined);
      if (pending.length > 0) await Promise.all(pending);
      process.exit();
    },
  });
}

/** Resolves once what was written to the stream has been handed on; undefined when nothing waits. */
function flushed(stream: NodeJS.WriteStream): Promise<void> | undefined {
  if (stream.writableLength === 0 || stream.destroyed || !stream.writable) return undefined;
  return new Promise((resolve) => stream.write('', () => resolve()));
}
