#!/usr/bin/env node
// CommonJS (bin/package.json says so): started as CommonJS, Node 20 skips setting up the ES module
// loader. Node 22 and later run the ES module bundle with Node's own compile cache; Node 20 has no
// such cache for ES modules, so it runs the CommonJS bundle with ours (src/code-cache.ts).
'use strict';
// V8 runs a regular expression from bytecode first and compiles it to machine code once it is run
// again: a grade runs hundreds of them a few times each, so most are compiled twice. Compiled once,
// straight to machine code, a whole-process grade runs 6% fewer instructions and takes 2-10% less
// time (fifteenth session, side by side); what any expression matches is the same either way. Set
// before anything runs: changed once expressions exist, V8 can crash. Not for a grade the resident
// grader may take: loading node:v8 costs some 4 ms of it, and it runs no expression of note here.
const compileRegexpsOnce = () => require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist');
// Names this build to the resident grader (src/resident/where.ts).
const build = join(dist, 'bundle-cjs', 'cli.cjs');
const command = process.argv[2];

function start(entry) {
  if (Number(process.versions.node.split('.')[0]) >= 22) {
    require('node:module').enableCompileCache?.();
    return import(require('node:url').pathToFileURL(join(dist, 'bundle', `${entry}.js`)).href);
  }
  const { codeCacheDir, installCodeCache } = require(join(dist, 'bundle-cjs', 'code-cache.cjs'));
  const file = join(dist, 'bundle-cjs', `${entry}.cjs`);
  if (process.env.MLSD_CODE_CACHE !== 'off') {
    const root = join(__dirname, '..');
    installCodeCache(codeCacheDir(file), (filename) => filename.startsWith(root));
  }
  return Promise.resolve(require(file));
}

if (command === '__resident-grader') {
  compileRegexpsOnce();
  start('resident').then((resident) => resident.serve(build));
} else if (command === 'grade' && process.env.MLSD_RESIDENT !== 'off') {
  // An offline grade goes to the resident grader when one is warm (src/resident/client.ts), from a
  // script or a terminal; else it runs here, without the flag above (too late to set it).
  require(join(dist, 'bundle-cjs', 'resident-client.cjs'))
    .gradeThroughResident(process.argv.slice(2), __filename, build)
    .then((served) => served || start('cli').then((cli) => cli.run?.()));
} else {
  compileRegexpsOnce();
  start('cli').then((cli) => cli.run?.());
}
