#!/usr/bin/env node
// Runs the bundled CLI (scripts/bundle.ts). Node 22+ keeps compiled code between runs; on Node 20
// this is skipped.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/bundle/cli.js');
