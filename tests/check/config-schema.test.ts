import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, generateConfigValidator } from '../../scripts/config-validator.mjs';
import { ConfigError, loadConfig, validateConfig } from '../../src/check/config.js';
import { formatterNames } from '../../src/report/formatters/index.js';
import { CUE_KINDS, LABELS, STANCES } from '../../src/types.js';
import { ROOT } from '../cli/run.js';
import { CONFIG_SCHEMA, configValidator } from '../support/schemas.js';

/*
 * schema/config.schema.json is what factcheck validates a config file with (compiled into
 * src/check/config-validator.generated.ts) and what an editor validates it with: the two must
 * agree on every file, and the schema on the lists the code knows.
 */

type Node = { properties?: Record<string, Node>; enum?: unknown[]; $ref?: string; items?: Node; then?: Node; else?: Node; errorMessage?: string };
const schema = CONFIG_SCHEMA as Node & { $defs: Record<string, Node> };
const properties = schema.properties!;

function verdict(value: unknown): string {
  try {
    validateConfig(value, 'factcheck.config.json', '');
    return 'valid';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
}

describe('schema/config.schema.json', () => {
  it('is what the generated validator was compiled from (npm run schemas rewrites it)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generateConfigValidator());
  });

  it('lists the formats, labels, lexicon kinds and stances the code knows', () => {
    expect(properties['format']!.enum).toEqual(formatterNames());
    expect(schema.$defs['label']!.enum).toEqual([...LABELS]);
    expect(Object.keys(properties['lexicon']!.properties!)).toEqual([...CUE_KINDS, 'furniture']);
    expect(schema.$defs['entries']!.items!.else!.properties!['stance']!.enum).toEqual([...STANCES]);
  });

  it.each(readdirSync(join(ROOT, 'tests', 'fixtures')).filter((name) => name.endsWith('.config.json') && name !== 'not-json.config.json'))(
    'factcheck and an editor (ajv on the schema file) agree on tests/fixtures/%s',
    (name) => {
      const value: unknown = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8'));
      const editor = configValidator();
      const ours = verdict(value);
      expect(editor(value)).toBe(ours === 'valid');
      if (ours === 'valid') return;
      // The editor shows the errorMessage of the node whose keyword failed; factcheck prints it too.
      const shown = editor.errors!.map((e) => (e.parentSchema as Node | undefined)?.errorMessage).filter((m) => m !== undefined);
      if (editor.errors!.some((e) => e.keyword === 'additionalProperties')) expect(ours).toMatch(/unknown (key|kind)/);
      else expect(shown.some((message) => ours.includes(message!))).toBe(true);
    },
  );

  it.each<[string, unknown]>([
    ['every key', { $schema: './node_modules/factcheck/schema/config.schema.json', maxUnverified: '20%', maxDenial: 3, failOn: ['denial'], requireSource: false, minConfidence: 0.5, format: 'text', maxBytes: '16M' }],
    ['a percentage of 100', { maxUnverified: '100%' }],
    ['a percentage over 100', { maxUnverified: '100.5%' }],
    ['labels as a string', { failOn: 'denial, unverified' }],
    ['a byte size', { maxBytes: '512 KiB' }],
    ['a byte count of 0', { maxBytes: 0 }],
    ['a fractional count', { maxDenial: 0.5 }],
    ['entry objects', { lexicon: { hedge: [{ phrase: 'on the card', tags: ['Noun'], except: ['on the card table'], stance: 'hedged' }] } }],
    ['a wildcard later in a phrase', { lexicon: { denial: ['call * false'] } }],
    ['a wildcard first', { lexicon: { denial: ['* false'] } }],
    ['an empty furniture line', { lexicon: { furniture: [' '] } }],
  ])('factcheck and the schema give the same verdict: %s', (_name, value) => {
    expect(configValidator()(value)).toBe(verdict(value) === 'valid');
  });

  it('accepts the README\'s example config', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```json\n(\{\n {2}"maxUnverified"[\s\S]*?\n\})\n```/.exec(readme);
    expect(example).not.toBeNull();
    const value: unknown = JSON.parse(example![1]!);
    expect(verdict(value)).toBe('valid');
    expect(configValidator()(value)).toBe(true);
  });

  it('a config may name its schema for editors; factcheck ignores the key', () => {
    const file = join(ROOT, 'tests', 'fixtures', 'policy.config.json');
    const config = loadConfig(file, 'policy.config.json');
    expect(validateConfig({ $schema: 'x', failOn: ['denial'], lexicon: { hedge: ['on the card'] } }, 'policy.config.json', '')).toEqual(config);
  });
});
