import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DiagnosticSeverity,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lines, ROOT, run, tempDir } from '../cli/run.js';
import { startClient, type LspClient } from '../support/lsp-client.js';

/*
 * `factcheck lsp` end to end: the built binary as a child process and a real LSP client
 * (vscode-languageserver-protocol), as an editor would run it.
 */

const ARTICLE = [
  'City council approves new bridge',
  '',
  'The city council approved the new bridge on Monday, the mayor said. The bridge could cost more than planned, according to people familiar with the project.',
  'The contractor denied that it had missed any deadline.',
  'The old bridge was built in 1921.',
  '',
].join('\n');

let dir = '';
let client: LspClient;
const uriOf = (name: string): string => pathToFileURL(join(dir, name)).href;

async function open(client: LspClient, name: string, text: string, languageId: string): Promise<Diagnostic[]> {
  const uri = uriOf(name);
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  return (await client.diagnostics(uri, 1)).diagnostics;
}

function byCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** The code actions the server offers on document `name` for a diagnostic, or at a range with none given. */
async function codeActions(name: string, at: Diagnostic | Range): Promise<CodeAction[]> {
  const [range, diagnostics] = 'message' in at ? [at.range, [at]] : [at, []];
  return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(name) }, range, context: { diagnostics } })) as CodeAction[];
}

/** Document `name` (`text`) after an action's edits. */
function applied(name: string, languageId: string, text: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(uriOf(name), languageId, 1, text), action.edit!.changes![uriOf(name)]!);
}

beforeAll(async () => {
  dir = tempDir();
  // The policy of the project: the server reads it as `factcheck check` does.
  writeFileSync(join(dir, 'factcheck.config.json'), JSON.stringify({ failOn: ['denial'] }));
  client = await startClient({ rootFolder: dir });
  // A cold Node start of the bundle on a busy machine can take longer than a hook's default 10 s.
}, 30_000);

afterAll(async () => {
  if (client !== undefined && client.process.exitCode === null) client.process.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('factcheck lsp', () => {
  it('says what it can do', () => {
    expect(client.initialized.serverInfo?.name).toBe('factcheck');
    const capabilities = client.initialized.capabilities;
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix'] });
    expect(capabilities.textDocumentSync).toBe(2);
  });

  it('publishes diagnostics on open: the config policy as errors, labels as information and hints', async () => {
    const diagnostics = await open(client, 'bridge.txt', ARTICLE, 'plaintext');
    // The denial breaks the config's fail-on: an error on its line, in full.
    const [failOn, ...more] = byCode(diagnostics, 'fail-on');
    expect(more).toEqual([]);
    expect(failOn).toMatchObject({
      severity: DiagnosticSeverity.Error,
      source: 'factcheck',
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 54 } },
      message: 'labelled denial, which fail-on forbids (fail-on denial)',
    });
    // The hedged second sentence of line 2 starts mid-line.
    const [unverified] = byCode(diagnostics, 'unverified:vague-source');
    expect(unverified).toMatchObject({ severity: DiagnosticSeverity.Information, range: { start: { line: 2, character: 68 }, end: { line: 2, character: 155 } } });
    expect(unverified!.message).toMatch(/^unverified: .+ \(source: people familiar with the project\)$/);
    expect(byCode(diagnostics, 'denial:rejects-claim')[0]!.severity).toBe(DiagnosticSeverity.Information);
    expect(byCode(diagnostics, 'assertion:attributed')[0]).toMatchObject({ severity: DiagnosticSeverity.Hint, range: { start: { line: 2, character: 0 } } });
    // Background (the 1921 line) has none.
    expect(diagnostics.some((d) => d.range.start.line === 4)).toBe(false);
    expect(diagnostics).toHaveLength(5);
  });

  it('hovers a statement with its label, rule, reason, source and violation; nothing on a blank line', async () => {
    const uri = uriOf('bridge.txt');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 10 } });
    const value = (hover!.contents as MarkupContent).value;
    expect((hover!.contents as MarkupContent).kind).toBe('markdown');
    expect(value).toContain('**denial** · rule `denial:rejects-claim` · confidence ');
    expect(value).toContain('**Source:** The contractor (denied, named');
    expect(value).toContain('**Policy fail-on:** labelled denial, which fail-on forbids (fail-on denial)');
    expect(hover!.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 54 } });
    const unverified = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 80 } });
    expect((unverified!.contents as MarkupContent).value).toMatch(/^\*\*unverified\*\* · rule `unverified:vague-source`/);
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 0 } })).toBeNull();
  });

  it('offers a quick fix that puts the ignore directive on the line above the statement', async () => {
    const diagnostics = await open(client, 'bridge-again.txt', ARTICLE, 'plaintext');
    const failOn = byCode(diagnostics, 'fail-on')[0]!;
    const actions = await codeActions('bridge-again.txt', failOn);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true, title: 'Accept statement 4 (denial): insert factcheck-ignore-next above it' });
    expect(applied('bridge-again.txt', 'plaintext', ARTICLE, actions[0]!).split('\n').slice(2, 5)).toEqual([
      ARTICLE.split('\n')[2],
      'factcheck-ignore-next',
      'The contractor denied that it had missed any deadline.',
    ]);

    // A statement in the middle of a line is moved to a line of its own under the directive.
    const unverified = byCode(diagnostics, 'unverified:vague-source')[0]!;
    const [midLine] = await codeActions('bridge-again.txt', unverified);
    expect(midLine!.isPreferred).toBe(false);
    expect(applied('bridge-again.txt', 'plaintext', ARTICLE, midLine!).split('\n').slice(2, 5)).toEqual([
      'The city council approved the new bridge on Monday, the mayor said.',
      'factcheck-ignore-next',
      'The bridge could cost more than planned, according to people familiar with the project.',
    ]);

    // No diagnostic given: the statement under the cursor, if it has one; background has none.
    const cursor = await codeActions('bridge-again.txt', { start: { line: 3, character: 5 }, end: { line: 3, character: 5 } });
    expect(cursor.map((a) => a.title)).toEqual(['Accept statement 4 (denial): insert factcheck-ignore-next above it']);
    const background = await codeActions('bridge-again.txt', { start: { line: 4, character: 5 }, end: { line: 4, character: 5 } });
    expect(background).toEqual([]);
  });

  it('uses the comment form in Markdown, indented as the statement', async () => {
    const markdown = '# Council approves new bridge\n\n> The contractor denied that it had missed any deadline.\n';
    const diagnostics = await open(client, 'bridge.md', markdown, 'markdown');
    const failOn = byCode(diagnostics, 'fail-on')[0]!;
    expect(failOn.range.start.line).toBe(2);
    const [action] = await codeActions('bridge.md', failOn);
    expect(applied('bridge.md', 'markdown', markdown, action!)).toBe('# Council approves new bridge\n\n<!-- factcheck-ignore-next -->\n> The contractor denied that it had missed any deadline.\n');
  });

  it('underlines statements of an HTML page in the page source, character references and tags included', async () => {
    const html = [
      '<!DOCTYPE html>',
      '<html><head><title>Bridge</title></head><body>',
      '<nav><a href="/">Home</a></nav>',
      '<article>',
      '  <h1>Council approves new bridge</h1>',
      '  <p>The city council approved the <em>new</em> bridge on Monday, the mayor said.',
      '  The contractor denied that it had &ldquo;missed&rdquo; any deadline.</p>',
      '</article>',
      '</body></html>',
      '',
    ].join('\n');
    const diagnostics = await open(client, 'bridge.html', html, 'html');
    const failOn = byCode(diagnostics, 'fail-on')[0]!;
    const line = html.split('\n')[6]!;
    expect(failOn.range).toEqual({ start: { line: 6, character: 2 }, end: { line: 6, character: line.indexOf('</p>') } });
    const attributed = byCode(diagnostics, 'assertion:attributed')[0]!;
    expect(attributed.range).toEqual({ start: { line: 5, character: 5 }, end: { line: 5, character: html.split('\n')[5]!.length } });
    const [action] = await codeActions('bridge.html', failOn);
    expect(applied('bridge.html', 'html', html, action!).split('\n').slice(5, 8)).toEqual([
      '  <p>The city council approved the <em>new</em> bridge on Monday, the mayor said.',
      '  <!-- factcheck-ignore-next -->',
      '  The contractor denied that it had &ldquo;missed&rdquo; any deadline.</p>',
    ]);
  });

  it('re-analyses after a burst of changes, publishing the last version', async () => {
    const uri = uriOf('edited.txt');
    await open(client, 'edited.txt', ARTICLE, 'plaintext');
    const changes = ['The contractor denied it.', 'The contractor said it met every deadline.', 'The contractor said it met every deadline on time.'];
    for (const [i, text] of changes.entries()) {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: i + 2 },
        contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: i === 0 ? 54 : changes[i - 1]!.length } }, text }],
      });
    }
    const { diagnostics } = await client.diagnostics(uri, 4);
    // The denial is gone: no fail-on error; the new line is an attributed assertion.
    expect(byCode(diagnostics, 'fail-on')).toEqual([]);
    const line3 = diagnostics.filter((d) => d.range.start.line === 3);
    expect(line3.map((d) => [d.code, d.range.end.character])).toEqual([['assertion:attributed', changes[2]!.length]]);
  });

  it('takes the quick fix\'s directive as the CLI does: the statement is accepted, its violation gone, the directive no statement', async () => {
    const before = await open(client, 'accepted.txt', ARTICLE, 'plaintext');
    expect(byCode(before, 'fail-on')).toHaveLength(1);
    const lines = ARTICLE.split('\n');
    const accepted = [...lines.slice(0, 3), 'factcheck-ignore-next', ...lines.slice(3)].join('\n');
    const after = await open(client, 'accepted-after.txt', accepted, 'plaintext');
    expect(byCode(after, 'fail-on')).toEqual([]);
    expect(after.filter((d) => d.range.start.line === 3)).toEqual([]);
    // The denial keeps its label (an Information diagnostic), one line further down.
    expect(byCode(after, 'denial:rejects-claim').map((d) => d.range.start.line)).toEqual([4]);
  });

  it('reports a broken config file on the document and still labels it', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, 'factcheck.config.json'), JSON.stringify({ failOn: ['denials'] }));
    const diagnostics = await open(client, 'broken/bridge.txt', ARTICLE, 'plaintext');
    const [config] = byCode(diagnostics, 'config');
    expect(config).toMatchObject({ severity: DiagnosticSeverity.Warning, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 32 } } });
    expect(config!.message).toMatch(/^factcheck: .*broken\/factcheck\.config\.json: failOn\[0\]: "denials" is not a label .*\(the check policy is off until it is fixed\)$/);
    expect(byCode(diagnostics, 'fail-on')).toEqual([]);
    expect(byCode(diagnostics, 'denial:rejects-claim')).toHaveLength(1);
  });

  it('checks an unsaved document against the workspace folder\'s config', async () => {
    const uri = 'untitled:Untitled-1';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: ARTICLE } });
    const { diagnostics } = await client.diagnostics(uri, 1);
    expect(byCode(diagnostics, 'fail-on').map((d) => d.range.start.line)).toEqual([3]);
  });

  it('leaves other documents alone and clears diagnostics on close', async () => {
    const uri = uriOf('notes.json');
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version: 1, text: '{"a": "The contractor denied it."}' } });
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 12 } })).toBeNull();
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf('bridge.txt') } });
    expect(await client.diagnostics(uriOf('bridge.txt'))).toEqual({ uri: uriOf('bridge.txt'), diagnostics: [] });
  });

  it('exits 0 after shutdown and exit, having written nothing to stderr', async () => {
    expect(await client.stop()).toBe(0);
    expect(client.stderr()).toBe('');
  });
});

describe('factcheck lsp on the command line', () => {
  it('has help, and a bad option is a usage error', () => {
    const help = run(['lsp', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: factcheck lsp [options]');
    const bad = run(['lsp', '--tcp']);
    expect(bad.status).toBe(2);
    expect(lines(bad.stderr)[0]).toBe("factcheck: unknown option '--tcp'");
    const extra = run(['lsp', 'article.txt']);
    expect(extra.status).toBe(2);
    expect(lines(extra.stderr)[0]).toBe('factcheck: too many arguments. Expected 0 arguments but got 1.');
    expect(run(['--help']).stdout).toContain('  lsp [--stdio]');
  });

  it('is a bundle of its own: the CLI bundle carries no LSP code', () => {
    const cli = readFileSync(join(ROOT, 'dist', 'factcheck.mjs'), 'utf8');
    const server = readFileSync(join(ROOT, 'dist', 'factcheck-lsp.mjs'), 'utf8');
    // vscode-jsonrpc frames every message with this header.
    expect(server).toContain('Content-Length: ');
    expect(cli).not.toContain('Content-Length: ');
    expect(cli).toContain('factcheck-lsp.mjs');
  });

  it('ends when the editor closes its stdin without a shutdown, with status 1', async () => {
    const early = await startClient({ rootFolder: dir });
    const exited = new Promise<number | null>((resolve) => early.process.on('exit', resolve));
    early.process.stdin!.end();
    expect(await exited).toBe(1);
  });
});
