/**
 * The esbuild plugin that puts factcheck's changes to compromise into a bundle (see
 * scripts/bundle.mjs): the lazy loader for our own `import nlp from 'compromise'`, compromise/two's
 * ES module sources, and the patches under scripts/patches. A patch is applied only to the exact
 * file it was written against (by SHA-256); any other version of compromise is bundled
 * unpatched, with a warning. tests/batch/compromise-patches.test.ts bundles compromise with this
 * plugin and holds it to the original's tags.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const LAZY_COMPROMISE = fileURLToPath(new URL('./patches/lazy-compromise.js', import.meta.url));
/** The cache the word-level patches share, imported by them as `factcheck:memo`. */
const MEMO = fileURLToPath(new URL('./patches/memo.js', import.meta.url));

export const PATCHES = [
  {
    file: /compromise[\\/]src[\\/]1-one[\\/]sweep[\\/]methods[\\/]sweep[\\/]01-getHooks\.js$/,
    sha256: '9f9ef95f5ed1394a59ae5538e3d31c01e562a5682f7085fc8fdabc9c065b218f',
    replacement: fileURLToPath(new URL('./patches/get-hooks.js', import.meta.url)),
  },
  {
    file: /compromise[\\/]src[\\/]1-one[\\/]sweep[\\/]methods[\\/]sweep[\\/]04-runMatch\.js$/,
    sha256: 'a7520638cd04398e64bf1b07dc0d89e66d5a18a333a4ecae2c4a82129ef8c434',
    replacement: fileURLToPath(new URL('./patches/run-match.js', import.meta.url)),
  },
  {
    file: /compromise[\\/]src[\\/]1-one[\\/]match[\\/]methods[\\/]match[\\/]index\.js$/,
    sha256: 'eac507b58a9d6b5251acfedf0e64a8480c323e2327308e1e90a13ab5c86a90dd',
    replacement: fileURLToPath(new URL('./patches/match.js', import.meta.url)),
  },
  {
    file: /compromise[\\/]src[\\/]1-one[\\/]sweep[\\/]methods[\\/]sweep[\\/]index\.js$/,
    sha256: '6bf3646ad30c4da089e4399bf6d5e0746b4ee3356c0fe18aa89a155c1a0dadeb',
    replacement: fileURLToPath(new URL('./patches/sweep.js', import.meta.url)),
  },
  {
    file: /compromise[\\/]src[\\/]1-one[\\/]cache[\\/]methods[\\/]cacheDoc\.js$/,
    sha256: '4b3ea4e19ca6eecfc611815383a7ec4cd37d62b26b1666bb09ec688879738a15',
    replacement: fileURLToPath(new URL('./patches/cache-doc.js', import.meta.url)),
  },
  {
    file: /compromise[\\/]src[\\/]1-one[\\/]tokenize[\\/]compute[\\/]normal[\\/]index\.js$/,
    sha256: '9710ff50611605067662099dd2bb6bdefa4ac926938f4d58e007648ed64e14c7',
    replacement: fileURLToPath(new URL('./patches/normal.js', import.meta.url)),
  },
  {
    file: /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]compute[\\/]tagger[\\/]2nd-pass[\\/]03-regex\.js$/,
    sha256: '52c7aaebd354749b5601a36093962330cc4f32cfbcd8d61f14f9e552c0204c3a',
    replacement: fileURLToPath(new URL('./patches/regex.js', import.meta.url)),
  },
  {
    file: /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]compute[\\/]root\.js$/,
    sha256: 'dbf60286e30e4fc77e8fcc87fcc8bae9ad332ff43624a7f43dd563e9cf9ef050',
    replacement: fileURLToPath(new URL('./patches/root.js', import.meta.url)),
  },
];

/** @type {import('esbuild').Plugin} */
export const patchCompromise = {
  name: 'patch-compromise',
  setup(build) {
    // Our code's `import nlp from 'compromise'` (not compromise's own imports).
    build.onResolve({ filter: /^compromise$/ }, () => ({ path: LAZY_COMPROMISE }));
    build.onResolve({ filter: /^factcheck:memo$/ }, () => ({ path: MEMO }));
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
        // Its relative imports resolve beside the file it replaces.
        return { contents: readFileSync(patch.replacement), loader: 'js', resolveDir: dirname(args.path) };
      });
    }
  },
};

