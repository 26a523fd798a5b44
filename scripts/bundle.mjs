/**
 * Bundles the command line into dist/factcheck.mjs and its worker thread into
 * dist/factcheck-worker.mjs (after tsc has built dist/ for the library and the tests): Node
 * then loads one file instead of some six hundred modules, which is most of a cold start. The
 * JSON lexicons are bundled in.
 *
 * Changes to compromise, in the bundles only (the library keeps compromise as it is):
 * - compromise/two instead of /three: the pipeline reads tags and roots; /three adds phrase
 *   chunks, which no rule reads, and API methods it does not call, for 7% of every parse.
 * - loaded on first use (scripts/patches/lazy-compromise.js), so that the main thread of a
 *   batch, which only reads and writes, does not build compromise's model.
 * - scripts/patches/get-hooks.js in place of the sweep's getHooks, which returns the same
 *   lists faster. Applied only to the exact file it was written against (by SHA-256); any other
 *   version of compromise is bundled unpatched, with a warning.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const LAZY_COMPROMISE = fileURLToPath(new URL('./patches/lazy-compromise.js', import.meta.url));

const PATCHES = [
  {
    file: /compromise[\\/]src[\\/]1-one[\\/]sweep[\\/]methods[\\/]sweep[\\/]01-getHooks\.js$/,
    sha256: '9f9ef95f5ed1394a59ae5538e3d31c01e562a5682f7085fc8fdabc9c065b218f',
    replacement: fileURLToPath(new URL('./patches/get-hooks.js', import.meta.url)),
  },
];

/** @type {import('esbuild').Plugin} */
const patchCompromise = {
  name: 'patch-compromise',
  setup(build) {
    // Our code's `import nlp from 'compromise'` (not compromise's own imports).
    build.onResolve({ filter: /^compromise$/ }, () => ({ path: LAZY_COMPROMISE }));
    // Its require() of compromise/two: the ES module sources (what an import gets), not the prebuilt CommonJS file.
    build.onResolve({ filter: /^compromise\/two$/ }, async (args) => {
      if (args.kind !== 'require-call') return undefined;
      const resolved = await build.resolve('compromise/two', { kind: 'import-statement', resolveDir: args.resolveDir });
      return { path: resolved.path, errors: resolved.errors };
    });
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.file }, (args) => {
        const original = readFileSync(args.path);
        if (createHash('sha256').update(original).digest('hex') !== patch.sha256) {
          return { contents: original, loader: 'js', warnings: [{ text: `${args.path} is not the version scripts/patches was written for; bundled unpatched` }] };
        }
        return { contents: readFileSync(patch.replacement), loader: 'js' };
      });
    }
  },
};

await build({
  entryPoints: { factcheck: 'src/cli.ts', 'factcheck-worker': 'src/batch/worker.ts' },
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
