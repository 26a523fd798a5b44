import { LABELS, emptyCounts, type Cue, type CueKind, type DocumentReport, type Label, type Report, type Role, type Source, type Stance, type Statement, type Violation } from '../../src/types.js';

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
            kind: spec.source.named ? 'person' : 'unnamed',
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
      reason: `fixture reason for ${spec.rule}`,
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

/*
 * The same two articles after a policy was applied (`factcheck check`), plus a CRLF article and
 * one extracted from a web page: what the github and sarif formats exist for. fixtureReport()
 * stays as it is, so the formats that ignore violations keep their expectations.
 */

/**
 * Lines end in CRLF. The third statement sits on line 3 from column 5 to the end of the line;
 * the fourth runs from line 4 onto line 5.
 */
export const CRLF_TEXT =
  'Hack claims spread\r\n\r\nAP: The hackers may have used a stolen password, a source said.\r\n' +
  'The campaign denied it\r\nand called the claim baseless.\r\n';

const crlf = buildDocument('fixtures/crlf.txt', CRLF_TEXT, [
  { text: 'Hack claims spread', role: 'headline', label: 'assertion', rule: 'assertion:headline' },
  { text: 'AP:', role: 'dateline', label: 'background', rule: 'background:role', confidence: 1 },
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
    text: 'The campaign denied it\r\nand called the claim baseless.',
    label: 'denial',
    rule: 'denial:verb',
    cues: [{ text: 'denied', kind: 'denial', entry: 'deny' }],
    source: { text: 'The campaign', verb: 'deny', cue: 'denied', named: true, stance: 'denying' },
  },
]);

/** The article text extracted from fixtures/page.html; offsets index this text, not the page. */
export const PAGE_TEXT = 'Minister resigns\n\nThe minister may have known about the leak, officials said.\n';

const page = buildDocument('fixtures/page.html', PAGE_TEXT, [
  { text: 'Minister resigns', role: 'headline', label: 'assertion', rule: 'assertion:headline' },
  {
    text: 'The minister may have known about the leak, officials said.',
    label: 'unverified',
    rule: 'unverified:hedge',
    confidence: 0.8,
    cues: [{ text: 'may', kind: 'hedge', entry: 'may' }],
    source: { text: 'officials', verb: 'say', cue: 'said', named: false, stance: 'neutral' },
  },
]);

function withViolations(document: DocumentReport, violations: Violation[], extra: Partial<DocumentReport> = {}): DocumentReport {
  return { ...document, ...extra, violations };
}

/** Violations of checkedFixtureReport(), by path: statement indexes are 0-based, null is the document. */
export const FIXTURE_VIOLATIONS: Readonly<Record<string, readonly Violation[]>> = {
  'fixtures/campaign.txt': [
    // A warning (the policy's severity is warn), with the fingerprint check mode gives it.
    { policy: 'require-source', statement: 2, message: 'assertion with no source (require-source)', severity: 'warning', fingerprint: '0123456789abcdef0123456789abcdef' },
    { policy: 'fail-on', statement: 5, message: 'labelled unverified, which fail-on forbids (fail-on unverified)' },
    { policy: 'max-unverified', statement: null, message: '1 unverified statement of 7 (14.3%), more than the 10% allowed (max-unverified 10%)' },
  ],
  'fixtures/followup.txt': [],
  'fixtures/crlf.txt': [
    { policy: 'max-denial', statement: null, message: '1 denial statement, more than the 0 allowed (max-denial 0)' },
    { policy: 'fail-on', statement: 2, message: 'labelled unverified, which fail-on forbids (fail-on unverified)' },
    { policy: 'max-denial', statement: 3, message: 'denial, 1 of 1 where 0 are allowed (max-denial 0)' },
  ],
  'fixtures/page.html': [{ policy: 'require-source', statement: 1, message: 'unverified statement with no source (require-source)' }],
};

/** Four documents with a policy applied: violations by statement and by document, CRLF, HTML. */
export function checkedFixtureReport(): Report {
  const documents = [campaign, followup, crlf, page].map((document) =>
    withViolations(document, [...(FIXTURE_VIOLATIONS[document.path] ?? [])], document === page ? { extractedFrom: 'html' } : {}),
  );
  return structuredClone(buildReport(documents));
}

/** The texts of every fixture document by path, as the CLI passes them in FormatOptions.sourceText. */
export const FIXTURE_TEXTS: ReadonlyMap<string, string> = new Map([
  ['fixtures/campaign.txt', CAMPAIGN_TEXT],
  ['fixtures/followup.txt', FOLLOWUP_TEXT],
  ['fixtures/crlf.txt', CRLF_TEXT],
  ['fixtures/page.html', PAGE_TEXT],
]);

export function fixtureSourceText(path: string): string | undefined {
  return FIXTURE_TEXTS.get(path);
}
