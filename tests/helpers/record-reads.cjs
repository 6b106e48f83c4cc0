// Logs every file a process reads whole (fs.readFileSync) to the file named by MLSD_READ_LOG.
const fs = require('node:fs');

const read = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (process.env.MLSD_READ_LOG && typeof path === 'string') fs.appendFileSync(process.env.MLSD_READ_LOG, `${path}\n`);
  return read.call(this, path, ...rest);
};
