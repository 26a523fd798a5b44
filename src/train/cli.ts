/**
 * `npm run train`: fits the label model on every labelled document and writes
 * src/models/labels.json and labels-network.json. Before it fits, it cross-validates by document (settings in
 * src/train/config.json) and prints the learning curve and the per-label table, so every model
 * comes with the evidence for it. Same data and settings -> byte-identical model file.
 *
 *   node dist/train/cli.js [--out FILE] [--quick]
 *     --out FILE   write the model there instead of src/models/labels.json (and its network beside it, FILE-network.json)
 *     --quick      skip the learning curve's 25 % and 50 % points
 */
import { writeFile } from 'node:fs/promises';
import { GoldError } from '../evaluate/gold.js';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { calibrate, crossValidate, type HeldOutPrediction } from './cross-validate.js';
import { fitLabelModel, formatModelFile, toModelFile, toNetworkFile } from './fit.js';
import { evaluateLabelling, modelLabelling, rulesLabelling } from './measure.js';
import { corpusDigest, describeCorpus, loadForTraining, runCommand, SETTINGS, TRAIN_CONFIG } from './run.js';
import { calibrationLines, confusionTable, perLabelTable, scoreHeader, scoreLine } from './tables.js';

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({ args: [...argv], strict: true, options: { out: { type: 'string' }, quick: { type: 'boolean', default: false } } });
  const out = values.out ?? fileURLToPath(new URL('../../src/models/labels.json', import.meta.url));
  if (SETTINGS.network.hidden <= 0) throw new GoldError('src/train/config.json: "network.hidden" must be above 0: the label model is its linear part and its network');
  const documents = await loadForTraining();
  process.stdout.write(`${describeCorpus(documents)}\n\n`);

  process.stdout.write(`Learning curve (cross-validated: each fold trains on the given share of the other folds' documents)\n${scoreHeader()}\n`);
  process.stdout.write(`${scoreLine('rules (no training)', evaluateLabelling(documents, rulesLabelling(documents)))}\n`);
  let full: HeldOutPrediction[] = [];
  for (const fraction of values.quick === true ? [1] : TRAIN_CONFIG.learningCurve) {
    process.stderr.write(`cross-validating on ${Math.round(fraction * 100)} % of the training documents\n`);
    const held = crossValidate(documents, SETTINGS, { folds: TRAIN_CONFIG.folds, fraction });
    if (fraction === 1) full = held;
    process.stdout.write(`${scoreLine(`model, ${Math.round(fraction * 100)} % of training documents`, evaluateLabelling(documents, modelLabelling(held)))}\n`);
  }
  const { temperature, predictions } = calibrate(full);
  const evaluation = evaluateLabelling(documents, modelLabelling(predictions));
  process.stdout.write(`\nModel, cross-validated, calibrated (temperature ${temperature.toFixed(3)})\n${perLabelTable(evaluation)}\n\n${confusionTable(evaluation)}\n\n${calibrationLines(evaluation)}\n\n`);

  process.stderr.write('fitting the model on every document\n');
  const fitted = fitLabelModel(documents, SETTINGS);
  const statements = documents.reduce((n, d) => n + d.statements.filter((s) => s.label !== null).length, 0);
  const data = { documents: documents.length, statements, digest: corpusDigest(documents) };
  const file = toModelFile(fitted, temperature, {
    data,
    settings: { minCount: SETTINGS.minCount, l2: SETTINGS.l2, balance: SETTINGS.balance, goldWeight: SETTINGS.goldWeight, prune: SETTINGS.prune },
    crossValidated: { folds: TRAIN_CONFIG.folds, macroF1: Number(evaluation.labels.macroF1.toFixed(4)), accuracy: Number(evaluation.labels.accuracy.toFixed(4)) },
  });
  await writeFile(out, formatModelFile(file));
  process.stdout.write(`wrote ${out}: ${file.features.length} features\n`);
  const network = fitted.network;
  if (network === undefined) throw new Error('fitLabelModel fitted no network');
  const networkOut = out.replace(/\.json$/, '-network.json');
  // The temperature in labels.json calibrates the sum of both models' scores.
  await writeFile(networkOut, formatModelFile(toNetworkFile(network, { data, settings: SETTINGS.network })));
  process.stdout.write(`wrote ${networkOut}: ${network.names.length} features, ${network.hidden} hidden units\n`);
}

await runCommand('train', () => main(process.argv.slice(2)));
