/**
 * The editor's view of an analysed document: diagnostics (what the Problems list and the
 * underlines show) and the hover of a statement. Pure functions of the analysis and the text.
 *
 * Severities, by how much an editor should act on a statement:
 * - a violation of the check policy: Error (Warning when the violation says it is a warning),
 *   code the policy (`fail-on`, `require-source`, …), as `factcheck check` would fail on it;
 * - an unverified statement or a denial: Information, code the rule (`unverified:hedge`);
 * - an assertion: Hint (editors show it faintly or not at all), code the rule;
 * - background: no diagnostic (its hover still says why it is background).
 * A violation of the document as a whole (max-unverified's count) sits on the first line.
 */
import { DiagnosticSeverity, MarkupKind, type Diagnostic, type Hover, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Label, Statement, Violation } from '../types.js';
import { displaySource, otherAttributions } from '../report/source-name.js';
import type { AnalyzedDocument } from './analysis.js';
import type { SourceSpan } from './html-offsets.js';

export const DIAGNOSTIC_SOURCE = 'factcheck';

/** What a diagnostic carries for the code actions: the statement it is about (null: the document). */
export interface DiagnosticData {
  statement: number | null;
}

const LABEL_SEVERITY: Readonly<Record<Label, DiagnosticSeverity | undefined>> = {
  unverified: DiagnosticSeverity.Information,
  denial: DiagnosticSeverity.Information,
  assertion: DiagnosticSeverity.Hint,
  background: undefined,
};

export function toDiagnostics(analysis: AnalyzedDocument, document: TextDocument): Diagnostic[] {
  const { report, spans } = analysis;
  const diagnostics: Diagnostic[] = [];
  for (const violation of report.violations ?? []) {
    if (violation.statement !== null) continue;
    diagnostics.push(violationDiagnostic(violation, firstLine(document), null));
  }
  report.statements.forEach((statement, position) => {
    const range = rangeOf(spans[position], document);
    for (const violation of report.violations ?? []) {
      if (violation.statement === statement.index) diagnostics.push(violationDiagnostic(violation, range, statement.index));
    }
    const severity = LABEL_SEVERITY[statement.label];
    if (severity === undefined) return;
    diagnostics.push({
      range,
      severity,
      source: DIAGNOSTIC_SOURCE,
      code: statement.rule,
      message: `${statement.label}: ${statement.reason} (${sourceLine(statement)})`,
      data: { statement: statement.index } satisfies DiagnosticData,
    });
  });
  return diagnostics;
}

/** A problem with the document's config file, shown at the top of the document. */
export function configDiagnostic(message: string, document: TextDocument): Diagnostic {
  return {
    range: firstLine(document),
    severity: DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: 'config',
    message: `${message} (the check policy is off until it is fixed)`,
    data: { statement: null } satisfies DiagnosticData,
  };
}

function violationDiagnostic(violation: Violation, range: Range, statement: number | null): Diagnostic {
  return {
    range,
    severity: violation.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    code: violation.policy,
    message: violation.message,
    data: { statement } satisfies DiagnosticData,
  };
}

/** The statement's range; one not found in the source (see htmlStatementSpans) sits on the first line. */
export function rangeOf(span: SourceSpan | undefined, document: TextDocument): Range {
  if (span === undefined) return firstLine(document);
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

function firstLine(document: TextDocument): Range {
  const text = document.getText();
  const end = /\r\n|\r|\n/.exec(text)?.index ?? text.length;
  return { start: { line: 0, character: 0 }, end: document.positionAt(end) };
}

function sourceLine(statement: Statement): string {
  return statement.source === null ? 'no source: the article’s own voice' : `source: ${displaySource(statement.source)}`;
}

/** The position in report.statements of the statement at `offset`, if any. */
export function statementAt(analysis: AnalyzedDocument, offset: number): number | undefined {
  const found = analysis.spans.findIndex((span) => span !== undefined && span.start <= offset && offset < span.end);
  return found < 0 ? undefined : found;
}

/** The hover of the statement at `offset`: its label, rule and confidence, the reason, the source, the score and any violation. */
export function hoverAt(analysis: AnalyzedDocument, document: TextDocument, offset: number): Hover | null {
  const position = statementAt(analysis, offset);
  if (position === undefined) return null;
  const statement = analysis.report.statements[position]!;
  const lines = [
    `**${statement.label}** · rule \`${statement.rule}\` · confidence ${statement.confidence.toFixed(2)}`,
    '',
    escapeMarkdown(statement.reason),
    '',
    statement.source === null
      ? '**Source:** none, the article’s own voice'
      : `**Source:** ${escapeMarkdown(displaySource(statement.source))} (${escapeMarkdown(statement.source.cue.text || statement.source.verb)}, ${statement.source.named ? 'named' : 'unnamed'}, ${statement.source.stance} stance)`,
  ];
  for (const other of otherAttributions(statement)) lines.push('', `**Also:** ${escapeMarkdown(displaySource(other.source))} (${escapeMarkdown(other.cue.text)}, ${other.stance} stance)`);
  if (typeof statement.checkworthiness === 'number') lines.push('', `**Check-worthiness:** ${statement.checkworthiness.toFixed(2)}`);
  for (const violation of analysis.report.violations ?? []) {
    if (violation.statement === statement.index) lines.push('', `**Policy ${violation.policy}:** ${escapeMarkdown(violation.message)}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: rangeOf(analysis.spans[position], document) };
}

/** Article text shown as Markdown: its punctuation is text, never markup or a link. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    .replace(/^([#+-]|\d+(?=[.)]))/, '\\$1');
}
