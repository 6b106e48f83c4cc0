import { CaseFileError, UserError } from './errors.js';
import type { IO } from './io.js';
import { wrap } from './ui/text.js';

/** On a terminal, the message is wrapped by words, so that a session id or a command is never cut in two. */
function fitted(io: IO, text: string): string {
  const width = io.stderr.isTTY ? io.stderr.columns : undefined;
  return width ? wrap(text, width - 1) : text;
}

/**
 * The one place errors become output: one clear line for a user error (a line per problem for
 * case files), a short line for anything unexpected, and a stack trace only with MLSD_DEBUG=1.
 */
export function renderFailure(error: unknown, io: IO): number {
  const red = io.colorErr.red;
  if (error instanceof CaseFileError) {
    for (const line of error.message.split('\n')) io.stderr.write(`${red('error')} ${line}\n`);
    return error.exitCode;
  }
  if (error instanceof UserError) {
    io.stderr.write(`${fitted(io, `${red('mlsd:')} ${error.message}`)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`${red('mlsd: unexpected error:')} ${message} (run with MLSD_DEBUG=1 for details, and please report it)\n`);
  if (io.env.MLSD_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return 1;
}
