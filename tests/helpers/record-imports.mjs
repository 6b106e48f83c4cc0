// Logs every module a process loads, ES module or CommonJS, to the file named by MLSD_IMPORT_LOG.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

register('./import-hooks.mjs', import.meta.url);

const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exports = load.call(this, request, parent, isMain);
  if (process.env.MLSD_IMPORT_LOG && !request.startsWith('node:')) appendFileSync(process.env.MLSD_IMPORT_LOG, `${Module._resolveFilename(request, parent, isMain)}\n`);
  return exports;
};
