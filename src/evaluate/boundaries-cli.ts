/**
 * `npm run eval:boundaries`: statement boundaries, factcheck beside plain compromise in the same
 * run: the English Golden Rules passed (of pySBD's 48 and of all 52) and the boundary F1 on the
 * dev gold.
 *
 *   node dist/evaluate/boundaries-cli.js [--rules FILE] [--dev DIR] [--failures] [--json]
 *
 * Exit 0 after a run, 2 when the data or the arguments are unusable.
 */
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { annotate } from '../index.js';
import { segment } from '../segment/index.js';
import { baselineStatements } from './baseline.js';
import { runEvaluation, UsageError } from './command.js';
import { defaultDevDir, loadGold, type GoldDocument } from './gold.js';
import { defaultRulesFile, loadGoldenRules, scoreRules, type GoldenRule, type RulesScore } from './golden-rules.js';
import { renderTable } from './print.js';
import { boundaryF1, sumBoundary, type BoundaryScore } from './score.js';

const USAGE = `usage: node dist/evaluate/boundaries-cli.js [--rules FILE] [--dev DIR] [--failures] [--json]
  --rules FILE   the Golden Rules (default: ../shared/data/segmentation/golden-rules-en.json)
  --dev DIR      gold directory (default: ../shared/data/dev beside the checkout)
  --failures     list the rules each segmenter fails, with what it split
  --json         print the figures as JSON
`;

type Span = { start: number; end: number };

/**
 * The two segmenters compared: factcheck (its statements in a document; its segments for a
 * rule, which is sentences alone) and plain compromise (its sentences' own texts for a rule,
 * since its offsets drift; the offsets `npm run eval -- --baseline` scores for a document).
 */
interface Segmenter {
  name: string;
  split: (text: string) => string[];
  spans: (text: string) => Span[];
}

const SEGMENTERS: readonly Segmenter[] = [
  { name: 'factcheck', split: (text) => segment(text).map((s) => s.text), spans: (text) => annotate(text, { labeller: 'rules' }).statements },
  { name: 'compromise', split: (text) => (nlp(text).json() as Array<{ text: string }>).map((s) => s.text), spans: (text) => baselineStatements(text) },
];

interface Figures {
  name: string;
  rules: RulesScore;
  dev: BoundaryScore;
}

function measure(segmenter: Segmenter, rules: readonly GoldenRule[], documents: readonly GoldDocument[]): Figures {
  const dev = sumBoundary(documents.map((doc) => boundaryF1(doc.segments, segmenter.spans(doc.text), doc.text)));
  return { name: segmenter.name, rules: scoreRules(rules, segmenter.split), dev };
}

const percent = (passed: number, total: number): string => `${passed}/${total} (${((100 * passed) / Math.max(total, 1)).toFixed(1)} %)`;

function formatTable(figures: readonly Figures[], documents: number): string {
  const header = ['statement boundaries', ...figures.map((f) => f.name)];
  const rows = [
    ["Golden Rules, pySBD's 48", ...figures.map((f) => percent(f.rules.pysbd.passed, f.rules.pysbd.total))],
    ['Golden Rules, all (soft wraps joined)', ...figures.map((f) => percent(f.rules.all.passed, f.rules.all.total))],
    [`dev boundary F1 (${documents} documents)`, ...figures.map((f) => f.dev.f1.toFixed(3))],
    ['dev boundary precision / recall', ...figures.map((f) => `${f.dev.precision.toFixed(3)} / ${f.dev.recall.toFixed(3)}`)],
  ];
  return `${renderTable(header, rows, ['left', ...figures.map(() => 'right' as const)])}\n`;
}

function formatFailures(figures: readonly Figures[]): string {
  const lines: string[] = [];
  for (const f of figures) {
    const failed = f.rules.results.filter((r) => !r.passed);
    lines.push(`\n${f.name} fails ${failed.length} rule(s)${failed.length > 0 ? ':' : '.'}`);
    for (const r of failed) lines.push(`  ${r.rule.id} ${r.rule.name}${r.rule.inPysbdBenchmark ? '' : ' (not in pySBD)'}\n    got      ${JSON.stringify(r.got)}\n    expected ${JSON.stringify(r.rule.expected)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function run(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        rules: { type: 'string' },
        dev: { type: 'string' },
        failures: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const rules = await loadGoldenRules(values.rules ?? defaultRulesFile());
  const documents = await loadGold(values.dev ?? defaultDevDir());
  const figures = SEGMENTERS.map((s) => measure(s, rules, documents));
  if (values.json === true) {
    const json = figures.map((f) => ({
      segmenter: f.name,
      goldenRules: { pysbd: f.rules.pysbd, all: f.rules.all, failed: f.rules.results.filter((r) => !r.passed).map((r) => r.rule.id) },
      devBoundary: f.dev,
    }));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(formatTable(figures, documents.length));
  if (values.failures === true) process.stdout.write(formatFailures(figures));
  return 0;
}

await runEvaluation('eval:boundaries', run);
