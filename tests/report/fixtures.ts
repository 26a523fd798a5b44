import { LABELS, emptyCounts, type Cue, type CueKind, type DocumentReport, type Label, type Report, type Role, type Source, type Stance, type Statement } from '../../src/types.js';

/*
 * A hand-built Report: two invented articles, all four labels, cues of several kinds, named and
 * unnamed sources, and non-body roles. Offsets are computed from the article text so they are
 * right by construction: document offsets for statements, cues and sources alike.
 */

interface CueSpec {
  text: string;
  kind: CueKind;
  entry: string;
}

interface SourceSpec {
  text: string;
  verb: string;
  cue: string;
  named: boolean;
  stance: Stance;
}

interface StatementSpec {
  text: string;
  label: Label;
  rule: string;
  role?: Role;
  confidence?: number;
  cues?: CueSpec[];
  source?: SourceSpec;
}

function locate(haystack: string, needle: string, from: number): number {
  const at = haystack.indexOf(needle, from);
  if (at < 0) throw new Error(`fixture: "${needle}" not found after offset ${from}`);
  return at;
}

function buildDocument(path: string, content: string, specs: StatementSpec[]): DocumentReport {
  let cursor = 0;
  const statements = specs.map((spec, index): Statement => {
    const start = locate(content, spec.text, cursor);
    cursor = start + spec.text.length;
    const span = (text: string) => {
      const at = locate(content, text, start);
      return { text, start: at, end: at + text.length };
    };
    const cues = (spec.cues ?? []).map((cue): Cue => ({ ...span(cue.text), kind: cue.kind, entry: cue.entry }));
    const source: Source | null =
      spec.source === undefined
        ? null
        : {
            // Deliberately not in the documented key order: the JSON formatter must fix it.
            stance: spec.source.stance,
            named: spec.source.named,
            cue: span(spec.source.cue),
            verb: spec.source.verb,
            ...span(spec.source.text),
          };
    return {
      text: spec.text,
      start,
      end: start + spec.text.length,
      index,
      label: spec.label,
      role: spec.role ?? 'body',
      rule: spec.rule,
      confidence: spec.confidence ?? 0.9,
      source,
      cues,
    };
  });
  const counts = emptyCounts();
  for (const statement of statements) counts[statement.label] += 1;
  return { statements, counts, chars: content.length, path };
}

export const CAMPAIGN_TEXT = [
  'Campaign accuses rival of email hack',
  '',
  'A protester holds a sign outside the hall in Springfield, May 3.',
  '',
  'Internal emails of the campaign of Senator Jane Roe were published online on Monday. ' +
    'Spokesperson Steven Cheung claimed that the rival campaign was behind the breach. ' +
    'The rival campaign denied the accusation and called it baseless. ' +
    'The hackers may have used a stolen password, a source said. ' +
    'In 2020, the senator won her first race by a narrow margin.',
  '',
].join('\n');

export const FOLLOWUP_TEXT = [
  'WASHINGTON:',
  '',
  'Steven Cheung said the campaign would file a complaint with the election commission. ' +
    'Officials could not confirm the identity of the hackers.',
  '',
  'Read more',
  '',
].join('\n');

const campaign = buildDocument('fixtures/campaign.txt', CAMPAIGN_TEXT, [
  {
    text: 'Campaign accuses rival of email hack',
    role: 'headline',
    label: 'assertion',
    rule: 'assertion:headline',
    cues: [{ text: 'accuses', kind: 'reporting', entry: 'accuse' }],
  },
  {
    text: 'A protester holds a sign outside the hall in Springfield, May 3.',
    role: 'caption',
    label: 'background',
    rule: 'background:role',
    confidence: 1,
  },
  {
    text: 'Internal emails of the campaign of Senator Jane Roe were published online on Monday.',
    label: 'assertion',
    rule: 'assertion:own-voice',
    confidence: 0.6,
  },
  {
    text: 'Spokesperson Steven Cheung claimed that the rival campaign was behind the breach.',
    label: 'assertion',
    rule: 'assertion:attributed',
    cues: [{ text: 'claimed', kind: 'reporting', entry: 'claim' }],
    source: { text: 'Steven Cheung', verb: 'claim', cue: 'claimed', named: true, stance: 'distancing' },
  },
  {
    text: 'The rival campaign denied the accusation and called it baseless.',
    label: 'denial',
    rule: 'denial:verb',
    cues: [
      { text: 'denied', kind: 'denial', entry: 'deny' },
      { text: 'baseless', kind: 'denial', entry: 'baseless' },
    ],
    source: { text: 'The rival campaign', verb: 'deny', cue: 'denied', named: true, stance: 'denying' },
  },
  {
    text: 'The hackers may have used a stolen password, a source said.',
    label: 'unverified',
    rule: 'unverified:hedge',
    confidence: 0.8,
    cues: [
      { text: 'may', kind: 'hedge', entry: 'may' },
      { text: 'a source', kind: 'vague-source', entry: 'a source' },
    ],
    source: { text: 'a source', verb: 'say', cue: 'said', named: false, stance: 'neutral' },
  },
  {
    text: 'In 2020, the senator won her first race by a narrow margin.',
    label: 'background',
    rule: 'background:history',
    confidence: 0.7,
    cues: [{ text: 'In 2020', kind: 'background', entry: 'in <year>' }],
  },
]);

const followup = buildDocument('fixtures/followup.txt', FOLLOWUP_TEXT, [
  { text: 'WASHINGTON:', role: 'dateline', label: 'background', rule: 'background:role', confidence: 1 },
  {
    text: 'Steven Cheung said the campaign would file a complaint with the election commission.',
    label: 'assertion',
    rule: 'assertion:attributed',
    cues: [{ text: 'said', kind: 'reporting', entry: 'say' }],
    source: { text: 'Steven Cheung', verb: 'say', cue: 'said', named: true, stance: 'neutral' },
  },
  {
    text: 'Officials could not confirm the identity of the hackers.',
    label: 'unverified',
    rule: 'unverified:missing-evidence',
    cues: [{ text: 'could not confirm', kind: 'missing-evidence', entry: 'could not confirm' }],
  },
  { text: 'Read more', role: 'furniture', label: 'background', rule: 'background:role', confidence: 1 },
]);

function buildReport(documents: DocumentReport[]): Report {
  const counts = emptyCounts();
  for (const document of documents) for (const label of LABELS) counts[label] += document.counts[label];
  return {
    summary: { counts, statements: documents.reduce((n, d) => n + d.statements.length, 0), documents: documents.length },
    documents,
    tool: { version: '1.0.0', name: 'factcheck' },
    schemaVersion: 1,
  };
}

/** A fresh copy each call, so a test that mutates it cannot disturb another. */
export function fixtureReport(): Report {
  return structuredClone(buildReport([campaign, followup]));
}

/** Totals of fixtureReport(): 11 statements. */
export const FIXTURE_COUNTS = { assertion: 4, denial: 1, unverified: 2, background: 4 } as const;
