/**
 * `npm run eval`: annotate every gold document and score the labels.
 *
 *   node dist/evaluate/cli.js [--dev DIR] [--doc SUBSTRING] [--errors] [--json]
 *
 * Exit 0 after a run, 2 when the gold directory or the arguments are unusable, 1 when the
 * annotator throws (a bug, so its stack is printed).
 */
import { parseArgs } from 'node:util';
import { annotate, compileLexicon, type Lexicon } from '../index.js';
import type { Statement } from '../types.js';
import { defaultDevDir, loadGold, type GoldDocument } from './gold.js';
import { baselineStatements } from './baseline.js';
import { runEvaluation, UsageError } from './command.js';
import { collectErrors, formatComparison, formatErrors, formatReport, toJson } from './print.js';
import { evaluateDocument, summarize, type DocumentEvaluation, type PredictedStatement } from './score.js';

const USAGE = `usage: node dist/evaluate/cli.js [--dev DIR] [--doc SUBSTRING] [--errors] [--json]
  --dev DIR          gold directory (default: ../shared/data/dev beside the checkout)
  --doc SUBSTRING    only documents whose id contains SUBSTRING
  --errors           list every gold segment the annotator labelled differently
  --json             print the metrics as JSON
  --baseline         also score the naive reference (compromise sentences + a flat keyword list)
`;

interface Options {
  dev: string;
  doc: string | null;
  errors: boolean;
  json: boolean;
  baseline: boolean;
  help: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        dev: { type: 'string' },
        doc: { type: 'string' },
        errors: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        baseline: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    return {
      dev: values.dev ?? defaultDevDir(),
      doc: values.doc ?? null,
      errors: values.errors ?? false,
      json: values.json ?? false,
      baseline: values.baseline ?? false,
      help: values.help ?? false,
    };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function evaluateGold(doc: GoldDocument, lexicon: Lexicon): DocumentEvaluation {
  let predicted: PredictedStatement[];
  try {
    predicted = annotate(doc.text, { path: doc.path, lexicon }).statements.map((s: Statement) => ({
      start: s.start,
      end: s.end,
      label: s.label,
      rule: s.rule,
      confidence: s.confidence,
      checkworthiness: s.checkworthiness ?? null,
    }));
  } catch (error) {
    throw new Error(`annotate failed on ${doc.id} (${doc.path})`, { cause: error });
  }
  return evaluateDocument(doc.id, doc.text, doc.segments, predicted);
}

async function run(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const all = await loadGold(options.dev);
  const selected = options.doc === null ? all : all.filter((d) => d.id.includes(options.doc ?? ''));
  if (selected.length === 0) throw new UsageError(`--doc ${options.doc ?? ''} matches no document id in ${options.dev}`);

  const lexicon = compileLexicon();
  const evaluation = summarize(selected.map((doc) => evaluateGold(doc, lexicon)));
  const baseline = options.baseline ? summarize(selected.map((doc) => evaluateDocument(doc.id, doc.text, doc.segments, baselineStatements(doc.text)))) : null;
  if (options.json) {
    const json = toJson(evaluation, options.errors);
    process.stdout.write(`${JSON.stringify(baseline === null ? json : { ...json, baseline: toJson(baseline, false) }, null, 2)}\n`);
  } else if (options.errors) {
    // The error list alone, so `--errors | head` shows errors rather than the tables.
    process.stdout.write(formatErrors(evaluation));
  } else {
    process.stdout.write(formatReport(evaluation));
    if (baseline !== null) process.stdout.write(`\n${formatComparison(evaluation, baseline)}`);
    const count = collectErrors(evaluation).length;
    if (count > 0) process.stdout.write(`\n${count} mismatched gold segments; --errors lists them.\n`);
  }
  return 0;
}

await runEvaluation('eval', run);
