/**
 * The entry of the language server's bundle (dist/factcheck-lsp.mjs, see scripts/bundle.mjs):
 * what `factcheck lsp` imports, so that the CLI's own bundle carries none of the LSP library.
 */
export { startLanguageServer } from './server.js';
