/**
 * The JSON schemas the tests validate output with, compiled by ajv (JSON Schema 2020-12,
 * strict mode, formats checked): factcheck's own (schema/) and the vendored SARIF 2.1.0 schema
 * (tests/support/sarif-schema/, see its README).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import * as addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';

// ajv-formats is CommonJS (exports.default = plugin): under NodeNext its plugin is `default.default`.
type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
const addFormats = (addFormatsModule as unknown as { default: { default: FormatsPlugin } }).default.default;

function readJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')) as Record<string, unknown>;
}

export const REPORT_SCHEMA = readJson('../../schema/report.schema.json');
export const CONFIG_SCHEMA = readJson('../../schema/config.schema.json');
export const SARIF_SCHEMA_DOCUMENT = readJson('./sarif-schema/sarif-2.1.0.json');

function newAjv(verbose = false): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose });
  addFormats(ajv);
  // VS Code's message annotation, which config.schema.json uses; no validation of its own.
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  return ajv;
}

let report: ValidateFunction | undefined;
let config: ValidateFunction | undefined;
let sarif: ValidateFunction | undefined;

export function reportValidator(): ValidateFunction {
  return (report ??= newAjv().compile(REPORT_SCHEMA));
}

/** Verbose, as an editor is: each error carries the schema node whose keyword failed (and its errorMessage). */
export function configValidator(): ValidateFunction {
  return (config ??= newAjv(true).compile(CONFIG_SCHEMA));
}

export function sarifValidator(): ValidateFunction {
  // The SARIF SDK's schema is not written for strict mode (e.g. "required" names without a
  // "properties" entry in the same object); it is validated as written.
  return (sarif ??= (() => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    return ajv.compile(SARIF_SCHEMA_DOCUMENT);
  })());
}

/** Errors as lines a failing test prints. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`).join('\n');
}

/** Fails with the schema's errors unless `value` is valid. */
export function expectValid(validate: ValidateFunction, value: unknown): void {
  const valid = validate(value);
  expect(valid ? '' : describeErrors(validate.errors)).toBe('');
}
