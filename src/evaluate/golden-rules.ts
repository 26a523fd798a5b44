/**
 * The English Golden Rules (shared/data/segmentation/golden-rules-en.json: the Pragmatic
 * Segmenter's sentence-boundary suite, 48 of whose rules are pySBD's benchmark), scored as
 * pySBD scores them: a rule passes when the trimmed segment texts equal its expected sentences,
 * in order. The two rules whose newlines are a PDF's soft wraps compare with every run of
 * whitespace as one space, since joining the wrap is what they ask for.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GoldError } from './gold.js';

export interface GoldenRule {
  id: string;
  name: string;
  text: string;
  expected: string[];
  inPysbdBenchmark: boolean;
  softWraps: boolean;
}

export interface RuleResult {
  rule: GoldenRule;
  passed: boolean;
  got: string[];
}

export interface RulesScore {
  /** Passed of pySBD's 48. */
  pysbd: { passed: number; total: number };
  /** Passed of all the rules. */
  all: { passed: number; total: number };
  results: RuleResult[];
}

/** Beside the checkout, like the dev gold (see gold.ts). */
export function defaultRulesFile(): string {
  return fileURLToPath(new URL('../../../shared/data/segmentation/golden-rules-en.json', import.meta.url));
}

export async function loadGoldenRules(path: string): Promise<GoldenRule[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new GoldError(`cannot read the Golden Rules ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseGoldenRules(raw, path);
}

export function parseGoldenRules(raw: string, path: string): GoldenRule[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new GoldError(`${path}: not valid JSON`);
  }
  if (!Array.isArray(value)) throw new GoldError(`${path}: not a list of rules`);
  return value.map((entry: unknown, i) => {
    const rule = entry as Record<string, unknown>;
    const expected = rule.expected;
    if (typeof rule.id !== 'string' || typeof rule.text !== 'string' || !Array.isArray(expected) || !expected.every((e) => typeof e === 'string')) {
      throw new GoldError(`${path}: rule ${i + 1} needs a string id, a string text and a list of expected strings`);
    }
    return {
      id: rule.id,
      name: typeof rule.name === 'string' ? rule.name : rule.id,
      text: rule.text,
      expected: expected as string[],
      inPysbdBenchmark: rule.in_pysbd_benchmark === true,
      softWraps: rule.newlines_are_soft_wraps === true,
    };
  });
}

/** Scores a segmenter (text -> the texts of its sentences) on the rules. */
export function scoreRules(rules: readonly GoldenRule[], split: (text: string) => string[]): RulesScore {
  const results = rules.map((rule) => {
    const got = split(rule.text).map((s) => s.trim());
    const same = (s: string): string => (rule.softWraps ? s.replace(/\s+/g, ' ') : s);
    const passed = got.length === rule.expected.length && got.every((s, i) => same(s) === same(rule.expected[i]!));
    return { rule, passed, got };
  });
  const count = (list: readonly RuleResult[]): { passed: number; total: number } => ({ passed: list.filter((r) => r.passed).length, total: list.length });
  return { pysbd: count(results.filter((r) => r.rule.inPysbdBenchmark)), all: count(results), results };
}
