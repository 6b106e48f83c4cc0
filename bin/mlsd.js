#!/usr/bin/env node
// CommonJS (bin/package.json says so): started as CommonJS, Node 20 skips setting up the ES module
// loader. Node 22 and later run the ES module bundle with Node's own compile cache; Node 20 has no
// such cache for ES modules, so it runs the CommonJS bundle with ours (src/code-cache.ts).
'use strict';
// V8 runs a regular expression from bytecode first and compiles it to machine code once it is run
// again: a grade runs hundreds of them a few times each, so most are compiled twice. Compiled once,
// straight to machine code, a whole-process grade runs 6% fewer instructions and takes 2-10% less
// time (fifteenth session, side by side); what any expression matches is the same either way.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
if (Number(process.versions.node.split('.')[0]) >= 22) {
  require('node:module').enableCompileCache?.();
  import('../dist/bundle/cli.js');
} else {
  const { codeCacheDir, installCodeCache } = require('../dist/bundle-cjs/code-cache.cjs');
  const { join } = require('node:path');
  const entry = join(__dirname, '..', 'dist', 'bundle-cjs', 'cli.cjs');
  if (process.env.MLSD_CODE_CACHE !== 'off') {
    const root = join(__dirname, '..');
    installCodeCache(codeCacheDir(entry), (filename) => filename.startsWith(root));
  }
  require(entry).run();
}
