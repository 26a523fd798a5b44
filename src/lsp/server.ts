/**
 * `factcheck lsp`: the language server, over stdin and stdout. Built on vscode-languageserver,
 * the library VS Code's own servers use, so the JSON-RPC framing, the document sync and the
 * protocol's lifecycle (initialize, shutdown, exit — with status 0 after a shutdown request, 1
 * without — and stdin closing) are the library's, tested against every client. This module is bundled on its own
 * (dist/factcheck-lsp.mjs) and loaded only by `factcheck lsp`.
 *
 * A document (.txt, .md, .html) is analysed when it opens and, DEBOUNCE_MS after the last of a
 * burst of changes, when it changes; its diagnostics are published with its version. Hover and
 * code actions use the analysis of the current version, made on demand if a change is pending.
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toolVersion } from '../version.js';
import { analyze, documentKind, documentPath, SettingsCache, type AnalyzedDocument } from './analysis.js';
import { Debouncer } from './debounce.js';
import { configDiagnostic, DIAGNOSTIC_SOURCE, hoverAt, statementAt, toDiagnostics, type DiagnosticData } from './diagnostics.js';
import { ignoreDirective, ignoreNextEdit } from './ignore-directive.js';

/** Long enough to let a typist finish a word, short enough to feel live. */
const DEBOUNCE_MS = 250;

interface Analysed {
  version: number;
  analysis: AnalyzedDocument;
  diagnostics: Diagnostic[];
}

export function startLanguageServer(): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const debouncer = new Debouncer(DEBOUNCE_MS);
  const analysed = new Map<string, Analysed>();
  let settings = new SettingsCache(process.cwd());

  connection.onInitialize((params) => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    if (root !== undefined && root !== null && root.startsWith('file:')) settings = new SettingsCache(fileURLToPath(root));
    else if (params.rootPath) settings = new SettingsCache(params.rootPath);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'factcheck', version: toolVersion() },
    };
  });

  /** The analysis of the document's current version, made now if it is not there yet; undefined for a kind the server leaves alone. */
  function current(document: TextDocument): Analysed | undefined {
    const known = analysed.get(document.uri);
    if (known !== undefined && known.version === document.version) return known;
    const kind = documentKind(document.uri, document.languageId);
    if (kind === undefined) return undefined;
    // A config file that cannot be used is reported on the document, which is still labelled.
    const found = settings.settingsFor(document.uri);
    const analysis = analyze(document.getText(), kind, documentPath(document.uri), found instanceof Error ? settings.defaults : found);
    const diagnostics = toDiagnostics(analysis, document);
    if (found instanceof Error) diagnostics.unshift(configDiagnostic(`factcheck: ${found.message}`, document));
    const result = { version: document.version, analysis, diagnostics };
    analysed.set(document.uri, result);
    return result;
  }

  function publish(uri: string): void {
    const document = documents.get(uri);
    if (document === undefined) return;
    try {
      const result = current(document);
      if (result === undefined) return;
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: result.diagnostics });
    } catch (error) {
      connection.console.error(`factcheck: ${documentPath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  documents.onDidOpen(({ document }) => publish(document.uri));
  documents.onDidChangeContent(({ document }) => {
    // didOpen also fires a content change; the open has published already.
    if (analysed.get(document.uri)?.version === document.version) return;
    debouncer.schedule(document.uri, () => publish(document.uri));
  });
  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    analysed.delete(document.uri);
    if (documentKind(document.uri, document.languageId) !== undefined) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const result = document === undefined ? undefined : current(document);
    if (document === undefined || result === undefined) return null;
    return hoverAt(result.analysis, document, document.offsetAt(position));
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    const result = document === undefined ? undefined : current(document);
    if (document === undefined || result === undefined) return [];
    const { analysis } = result;
    // The statements of the factcheck diagnostics the client sends, else the one at the cursor.
    const positions = new Set<number>();
    for (const diagnostic of context.diagnostics) {
      const index = diagnostic.source === DIAGNOSTIC_SOURCE ? (diagnostic.data as DiagnosticData | undefined)?.statement : undefined;
      const position = typeof index === 'number' ? analysis.report.statements.findIndex((s) => s.index === index) : -1;
      if (position >= 0) positions.add(position);
    }
    if (context.diagnostics.length === 0) {
      const position = statementAt(analysis, document.offsetAt(range.start));
      if (position !== undefined && result.diagnostics.some((d) => (d.data as DiagnosticData | undefined)?.statement === analysis.report.statements[position]!.index)) positions.add(position);
    }
    const actions: CodeAction[] = [];
    for (const position of [...positions].sort((a, b) => a - b)) {
      const statement = analysis.report.statements[position]!;
      const span = analysis.spans[position];
      if (span === undefined) continue;
      const flagged = (analysis.report.violations ?? []).some((v) => v.statement === statement.index);
      actions.push({
        title: `Accept statement ${statement.index + 1} (${statement.label}): insert ${ignoreDirective(analysis.kind)} above it`,
        kind: CodeActionKind.QuickFix,
        isPreferred: flagged,
        diagnostics: result.diagnostics.filter((d) => (d.data as DiagnosticData | undefined)?.statement === statement.index),
        edit: { changes: { [document.uri]: [ignoreNextEdit(document, analysis.kind, span.start)] } },
      });
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
