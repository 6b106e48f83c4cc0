#!/usr/bin/env node
// Runs the bundled CLI (scripts/bundle.ts). Node 22+ keeps compiled code between runs; Node 20 has
// no compile cache, and is spared loading node:module for it.
if (Number(process.versions.node.split('.')[0]) >= 22) (await import('node:module')).default.enableCompileCache?.();
await import('../dist/bundle/cli.js');
