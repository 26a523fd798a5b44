/** The label model from the command line: --labeller, --explain's features, the JSON fields, bad values. */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { run, SEED } from './run.js';

const ARTICLE = "Recall vote\n\nThe mayor could face a recall vote, the council's lawyer said.\n";

describe('--labeller and the label model', () => {
  it('labels with the model by default: probabilities and deciding features in the JSON report', () => {
    const result = run(['-', '--format', 'json'], { input: ARTICLE });
    expect(result.status).toBe(0);
    const statement = (JSON.parse(result.stdout) as Report).documents[0]!.statements[1]!;
    expect(statement.label).toBe('unverified');
    expect(statement.confidence).toBe(statement.probabilities!.unverified);
    expect(statement.features!.length).toBeGreaterThan(0);
  });

  it('--labeller rules labels with the rules alone, without probabilities', () => {
    const result = run(['-', '--format', 'json', '--labeller', 'rules'], { input: ARTICLE });
    expect(result.status).toBe(0);
    const statement = (JSON.parse(result.stdout) as Report).documents[0]!.statements[1]!;
    expect(statement.rule).toBe('unverified:hedge');
    expect(statement.probabilities).toBeUndefined();
    expect(statement.features).toBeUndefined();
  });

  it('--explain names the features that decided', () => {
    const result = run(['-', '--explain', '--width', '200'], { input: ARTICLE });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/rule: unverified:hedge \(0\.\d\d\) · cues: could \[hedge\] · stance: neutral · features: \S+ .*\+\d\.\d\d/);
  });

  it('gives the same bytes in a batch on worker threads as one file at a time', () => {
    const batch = run([SEED, SEED, '--format', 'ndjson']);
    const single = run([SEED, '--format', 'ndjson']);
    expect(batch.status).toBe(0);
    expect(batch.stdout.split('\n')[0]).toBe(single.stdout.split('\n')[0]);
  });

  it('rejects an unknown labeller with the choices and exit 2, as every bad option value', () => {
    const result = run([SEED, '--labeller', 'oracle']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe("factcheck: option '--labeller <by>' argument 'oracle' is invalid. Allowed choices are model, rules.");
  });
});

describe('did you mean, for option values', () => {
  it('suggests the nearest format, labeller, input format or label', async () => {
    const { run } = await import('./run.js');
    const first = (args: string[]): string => run(['seeds/000_fb5342f5c55fbbe0.txt', ...args]).stderr.split('\n')[0]!;
    expect(first(['--format', 'jsno'])).toBe("factcheck: option '--format <name>' argument 'jsno' is invalid. did you mean json? Allowed choices are text, json, ndjson, markdown, html, csv, github, sarif.");
    expect(first(['--labeller', 'rule'])).toMatch(/argument 'rule' is invalid\. did you mean rules\? Allowed choices are model, rules\.$/);
    expect(first(['--input-format', 'ndjsn'])).toMatch(/did you mean ndjson\?/);
    expect(first(['--check', '--fail-on', 'denials'])).toBe('factcheck: option \'--fail-on <labels>\' argument \'denials\' is invalid. "denials" is not a label (did you mean denial? labels: assertion, denial, unverified, background).');
    expect(first(['--format', 'pdf'])).not.toMatch(/did you mean/);
  });
});
