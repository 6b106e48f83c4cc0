import { select } from '@inquirer/prompts';

type SelectConfig<T> = Parameters<typeof select<T>>[0];
type Context = { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; clearPromptOnDone?: boolean };

/** A list to choose from where `q` leaves at once, as in a pager: it returns `quit`. */
export async function selectOrQuit<T>(config: SelectConfig<T> & { quit: T }, context: Context = {}): Promise<T> {
  const { quit, ...select_ } = config;
  const input = context.input ?? process.stdin;
  const controller = new AbortController();
  let quitting = false;
  const onKey = (_: string, key?: { name?: string; ctrl?: boolean; meta?: boolean }) => {
    if (key?.name === 'q' && !key.ctrl && !key.meta) {
      quitting = true;
      controller.abort();
    }
  };
  input.on('keypress', onKey);
  try {
    return await select<T>(select_, { ...context, signal: controller.signal });
  } catch (error) {
    if (quitting) return quit;
    throw error;
  } finally {
    input.off('keypress', onKey);
  }
}
