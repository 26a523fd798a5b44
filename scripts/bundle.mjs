/**
 * Bundles the command line into dist/factcheck.mjs, its worker thread into
 * dist/factcheck-worker.mjs and the language server (`factcheck lsp`, which the CLI imports
 * only for that command) into dist/factcheck-lsp.mjs (after tsc has built dist/ for the library and the tests): Node
 * then loads one file instead of some six hundred modules, which is most of a cold start. The
 * JSON lexicons are bundled in. The models are not: committedModel (src/models/read.ts) reads
 * each on first use (so `--labeller rules` never reads the label model) from dist/models/,
 * where they are copied byte for byte (tsc would re-indent them) because it reads them line by line.
 *
 * Changes to compromise, in the bundles only (the library keeps compromise as it is):
 * - compromise/two instead of /three: the pipeline reads tags and roots; /three adds phrase
 *   chunks, which no rule reads, and API methods it does not call, for 7% of every parse.
 * - loaded on first use (scripts/patches/lazy-compromise.js), so that the main thread of a
 *   batch, which only reads and writes, does not build compromise's model.
 * - scripts/patches/get-hooks.js, sweep.js, cache-doc.js, run-match.js and match.js in place of
 *   the sweep's getHooks, the sweep itself (no second trim), its sentence caches, its loop over
 *   matches and the matcher's loop over start terms, which find the same matches with less
 *   work; normal.js, regex.js and root.js, which work out a word's normal form, the
 *   regex it matches and its roots once per word form (memo.js). Applied only to the exact
 *   files they were written against (scripts/compromise-patches.mjs).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { patchCompromise } from './compromise-patches.mjs';

await build({
  entryPoints: { factcheck: 'src/cli.ts', 'factcheck-worker': 'src/batch/worker.ts', 'factcheck-lsp': 'src/lsp/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // FACTCHECK_BUNDLE_MINIFY=0 keeps names readable for a profile.
  minify: process.env.FACTCHECK_BUNDLE_MINIFY !== '0',
  legalComments: 'external',
  plugins: [patchCompromise],
  // CommonJS dependencies (cli-table3) call require() for Node's built-in modules.
  banner: { js: "import { createRequire as __factcheckRequire } from 'node:module'; const require = __factcheckRequire(import.meta.url);" },
  logLevel: 'warning',
});

mkdirSync('dist/models', { recursive: true });
for (const model of ['attribution.json', 'attribution-cues.json', 'labels.json', 'labels-network.json', 'checkworthiness.json']) copyFileSync(`src/models/${model}`, `dist/models/${model}`);
