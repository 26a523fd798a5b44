/**
 * A real LSP client for the tests: the built `factcheck lsp` as a child process, spoken to
 * over its stdin and stdout with vscode-languageserver-protocol (the client side of the
 * library editors use). Diagnostics are waited for as notifications arrive, never by sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { BIN, baseEnv, ROOT } from '../cli/run.js';

export interface LspClient {
  connection: ProtocolConnection;
  process: ChildProcess;
  initialized: InitializeResult;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** The first publishDiagnostics for `uri` (at `version`, when given) not yet taken, waiting for it if it has not come. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** shutdown, exit, and the process's exit code. */
  stop(): Promise<number | null>;
}

export async function startClient(options: { rootFolder: string; args?: string[] }): Promise<LspClient> {
  const child = spawn(process.execPath, [BIN, 'lsp', ...(options.args ?? ['--stdio'])], { cwd: ROOT, env: baseEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const received: PublishDiagnosticsParams[] = [];
  const waiting: Array<{ matches: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const waiter = waiting.findIndex((w) => w.matches(params));
    if (waiter >= 0) waiting.splice(waiter, 1)[0]!.resolve(params);
    else received.push(params);
  });
  connection.listen();
  const rootUri = pathToFileURL(options.rootFolder).href;
  const initialized = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'articles' }],
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    process: child,
    initialized,
    stderr: () => stderr,
    diagnostics(uri, version) {
      const matches = (p: PublishDiagnosticsParams): boolean => p.uri === uri && (version === undefined || p.version === version);
      const at = received.findIndex(matches);
      if (at >= 0) return Promise.resolve(received.splice(at, 1)[0]!);
      return new Promise((resolve) => waiting.push({ matches, resolve }));
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
