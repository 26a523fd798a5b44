/**
 * The English Golden Rules (the Pragmatic Segmenter's sentence-boundary suite, 48 of whose rules
 * are pySBD's benchmark), one test a rule, read from ../shared/data/segmentation when it sits
 * beside the clone. The suite is public; its sentences stay in ../shared, not in the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGoldenRules, scoreRules } from '../../src/evaluate/golden-rules.js';
import { segment } from '../../src/segment/index.js';
import { SHARED_DIR } from '../support/shared.js';

const RULES_FILE = `${SHARED_DIR}data/segmentation/golden-rules-en.json`;
const hasRules = existsSync(RULES_FILE);

describe.runIf(hasRules)('segment: the English Golden Rules (../shared/data/segmentation)', () => {
  const rules = hasRules ? parseGoldenRules(readFileSync(RULES_FILE, 'utf8'), RULES_FILE) : [];

  it.each(rules.map((rule) => [`${rule.id} ${rule.name}`, rule] as const))('%s', (_name, rule) => {
    const got = segment(rule.text).map((s) => s.text);
    // A PDF's soft wrap is joined: the statement keeps the newline, the rule writes a space.
    const same = (s: string): string => (rule.softWraps ? s.replace(/\s+/g, ' ') : s);
    expect(got.map(same)).toEqual(rule.expected.map(same));
  });

  it("passes all of pySBD's 48 and all 52", () => {
    const score = scoreRules(rules, (text) => segment(text).map((s) => s.text));
    expect(score.pysbd).toEqual({ passed: 48, total: 48 });
    expect(score.all).toEqual({ passed: 52, total: 52 });
  });
});

describe.runIf(!hasRules)('segment: the English Golden Rules', () => {
  it.skip(`${RULES_FILE} not found (../shared is not beside the clone): Golden Rules skipped`, () => {});
});
