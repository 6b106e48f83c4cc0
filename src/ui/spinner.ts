import type { IO } from '../io.js';

export interface Spinner {
  update(text: string): void;
  stop(finalText?: string): void;
}

/** A spinner on stderr when it is a terminal; plain silence otherwise, so pipes stay clean. */
export async function startSpinner(io: IO, text: string): Promise<Spinner> {
  if (!io.stderr.isTTY) return { update() {}, stop() {} };
  const { default: ora } = await import('ora');
  const spinner = ora({ text, stream: io.stderr as NodeJS.WriteStream, discardStdin: false }).start();
  return {
    update: (t) => {
      spinner.text = t;
    },
    stop: (finalText) => {
      if (finalText) spinner.stopAndPersist({ symbol: '✓', text: finalText });
      else spinner.stop();
    },
  };
}
