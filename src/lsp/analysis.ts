/**
 * What the language server knows of one open document: its statements, labelled as
 * `factcheck` labels them, the violations of the project's check policy, and where each
 * statement stands in the editor's text. Pure apart from reading the config file.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, displayPath, findConfig, loadConfig } from '../check/config.js';
import { applyDirectives, readDirectives } from '../check/directives.js';
import { checkWithSettings } from '../check/outcome.js';
import { hasPolicy, type PolicyOptions } from '../check/policy.js';
import type { PolicySeverities } from '../check/severity.js';
import { compileLexicon, type Lexicon } from '../classify/index.js';
import { annotate } from '../index.js';
import { extractHtml } from '../read/html.js';
import type { DocumentReport } from '../types.js';
import { htmlStatementSpans, type SourceSpan } from './html-offsets.js';

/** How a document is read: as an article in plain text, in Markdown (read as text, as the CLI does) or as a web page. */
export type DocumentKind = 'text' | 'markdown' | 'html';

/**
 * The kind of a document, by its language id (what the editor says it is), else by its
 * file extension, as `factcheck` picks the articles of a directory (.txt, .md, .html, .htm).
 * Undefined for anything else: the server leaves such documents alone.
 */
export function documentKind(uri: string, languageId: string): DocumentKind | undefined {
  if (languageId === 'plaintext' || languageId === 'text') return 'text';
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'html') return 'html';
  const extension = /\.([A-Za-z0-9]+)$/.exec(uri.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  switch (extension) {
    case 'txt':
      return 'text';
    case 'md':
    case 'markdown':
      return 'markdown';
    case 'html':
    case 'htm':
      return 'html';
    default:
      return undefined;
  }
}

/** The settings of the config file that applies to a document. */
export interface Settings {
  policy: PolicyOptions;
  /** Each policy's severity (the config's `severity`): an error unless set to warn. */
  severities: PolicySeverities;
  lexicon: Lexicon;
  furniture: readonly string[];
  /** The config file they came from, if any. */
  configPath?: string;
}

export interface AnalyzedDocument {
  kind: DocumentKind;
  /** The document as `factcheck check` reports it: statements, and violations when the config has a policy. */
  report: DocumentReport;
  /** Where each statement (by position in report.statements) stands in the editor's text; undefined when not found. */
  spans: Array<SourceSpan | undefined>;
}

export function analyze(text: string, kind: DocumentKind, path: string, settings: Settings): AnalyzedDocument {
  // Inline directives (factcheck-ignore-next, factcheck-disable …) are read as the CLI reads
  // them: blanked out of the text (its length and offsets unchanged), the statements they cover
  // accepted, so a quick fix's directive clears its diagnostic.
  const { text: article, directives } = readDirectives(kind === 'html' ? extractHtml(text) : text);
  const report = annotate(article, { path, lexicon: settings.lexicon, furniture: settings.furniture });
  if (kind === 'html') report.extractedFrom = 'html';
  applyDirectives(report.statements, directives);
  // The check `factcheck check` runs (src/check/outcome.ts): the policy, then each violation's severity.
  if (hasPolicy(settings.policy)) checkWithSettings(report, { policy: settings.policy, severities: settings.severities });
  const spans = kind === 'html' ? htmlStatementSpans(text, report.statements) : report.statements.map(({ start, end }) => ({ start, end }));
  return { kind, report, spans };
}

/**
 * The settings for a document: the config file `factcheck` would find from the document's
 * folder (factcheck.config.json, or "factcheck" in package.json, nearest first), else from
 * `fallbackFolder` (the workspace) for a document that is not a file. Compiled lexicons are
 * kept per config file and re-read when the file's text changes.
 */
export class SettingsCache {
  private readonly byFile = new Map<string, { key: string; settings: Settings }>();
  /** No config file: no policy, the built-in lexicon. */
  readonly defaults: Settings = { policy: {}, severities: {}, lexicon: compileLexicon(undefined), furniture: [] };

  constructor(private readonly fallbackFolder: string) {}

  /** The settings, or a ConfigError for a config file that cannot be used (the caller says so and goes on without it). */
  settingsFor(uri: string): Settings | ConfigError {
    const file = findConfig(folderOf(uri) ?? this.fallbackFolder);
    if (file === undefined) return this.defaults;
    try {
      const config = loadConfig(file, displayPath(file, this.fallbackFolder));
      const key = JSON.stringify([config.policy, config.severities, config.lexicon, config.furniture]);
      const cached = this.byFile.get(file);
      if (cached !== undefined && cached.key === key) return cached.settings;
      const settings: Settings = { policy: config.policy, severities: config.severities, lexicon: compileLexicon(config.lexicon), furniture: config.furniture, configPath: file };
      this.byFile.set(file, { key, settings });
      return settings;
    } catch (error) {
      if (error instanceof ConfigError) return error;
      throw error;
    }
  }
}

function folderOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** The path reports and messages show for a document: its file path, else the URI. */
export function documentPath(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}
