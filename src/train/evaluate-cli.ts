/**
 * `npm run eval`: how well the labels hold on articles a model has not seen. Cross-validates the
 * label model by document over every labelled article (dev gold, silver, added), with the
 * settings `npm run train` uses, and prints the model beside today's rules scored the same way:
 * all statements, the gold dev documents, each corpus part and source, per-label precision and
 * recall, the confusion matrix, calibration, and the targets met or not.
 *
 *   node dist/train/evaluate-cli.js [--json]
 */
import { parseArgs } from 'node:util';
import type { Evaluation } from '../evaluate/score.js';
import { LABELS } from '../types.js';
import type { TrainingDocument } from './corpus.js';
import { calibrate, crossValidate } from './cross-validate.js';
import { accuracyAbove, evaluateLabelling, expectedCalibrationError, modelLabelling, rulesLabelling, type Labelling } from './measure.js';
import { describeCorpus, loadForTraining, runCommand, SETTINGS, TRAIN_CONFIG } from './run.js';
import { calibrationLines, confusionTable, perLabelTable, scoreHeader, scoreLine } from './tables.js';

/** Where a document comes from: its corpus part, and for silver and added documents its source collection. */
function collection(doc: TrainingDocument): string {
  if (doc.part === 'dev') return 'dev';
  if (doc.part === 'written') return 'written (never trained on)';
  const source = doc.id.startsWith('polnear-') ? 'PolNeAR' : doc.id.startsWith('fnc-') ? 'FNC-1' : 'GUM';
  return `${doc.part} ${source}`;
}

interface Target {
  what: string;
  value: number;
  goal: number;
  /** true: the value must be at least the goal; false: at most. */
  atLeast: boolean;
}

function targets(all: Evaluation, dev: Evaluation): Target[] {
  const sure = accuracyAbove(all, 0.9);
  return [
    { what: 'all statements: macro-F1', value: all.labels.macroF1, goal: 0.8, atLeast: true },
    ...LABELS.map((label) => ({ what: `all statements: ${label} F1`, value: all.labels.perLabel[label].f1, goal: 0.7, atLeast: true })),
    { what: 'dev documents: macro-F1', value: dev.labels.macroF1, goal: 0.85, atLeast: true },
    { what: 'expected calibration error', value: expectedCalibrationError(all), goal: 0.05, atLeast: false },
    { what: 'accuracy at confidence >= 0.9', value: sure.accuracy, goal: 0.9, atLeast: true },
  ];
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({ args: [...argv], strict: true, options: { json: { type: 'boolean', default: false } } });
  const corpus = await loadForTraining(true);
  // The written articles are scored by each fold's model but are in no training set and in no
  // figure but their own line: a measure of labels on news of kinds the corpus lacks.
  const documents = corpus.filter((d) => d.part !== 'written');
  const written = corpus.filter((d) => d.part === 'written');
  process.stderr.write(`cross-validating (${TRAIN_CONFIG.folds} folds by document)\n`);
  const { predictions } = calibrate(crossValidate(corpus, SETTINGS, { folds: TRAIN_CONFIG.folds }));
  const model = modelLabelling(predictions);
  const rules = rulesLabelling(corpus);
  const groups: Array<[string, TrainingDocument[]]> = [['all statements', documents]];
  // 'written (never trained on)' sorts last.
  for (const name of [...new Set(corpus.map(collection))].sort()) groups.push([name, corpus.filter((d) => collection(d) === name)]);
  const scored = groups.map(([name, docs]) => ({ name, rules: evaluateLabelling(docs, rules), model: evaluateLabelling(docs, model) }));
  const all = scored[0]!.model;
  const dev = scored.find((g) => g.name === 'dev')!.model;
  const goals = targets(all, dev);

  if (values.json === true) {
    const brief = (e: Evaluation, labelling: Labelling | null): Record<string, unknown> => ({
      statements: e.labels.total,
      macroF1: e.labels.macroF1,
      accuracy: e.labels.accuracy,
      f1: Object.fromEntries(LABELS.map((l) => [l, e.labels.perLabel[l].f1])),
      ...(labelling === null ? {} : { ece: expectedCalibrationError(e) }),
    });
    const json = { folds: TRAIN_CONFIG.folds, groups: scored.map((g) => ({ name: g.name, rules: brief(g.rules, null), model: brief(g.model, model) })), targets: goals };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const writtenLine = written.length === 0 ? [] : [`and ${written.length} written documents (data/written), scored by the same models and never trained on`];
  const out: string[] = [describeCorpus(documents), ...writtenLine, '', 'Cross-validated by document: every statement is labelled by a model that never saw its article.', scoreHeader()];
  for (const group of scored) {
    out.push(group.name);
    out.push(scoreLine('  rules (no training)', group.rules));
    out.push(scoreLine('  model', group.model));
  }
  out.push('', 'Model, all statements', perLabelTable(all), '', confusionTable(all), '', calibrationLines(all), '', 'Targets');
  for (const t of goals) out.push(`  ${t.value >= t.goal === t.atLeast || t.value === t.goal ? 'met    ' : 'not met'}  ${t.what}: ${t.value.toFixed(3)} (goal ${t.atLeast ? '>=' : '<='} ${t.goal})`);
  process.stdout.write(`${out.join('\n')}\n`);
}

await runCommand('eval', () => main(process.argv.slice(2)));
