import { describe, expect, it } from 'vitest';
import { baselineStatements } from '../../src/evaluate/baseline.js';

describe('baseline (compromise sentences + a flat keyword list)', () => {
  it.each([
    ['The ministry denied the report.', 'denial'],
    ['The plant may close next year.', 'unverified'],
    ['The hackers reportedly stole files.', 'unverified'],
    ['The mayor previously ran a bakery.', 'background'],
    ['The council approved the budget.', 'assertion'],
    // no scope: a denied visa is a "denial" to a keyword list, which is what factcheck fixes
    ['The team was denied visas.', 'denial'],
  ])('%s -> %s', (sentence, label) => {
    expect(baselineStatements(sentence).map((s) => s.label)).toEqual([label]);
  });

  it("keeps compromise's own sentence splits and offsets, defects included", () => {
    const text = 'He lives in the U.S. The next day he left.';
    expect(baselineStatements(text)).toHaveLength(1);
    const quoted = 'Rain fell. "We are ready," she said.';
    const [, second] = baselineStatements(quoted);
    expect(second!.start).toBe(quoted.indexOf('"') + 1);
  });
});
