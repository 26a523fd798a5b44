import type { Plugin } from 'esbuild';

/** The patches to compromise's sources that the CLI bundle carries (scripts/compromise-patches.mjs). */
export const PATCHES: ReadonlyArray<{ file: RegExp; sha256: string; replacement: string }>;
export const patchCompromise: Plugin;
