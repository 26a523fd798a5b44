/**
 * An A/B of two builds' labelling and check-worthiness stages in one process, for a shared
 * machine whose load moves a whole run's CPU time by a third: the two builds (tsc's `dist/`
 * of each, e.g. one made with `npx tsc -p tsconfig.json --outDir <dir>/dist` from another
 * commit, models copied beside it) take turns on each document, so that the load falls on both
 * alike. It checks that both give the same output, then prints each build's time per pass.
 *
 *   node bench/ab.mjs <distA> <distB> <corpus.ndjson> [documents = 60] [passes = 8] [labeller = model]
 *
 * Only what follows the analysis is timed (the documents are analysed once, by build A):
 * labelStatements and scoreStatements, where the features and the models are.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [distA, distB, corpus, documents = '60', passes = '8', labeller = 'model'] = process.argv.slice(2);
if (distA === undefined || distB === undefined || corpus === undefined) {
  process.stderr.write('usage: node bench/ab.mjs <distA> <distB> <corpus.ndjson> [documents] [passes] [labeller]\n');
  process.exit(2);
}

async function load(dist) {
  const at = (file) => pathToFileURL(resolve(dist, file)).href;
  const { analyzeDocument } = await import(at('analyze.js'));
  const { compileLexicon, labelStatements } = await import(at('index.js'));
  const { scoreStatements } = await import(at('rank/model.js'));
  const lexicon = compileLexicon();
  const run = (analysis) => {
    const labelled = labelStatements(analysis, lexicon, labeller);
    return scoreStatements(labelled.statements, labelled.context, undefined, labelled.featureNames);
  };
  return { analyze: (text) => analyzeDocument(text, lexicon), run };
}

const [a, b] = [await load(distA), await load(distB)];
const texts = readFileSync(corpus, 'utf8').split('\n').filter((line) => line.trim() !== '').slice(0, Number(documents)).map((line) => JSON.parse(line).text);
const analyses = texts.map(a.analyze);
const digest = (build) => {
  const hash = createHash('sha1');
  for (const analysis of analyses) hash.update(JSON.stringify(build.run(analysis)));
  return hash.digest('hex');
};
const same = digest(a) === digest(b);
const total = [0n, 0n];
for (let pass = 0; pass < Number(passes); pass++) {
  analyses.forEach((analysis, i) => {
    // Who goes first alternates, so that neither build always finds the other's garbage.
    const order = (pass + i) % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      const started = process.hrtime.bigint();
      [a, b][k].run(analysis);
      total[k] += process.hrtime.bigint() - started;
    }
  });
}
const ms = (ns) => (Number(ns) / 1e6 / Number(passes)).toFixed(0);
process.stdout.write(`output ${same ? 'identical' : 'DIFFERS'}; A ${ms(total[0])} ms, B ${ms(total[1])} ms a pass of ${analyses.length} documents; B/A ${(Number(total[1]) / Number(total[0])).toFixed(3)}\n`);
