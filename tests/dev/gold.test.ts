import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate, buildReport } from '../../src/index.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../src/report/formatter.js';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import { expectContract } from '../support/contract.js';
import { expectValid, reportValidator } from '../support/schemas.js';
import { hasShared, loadDevGold, SKIP_NOTE } from '../support/shared.js';

const SEED = '000_fb5342f5c55fbbe0';
const SEED_ID = `seed-${SEED}`;

describe.skipIf(!hasShared)('dev gold (../shared/data/dev)', () => {
  const documents = hasShared ? loadDevGold() : [];

  it('the seed in seeds/ is the seed the gold labels', () => {
    const seed = documents.find((d) => d.id === SEED_ID)!;
    expect(readFileSync(new URL(`../../seeds/${SEED}.txt`, import.meta.url), 'utf8')).toBe(seed.text);
  });

  it("splits the seed into the gold's statements, and the rules label every one as the gold does", () => {
    const seed = documents.find((d) => d.id === SEED_ID)!;
    const report = annotate(seed.text, { labeller: 'rules' });
    const produced = seed.segments.map((gold) => {
      const statement = report.statements.find((s) => s.start < gold.end && gold.start < s.end);
      return { text: gold.text.slice(0, 60), label: statement?.label };
    });
    expect(produced).toEqual(seed.segments.map((gold) => ({ text: gold.text.slice(0, 60), label: gold.label })));
    expect(report.statements.map((s) => [s.start, s.end])).toEqual(seed.segments.map((g) => [g.start, g.end]));
  });

  it("the label model labels every one of the seed's gold statements as the gold does", () => {
    const seed = documents.find((d) => d.id === SEED_ID)!;
    const report = annotate(seed.text);
    expect(report.statements.map((s) => s.label)).toEqual(seed.segments.map((g) => g.label));
  });

  it.each(documents.map((d) => [d.id, d] as const))('holds the JSON contract on %s, and its report the JSON schema', (_id, document) => {
    const annotated = annotate(document.text, { path: document.id });
    expectContract(document.text, annotated);
    expectValid(reportValidator(), JSON.parse(jsonFormatter.format(buildReport([annotated]), DEFAULT_FORMAT_OPTIONS)));
  });

  it('gives byte-identical output for the same input', () => {
    const text = documents[documents.length - 1]!.text;
    expect(JSON.stringify(annotate(text))).toBe(JSON.stringify(annotate(text)));
  });
});

describe.runIf(!hasShared)('dev gold', () => {
  it.skip(SKIP_NOTE, () => {});
});
