/**
 * `npm run eval:attribution`: who-said-it against the PolNeAR dev split in
 * ../shared/data/attribution (scored as its README describes).
 *
 *   node dist/evaluate/attribution-cli.js [--dir DIR] [--errors] [--json]
 *
 * The texts are publishers' copyright: they are read from ../shared, never copied.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { annotate, compileLexicon } from '../index.js';
import type { Statement } from '../types.js';
import {
  attributionCeiling,
  cueScore,
  distinctAttributions,
  scoreAttributions,
  scoreSpans,
  sourceScore,
  spanCueScore,
  spanSourceScore,
  sumCounts,
  sumSpanCounts,
  type PRF,
  type SpanAttribution,
  type SpanMiss,
} from './attribution-score.js';
import { loadAttributionGold } from './polnear.js';
import { exitQuietlyOnClosedPipe } from './command.js';

const DEFAULT_DIR = fileURLToPath(new URL('../../../shared/data/attribution/', import.meta.url));

const USAGE = `usage: node dist/evaluate/attribution-cli.js [--dir DIR] [--errors] [--json] [--main-only]
  --dir DIR     PolNeAR gold directory (default: ../shared/data/attribution beside the checkout)
  --errors      list the gold attributions whose source or cue was missed, span by span
  --json        print the figures as JSON
  --main-only   score only each statement's main attribution (\`source\`), its content the statement
`;

async function run(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      dir: { type: 'string' },
      errors: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'main-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  const dir = values.dir ?? DEFAULT_DIR;
  if (!existsSync(dir)) {
    process.stderr.write(`factcheck eval:attribution: ${dir}: no such directory\n`);
    return 2;
  }
  const lexicon = compileLexicon();
  const documents = await loadAttributionGold(dir);
  const results = documents.map((document) => {
    const report = annotate(document.text, { path: document.id, lexicon });
    const system = distinctAttributions(report.statements.flatMap((statement) => systemAttributions(statement, values['main-only'] === true)));
    return {
      document,
      ...scoreAttributions(document.attributions, report.statements),
      spans: scoreSpans(document.attributions, system),
      ceiling: attributionCeiling(document.attributions, report.statements),
    };
  });
  const spans = sumSpanCounts(results.map((r) => r.spans.counts));
  const spanSource = spanSourceScore(spans);
  const spanCue = spanCueScore(spans);
  const total = sumCounts(results.map((r) => r.counts));
  const ceiling = {
    sourceRecall: results.reduce((sum, r) => sum + r.ceiling.sourceHits, 0) / Math.max(1, total.goldSources),
    cueRecall: results.reduce((sum, r) => sum + r.ceiling.cueHits, 0) / Math.max(1, total.goldCues),
  };
  const source = sourceScore(total);
  const cue = cueScore(total);
  if (values.json === true) {
    process.stdout.write(
      `${JSON.stringify({ documents: documents.length, spans: { counts: spans, source: spanSource, cue: spanCue }, perStatement: { counts: total, source, cue, ceiling } }, null, 2)}\n`,
    );
    return 0;
  }
  if (values.errors === true) {
    for (const { document, spans: scored } of results) for (const miss of scored.misses) process.stdout.write(describeMiss(document.id, document.text, miss));
    return 0;
  }
  process.stdout.write(
    `Attribution (${documents.length} documents, ${total.goldSources} gold attributions with a source, ${total.goldCues} with a cue)\n` +
      `           span by span${values['main-only'] === true ? ' (main only)' : ''}          one per statement (old view)\n` +
      `           precision  recall     f1    precision  recall     f1\n` +
      `source     ${row(spanSource)}  ${row(source)}\n` +
      `cue        ${row(spanCue)}  ${row(cue)}\n` +
      `span by span: ${spans.predicted} system attributions (${spans.inGoldContent} inside gold content); ${spans.sourceHits} sources and ${spans.cueHits} cues found\n` +
      `one per statement: ${total.predicted} statements carry a source inside gold content; ${total.sourceHits} sources and ${total.cueHits} cues found\n` +
      `ceiling with one source and cue per statement: source recall ${ceiling.sourceRecall.toFixed(3)}, cue recall ${ceiling.cueRecall.toFixed(3)}\n`,
  );
  return 0;
}

function row(score: PRF): string {
  return [score.precision, score.recall, score.f1].map((v) => v.toFixed(3).padStart(9)).join('  ');
}

/**
 * A statement's attributions as the span-level score sees them: every one it carries, or
 * (`mainOnly`, and for reports without `attributions`) its `source` with the statement as content.
 */
function systemAttributions(statement: Statement, mainOnly: boolean): SpanAttribution[] {
  if (!mainOnly && statement.attributions !== undefined) return statement.attributions.map((a) => ({ source: a.source, cue: a.cue, content: a.content }));
  const source = statement.source;
  return source === null ? [] : [{ source, cue: source.cue, content: { start: statement.start, end: statement.end } }];
}

function describeMiss(id: string, text: string, miss: SpanMiss): string {
  const quote = (ranges: readonly { start: number; end: number }[]): string => ranges.map((r) => text.slice(r.start, r.end)).join(' … ').replace(/\s+/g, ' ').slice(0, 80);
  const predicted = miss.candidates.length === 0 ? 'none' : miss.candidates.map((c) => `"${quote([c.source])}" cue "${quote([c.cue])}"`).join('; ');
  const missed = [miss.sourceHit || miss.gold.source.length === 0 ? '' : 'source', miss.cueHit || miss.gold.cue.length === 0 ? '' : 'cue'].filter((w) => w !== '').join('+');
  return `${id} @${miss.gold.content[0]?.start ?? '?'}  missed ${missed}  gold source "${quote(miss.gold.source)}" cue "${quote(miss.gold.cue)}"  predicted ${predicted}\n`;
}

exitQuietlyOnClosedPipe();

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`factcheck eval:attribution: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
