import type { IO } from '../io.js';

export interface Spinner {
  update(text: string): void;
  stop(finalText?: string): void;
}

/** A spinner on stderr when it is a terminal; plain silence otherwise, so pipes stay clean. */
export async function startSpinner(io: IO, text: string): Promise<Spinner> {
  if (!io.stderr.isTTY) return { update() {}, stop() {} };
  // ora is an ES module only. The CommonJS bundle (Node 20) loads it with require(), and the bundler
  // then hands over its namespace as the default: the function is one `default` further in.
  const imported: { default: typeof import('ora').default | { default: typeof import('ora').default } } = await import('ora');
  const ora = typeof imported.default === 'function' ? imported.default : imported.default.default;
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
