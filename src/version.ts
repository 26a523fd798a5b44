import { readFileSync } from 'node:fs';

/**
 * The version in package.json, read when asked rather than at import time. From both
 * src/ (tests) and dist/ (the built CLI) the package root is one folder up.
 */
export function toolVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
