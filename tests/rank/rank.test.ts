import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countScored, findSignals, rankStatements, scoreSignals, scoreStatement, SIGNALS, signalWeight, topClaims, type Signal } from '../../src/rank/index.js';
import weights from '../../src/rank/weights.json' with { type: 'json' };
import type { DocumentReport, Label, Statement } from '../../src/types.js';
import { annotateByRules } from '../support/rules.js';
import { analyzeDocument } from '../../src/analyze.js';
import { compileLexicon } from '../../src/classify/index.js';
import { labelStatements } from '../../src/index.js';

const lexicon = compileLexicon();

/**
 * The statement that contains `sentence`, in a small article written around it, labelled by the
 * rules and scored by the hand-set weights (the reference line of `npm run eval:checkworthiness`;
 * annotate() scores with the learned model, tests/rank/model.test.ts).
 */
function annotated(sentence: string, before = ''): Statement {
  const text = `Council votes on budget\n\n${before}${before === '' ? '' : ' '}${sentence}`;
  const analysis = analyzeDocument(text, lexicon);
  const { statements } = labelStatements(analysis, lexicon, 'rules');
  const ranked = rankStatements(statements, analysis.statements.map((s) => s.segment.tokens));
  const at = text.indexOf(sentence);
  return ranked.find((s) => s.start <= at && at < s.end)!;
}

function signalsOf(sentence: string, before = ''): Signal[] {
  return (annotated(sentence, before).checkSignals ?? []) as Signal[];
}

/** A statement built by hand, without tokens: the scorer falls back to the text's words. */
function bare(text: string, label: Label = 'assertion', extra: Partial<Statement> = {}): Statement {
  return { index: 0, start: 0, end: text.length, text, role: 'body', label, confidence: 0.9, rule: `${label}:own-voice`, reason: '', cues: [], source: null, ...extra };
}

describe('weights.json', () => {
  it('has a weight and a reason for every signal, and nothing else', () => {
    expect(Object.keys(weights.signals).sort()).toEqual([...SIGNALS].sort());
    for (const signal of SIGNALS) {
      const { weight, why } = signalWeight(signal);
      expect(typeof weight, signal).toBe('number');
      expect(Number.isFinite(weight), signal).toBe(true);
      expect(why.length, signal).toBeGreaterThan(20);
    }
    expect(typeof weights.bias.weight).toBe('number');
    expect(weights.bias.why.length).toBeGreaterThan(20);
  });

  it('raises the score for checkable claims and lowers it for opinions, questions and predictions', () => {
    for (const signal of ['number', 'amount', 'percent', 'date', 'comparison', 'named-actor', 'causal', 'unverified', 'distancing'] as const) {
      expect(signalWeight(signal).weight, signal).toBeGreaterThan(0);
    }
    for (const signal of ['opinion', 'question', 'prediction', 'no-answer', 'short'] as const) {
      expect(signalWeight(signal).weight, signal).toBeLessThan(0);
    }
  });
});

describe('signals, on sentences written for the tests', () => {
  const rows: Array<[string, Signal, string?]> = [
    ['The council approved 14 new bus routes for the city.', 'number'],
    ['The council spent $2 million on the new bus routes.', 'amount'],
    ['The council gave free bus passes to 3,000 voters in the district.', 'amount'],
    ['The council raised bus fares by 12% across the district.', 'percent'],
    ['The council approved the new bus routes on Friday.', 'date'],
    ['The council approved the new bus routes in 2023.', 'date'],
    ['Bus fares in the district are higher than in the capital.', 'comparison'],
    ['The new bus depot is the largest in the region.', 'comparison'],
    ['The mayor of Springfield approved the new bus routes.', 'named-actor'],
    ['The delays were caused by a shortage of drivers at the depot.', 'causal'],
    ['Fares went up because the depot lost its subsidy.', 'causal'],
    ['Council member Ann Reyes said the bus routes would open soon.', 'attributed'],
    ['Council member Ann Reyes accused the mayor of hiding the costs.', 'accusing'],
    ['The mayor illegally diverted money from the bus fund.', 'wrongdoing'],
    ['The depot may have overcharged the council for the new buses.', 'unverified'],
    ['The depot reportedly overcharged the council for the new buses.', 'distancing'],
    ['Council member Ann Reyes claimed that the depot overcharged the council.', 'distancing'],
    ['The council did not present evidence that the depot overcharged it.', 'missing-evidence'],
    ['I think the new bus routes are a great idea for the town.', 'opinion'],
    ['The council should reject the new bus routes next month.', 'opinion'],
    ['Will the council approve the new bus routes this year?', 'question'],
    ['The new bus routes will open to passengers in the spring.', 'prediction'],
    ['The depot did not respond to requests for comment on the buses.', 'no-answer'],
  ];
  for (const [sentence, signal] of rows) {
    it(`${signal}: ${sentence}`, () => {
      expect(signalsOf(sentence)).toContain(signal);
    });
  }

  it('headline: a headline that states a claim', () => {
    const text = 'Council doubles bus fares for students\n\nThe council met on Monday.';
    const analysis = analyzeDocument(text, lexicon);
    const { statements } = labelStatements(analysis, lexicon, 'rules');
    expect(findSignals(statements[0]!, analysis.statements[0]!.segment.tokens)).toContain('headline');
  });

  it('does not take a year, a date or an ordinal for a number', () => {
    expect(signalsOf('The council approved the routes on March 3, 2023.')).not.toContain('number');
    expect(signalsOf('The council approved the routes in its first session.')).not.toContain('number');
  });

  it('does not count the speaker as the named actor of the claim', () => {
    expect(signalsOf('Council member Ann Reyes said the routes were approved.')).not.toContain('named-actor');
    expect(signalsOf('Council member Ann Reyes said the routes were approved by Springfield Transit.')).toContain('named-actor');
  });

  it('fires nothing for a plain description in the article’s own voice', () => {
    expect(signalsOf('The depot is a long building with a green roof near the river.')).toEqual([]);
  });

  it('works on the words of the text when there are no tokens (a report built by hand)', () => {
    expect(findSignals(bare('Fares rose 12% to $4 because the subsidy ended.'))).toEqual(expect.arrayContaining(['number', 'amount', 'percent', 'causal']));
    expect(findSignals(bare('Will the depot open?', 'unverified', { rule: 'unverified:question' }))).toEqual(['unverified', 'question', 'prediction', 'short']);
  });
});

describe('scores', () => {
  it('are 0..1 with three decimals, the logistic of the bias plus the weights', () => {
    expect(scoreSignals([])).toBe(Math.round(1000 / (1 + Math.exp(-weights.bias.weight))) / 1000);
    const all = scoreSignals(SIGNALS.filter((s) => signalWeight(s).weight > 0));
    expect(all).toBeGreaterThan(0.95);
    expect(all).toBeLessThanOrEqual(1);
    const none = scoreSignals(SIGNALS.filter((s) => signalWeight(s).weight < 0));
    expect(none).toBeGreaterThanOrEqual(0);
    expect(none).toBeLessThan(0.05);
  });

  it('are null for denials and background, numbers for assertions and unverified statements', () => {
    expect(scoreStatement(bare('The council denied the report.', 'denial'))).toBeNull();
    expect(scoreStatement(bare('In 2019 the depot opened.', 'background'))).toBeNull();
    expect(scoreStatement(bare('Fares rose 12% in May.', 'assertion'))?.score).toBeGreaterThan(0);
    expect(scoreStatement(bare('Fares may rise 12% in May.', 'unverified'))?.score).toBeGreaterThan(0);
  });

  it('rank a concrete, unconfirmed claim above an opinion and a prediction', () => {
    const claim = annotated('The depot reportedly overcharged the council by $2 million in 2023.').checkworthiness!;
    const opinion = annotated('I think the new routes are a great idea.').checkworthiness!;
    const prediction = annotated('The new routes will open in the spring.').checkworthiness!;
    expect(claim).toBeGreaterThan(0.8);
    expect(claim).toBeGreaterThan(opinion);
    expect(claim).toBeGreaterThan(prediction);
  });

  it('are set by annotate on every statement: a number with signals, or null with none', () => {
    const seed = readFileSync(fileURLToPath(new URL('../../seeds/000_fb5342f5c55fbbe0.txt', import.meta.url)), 'utf8');
    for (const statement of annotateByRules(seed).statements) {
      if (statement.label === 'assertion' || statement.label === 'unverified') {
        expect(statement.checkworthiness).toBeGreaterThanOrEqual(0);
        expect(statement.checkworthiness).toBeLessThanOrEqual(1);
        expect(Array.isArray(statement.checkSignals)).toBe(true);
      } else {
        expect(statement.checkworthiness).toBeNull();
        expect(statement.checkSignals).toEqual([]);
      }
    }
  });

  it('rankStatements leaves the statements it is given unchanged', () => {
    const statements = [bare('Fares rose 12% in May.'), bare('The council denied it.', 'denial')];
    const copy = structuredClone(statements);
    const ranked = rankStatements(statements);
    expect(statements).toEqual(copy);
    expect(ranked.map((s) => s.checkworthiness)).toEqual([expect.any(Number), null]);
  });
});

describe('topClaims', () => {
  const document = (path: string, scores: Array<number | null>): DocumentReport => {
    const statements = scores.map((score, index) => ({ ...bare(`Statement ${index}.`), index, checkworthiness: score, checkSignals: [] }));
    return { path, chars: 0, statements, counts: { assertion: statements.length, denial: 0, unverified: 0, background: 0 } };
  };

  it('lists the n highest scores, ties in document and text order, unscored statements left out', () => {
    const a = document('a.txt', [0.5, null, 0.9, 0.5]);
    const b = document('b.txt', [0.9, 0.2]);
    const top = topClaims([a, b], 4);
    expect(top.map((c) => [c.document.path, c.statement.index, c.score])).toEqual([
      ['a.txt', 2, 0.9],
      ['b.txt', 0, 0.9],
      ['a.txt', 0, 0.5],
      ['a.txt', 3, 0.5],
    ]);
    expect(topClaims([a, b], 100)).toHaveLength(5);
    expect(topClaims([a, b], 0)).toEqual([]);
    expect(countScored([a, b])).toBe(5);
  });

  it('ignores statements of reports made without scores', () => {
    const old = document('old.txt', [0.5]);
    delete old.statements[0]!.checkworthiness;
    expect(topClaims([old], 3)).toEqual([]);
    expect(countScored([old])).toBe(0);
  });
});
