import { readFileSync } from 'node:fs';

let version: string | undefined;

/**
 * The version in package.json, read when first asked rather than at import time. From both
 * src/ (tests) and dist/ (the built CLI) the package root is one folder up.
 */
export function toolVersion(): string {
  version ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return version;
}

/** The `tool` of every report. */
export function toolInfo(): { name: 'factcheck'; version: string } {
  return { name: 'factcheck', version: toolVersion() };
}
