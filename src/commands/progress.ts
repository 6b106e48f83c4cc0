import type { IO } from '../io.js';
import { UserError } from '../errors.js';

export async function runProgress(...args: unknown[]): Promise<number> {
  void args;
  throw new UserError('not built yet');
}
