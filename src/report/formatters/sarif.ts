import { POLICIES, type DocumentReport, type Policy, type Report, type Statement, type Violation } from '../../types.js';
import type { FormatOptions, Formatter } from '../formatter.js';
import { lineIndexFor, statementAt, type LineIndex } from '../locate.js';
import { escapeLineSeparators } from './json.js';

/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and most CI dashboards import. One run,
 * one rule per policy of `factcheck check`, one result per violation, at level `error` or, for a
 * policy whose severity is warn, `warning`; each with the violation's fingerprint (a hash of the
 * policy and the statement's normalised text, src/check/fingerprint.ts) in `partialFingerprints`
 * under FINGERPRINT_KEY, so code scanning follows a result across edits elsewhere in the file:
 *
 * - a violation by a statement has a region: startLine/startColumn/endLine/endColumn (1-based,
 *   the end column is the one after the last character, as SARIF defines it) when the options
 *   carry the document's text, and always charOffset/charLength and the statement as snippet;
 * - a violation by the whole document has a location without a region (the whole file);
 * - for text extracted from an HTML page the offsets index the extracted text, not the file, so
 *   the result names the file only and quotes the statement in its message.
 *
 * Columns and character offsets count UTF-16 code units (`columnKind: utf16CodeUnits`), the unit
 * of every offset in the report. Without a policy there are no results, and the log is still valid.
 */

/** The partialFingerprints key: SARIF's `<name>/v<version>` form. */
export const FINGERPRINT_KEY = 'factcheckStatementHash/v1';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const RULE_TEXT: Readonly<Record<Policy, { name: string; description: string }>> = {
  'max-unverified': { name: 'MaxUnverified', description: 'A document has more unverified statements than --max-unverified allows.' },
  'max-denial': { name: 'MaxDenial', description: 'A document has more denials than --max-denial allows.' },
  'fail-on': { name: 'FailOn', description: 'A statement carries a label listed in --fail-on.' },
  'require-source': { name: 'RequireSource', description: 'An assertion or unverified statement does not name its source (--require-source).' },
  'min-confidence': { name: 'MinConfidence', description: 'A label was decided with less confidence than --min-confidence.' },
};

interface SarifRegion {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset?: number;
  charLength?: number;
  snippet?: { text: string };
}

interface SarifResult {
  ruleId: Policy;
  ruleIndex: number;
  level: 'error' | 'warning';
  message: { text: string };
  partialFingerprints?: Record<string, string>;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion } }>;
  properties?: Record<string, unknown>;
}

/**
 * The path as a URI reference: a relative path stays relative (each segment percent-encoded),
 * an absolute one becomes a file: URI. Backslashes are separators only in a Windows drive path.
 */
export function artifactUri(path: string): string {
  const encode = (segments: string): string => segments.split('/').map(encodeURIComponent).join('/');
  const windows = /^([A-Za-z]):[\\/](.*)$/.exec(path);
  if (windows !== null) return `file:///${windows[1]}:/${encode(windows[2]!.replaceAll('\\', '/'))}`;
  if (path.startsWith('/')) return `file://${encode(path)}`;
  return encode(path);
}

function region(statement: Statement, lines: LineIndex | undefined): SarifRegion {
  const result: SarifRegion = {};
  if (lines !== undefined) {
    const { start, end } = lines.region(statement.start, statement.end);
    Object.assign(result, { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column });
  }
  return { ...result, charOffset: statement.start, charLength: statement.end - statement.start, snippet: { text: statement.text } };
}

function result(document: DocumentReport, violation: Violation, lines: LineIndex | undefined): SarifResult {
  const statement = statementAt(document, violation.statement);
  const artifactLocation = { uri: artifactUri(document.path) };
  const located: SarifResult = {
    ruleId: violation.policy,
    ruleIndex: POLICIES.indexOf(violation.policy),
    level: violation.severity === 'warning' ? 'warning' : 'error',
    message: { text: violation.message },
    ...(violation.fingerprint === undefined ? {} : { partialFingerprints: { [FINGERPRINT_KEY]: violation.fingerprint } }),
    locations: [{ physicalLocation: { artifactLocation } }],
  };
  if (statement === undefined) return located;
  const properties = { statement: statement.index, label: statement.label, rule: statement.rule };
  if (document.extractedFrom !== undefined) {
    located.message.text += ` (statement ${statement.index + 1} of the text extracted from the page: "${statement.text.replace(/\s+/g, ' ')}")`;
    located.properties = { ...properties, extractedFrom: document.extractedFrom };
    return located;
  }
  located.locations = [{ physicalLocation: { artifactLocation, region: region(statement, lines) } }];
  located.properties = properties;
  return located;
}

function formatSarif(report: Report, options: FormatOptions): string {
  const results = report.documents.flatMap((document) => {
    const violations = document.violations ?? [];
    if (violations.length === 0) return [];
    const lines = lineIndexFor(document, options);
    return violations.map((violation) => result(document, violation, lines));
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: POLICIES.map((policy) => ({
              id: policy,
              name: RULE_TEXT[policy].name,
              shortDescription: { text: RULE_TEXT[policy].description },
              defaultConfiguration: { level: 'error' },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return escapeLineSeparators(JSON.stringify(log, null, 2)) + '\n';
}

export const sarifFormatter: Formatter = {
  name: 'sarif',
  description: 'SARIF 2.1.0 for code-scanning tools: one result per policy violation, with its region',
  format: formatSarif,
};
