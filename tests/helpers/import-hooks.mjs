// Module hooks that log every module a process loads to the file named by MLSD_IMPORT_LOG.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (process.env.MLSD_IMPORT_LOG) appendFileSync(process.env.MLSD_IMPORT_LOG, `${result.url}\n`);
  return result;
}
