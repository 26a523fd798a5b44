/**
 * The code action that accepts a statement: an ignore directive on the line above it, in the
 * syntax `factcheck` reads — `<!-- factcheck-ignore-next -->` in Markdown and HTML, a line
 * `factcheck-ignore-next` on its own in plain text. The directive is indented as the
 * statement's line is. A statement that starts in the middle of a line (the second sentence of
 * a paragraph, the text after `<p>`) is first moved to a line of its own, so that the
 * directive is right above it and not above the statement before it; Markdown's block markers
 * (`# `, `> `, `- `, `1. `) stay on the statement's line, the directive going above it.
 */
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentKind } from './analysis.js';

export function ignoreDirective(kind: DocumentKind): string {
  return kind === 'text' ? 'factcheck-ignore-next' : '<!-- factcheck-ignore-next -->';
}

/** The edit that puts the directive right above the statement that starts at `offset`. */
export function ignoreNextEdit(document: TextDocument, kind: DocumentKind, offset: number): TextEdit {
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lineStart = document.offsetAt({ line: document.positionAt(offset).line, character: 0 });
  const before = text.slice(lineStart, offset);
  const directive = ignoreDirective(kind);
  const startsLine = /^[ \t]*$/.test(before) || (kind === 'markdown' && /^[ \t]*(?:(?:[>#*+-]|\d{1,9}[.)])[ \t]*)+$/.test(before));
  if (startsLine) {
    const indent = /^[ \t]*/.exec(before)![0];
    const at = document.positionAt(lineStart);
    return { range: { start: at, end: at }, newText: `${indent}${directive}${eol}` };
  }
  // Mid-line: the space before the statement becomes a line break, the directive a line of its own.
  const kept = before.replace(/[ \t]+$/, '');
  const indent = /^[ \t]*/.exec(before)![0];
  const range = { start: document.positionAt(lineStart + kept.length), end: document.positionAt(offset) };
  return { range, newText: `${eol}${indent}${directive}${eol}${indent}` };
}
