#!/usr/bin/env node
// The bundle (one file: a fast cold start), or tsc's modules when only `tsc` has run.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/factcheck.mjs', import.meta.url);
await import(existsSync(bundle) ? bundle.href : '../dist/cli.js');
