/**
 * Inline directives: an editor accepts a flagged statement in the article itself, as
 * `// eslint-disable-next-line` and `<!-- markdownlint-disable -->` do in code and Markdown.
 *
 *   <!-- factcheck-ignore-next -->                  the next statement breaks no policy
 *   <!-- factcheck-disable unverified -->           from here, no unverified statement does …
 *   <!-- factcheck-enable -->                       … until here (or the end of the document)
 *
 * In plain text the same words stand on a line of their own, without the comment:
 * `factcheck-ignore-next`. A directive is a whole line (spaces around it aside); the comment form
 * is read in any input (a .md, a .txt, a web page's comments, which extraction keeps as lines).
 * Labels after a directive (comma- or space-separated) narrow it to statements with those
 * labels; without labels `factcheck-disable` disables every label, as a bare `eslint-disable`
 * disables every rule, and `factcheck-enable` enables every label again.
 *
 * Directives are found when the input is read: their characters are replaced by spaces, so that
 * no directive becomes a statement (nor part of one) while every offset still indexes the input
 * as read. They suppress violations, not labels: a statement they cover is annotated as ever,
 * marked `suppressed`, and no policy counts it.
 */
import { nearestWord } from '../suggest.js';
import { LABELS, type Label, type Statement } from '../types.js';

export const DIRECTIVE_KINDS = ['ignore-next', 'disable', 'enable'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  kind: DirectiveKind;
  /** The labels it is narrowed to; [] for every label. */
  labels: Label[];
  /** The directive's span in the text (the whole directive, comment marks included). */
  start: number;
  end: number;
  /** 1-based line, for messages. */
  line: number;
}

/** A directive that is not understood: it is blanked like the others, but suppresses nothing. */
export interface DirectiveProblem {
  line: number;
  problem: string;
}

export interface ReadDirectives {
  /** The text with every directive's characters replaced by spaces: what to annotate. */
  text: string;
  directives: Directive[];
  problems: DirectiveProblem[];
}

const COMMENT = /^<!--\s*(factcheck-[\w-]*)([^]*?)-->$/;
const PLAIN = /^(factcheck-(?:ignore-next|disable|enable))(?![\w-])(.*)$/;

/** Finds the directives of `text` and blanks them out (see the file's comment). */
export function readDirectives(text: string): ReadDirectives {
  // Most articles have none: a cheap test spares them the line walk and a copy of the text.
  if (!text.includes('factcheck-')) return { text, directives: [], problems: [] };
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  const blanks: Array<[number, number]> = [];
  let line = 0;
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '' && match.index >= text.length) break;
    line++;
    const content = match[0].replace(/[\r\n]+$/, '');
    const trimmed = content.trim();
    if (!trimmed.includes('factcheck-')) continue;
    const found = COMMENT.exec(trimmed) ?? PLAIN.exec(trimmed);
    if (found === null) continue;
    const start = match.index + content.indexOf(trimmed);
    const end = start + trimmed.length;
    blanks.push([start, end]);
    const parsed = parseDirective(found[1]!, found[2]!);
    if ('problem' in parsed) problems.push({ line, problem: parsed.problem });
    else directives.push({ ...parsed, start, end, line });
  }
  if (blanks.length === 0) return { text, directives, problems };
  let blanked = '';
  let from = 0;
  for (const [start, end] of blanks) {
    blanked += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return { text: blanked + text.slice(from), directives, problems };
}

function parseDirective(name: string, rest: string): { kind: DirectiveKind; labels: Label[] } | { problem: string } {
  const kind = name.slice('factcheck-'.length);
  if (!(DIRECTIVE_KINDS as readonly string[]).includes(kind)) {
    const near = nearestWord(kind, DIRECTIVE_KINDS);
    return { problem: `${name} is not a directive (${near === undefined ? '' : `did you mean factcheck-${near}? `}directives: ${DIRECTIVE_KINDS.map((k) => `factcheck-${k}`).join(', ')}); it is ignored` };
  }
  const labels: Label[] = [];
  for (const word of rest.split(/[\s,]+/).filter((w) => w !== '')) {
    const label = word.toLowerCase();
    if (!(LABELS as readonly string[]).includes(label)) {
      const near = nearestWord(label, LABELS);
      return { problem: `${name}: "${word}" is not a label (${near === undefined ? '' : `did you mean ${near}? `}labels: ${LABELS.join(', ')}); the directive is ignored` };
    }
    if (!labels.includes(label as Label)) labels.push(label as Label);
  }
  return { kind: kind as DirectiveKind, labels };
}

/**
 * Which statements the directives cover, as a flag per statement (statements in text order):
 * `ignore-next` covers the first statement that starts after it; `disable` covers every
 * statement after it, up to an `enable` of the same labels.
 */
export function suppressedStatements(statements: ReadonlyArray<Pick<Statement, 'start' | 'label'>>, directives: readonly Directive[]): boolean[] {
  const ordered = [...directives].sort((a, b) => a.start - b.start);
  const disabled = new Set<Label>();
  let next = new Set<Label>();
  let d = 0;
  return statements.map((statement) => {
    for (; d < ordered.length && ordered[d]!.start < statement.start; d++) {
      const { kind, labels } = ordered[d]!;
      const named = labels.length === 0 ? LABELS : labels;
      if (kind === 'ignore-next') next = new Set([...next, ...named]);
      else if (kind === 'disable') for (const label of named) disabled.add(label);
      else for (const label of named) disabled.delete(label);
    }
    const covered = disabled.has(statement.label) || next.has(statement.label);
    next = new Set();
    return covered;
  });
}

/** Whether the directives accept the statement at `index` of `statements` (the LSP asks this per diagnostic). */
export function isSuppressed(index: number, statements: ReadonlyArray<Pick<Statement, 'start' | 'label'>>, directives: readonly Directive[]): boolean {
  return suppressedStatements(statements, directives)[index] === true;
}

/** Marks the statements the directives cover `suppressed: true`; the policy then skips them. */
export function applyDirectives(statements: Statement[], directives: readonly Directive[] | undefined): void {
  if (directives === undefined || directives.length === 0) return;
  suppressedStatements(statements, directives).forEach((covered, i) => {
    if (covered) statements[i]!.suppressed = true;
  });
}
