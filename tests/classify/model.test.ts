/**
 * The label model's own labels (src/models/labels.json) on the failure kinds that hand rules
 * fitted to dev sentences missed on unseen articles (issue 21). Every sentence is written for
 * these tests. A row with `fails` documents a kind the model still gets wrong, saying what it
 * does today; it runs as `it.fails`, so the day the model learns it the row must be promoted.
 */
import { describe, expect, it } from 'vitest';
import { annotate, LABELS } from '../../src/index.js';
import { table } from '../support/label-table.js';

table(
  'model: a hedge under reported speech',
  [
    { text: "The mayor could face a recall vote, the council's lawyer said.", label: 'unverified', rule: 'unverified:hedge' },
    { text: 'The ferry may stop running in winter, the operator told reporters.', label: 'unverified' },
    { text: 'The plant might close by June, a union official said on Tuesday.', label: 'unverified' },
  ],
  'model',
);

table(
  "model: explanations and generic descriptions in the article's own voice",
  [
    { text: 'Ozone is a gas that forms when sunlight reacts with exhaust.', label: 'background' },
    { text: 'Most lithium comes from brine pools in Chile.', label: 'background' },
  ],
  'model',
);

table(
  'model: site furniture',
  [
    { text: 'Published', before: 'The pier closed early on Tuesday.\n\n', label: 'background', role: 'heading' },
    { text: 'Archived', before: 'The pier closed early on Tuesday.\n\n', label: 'background', role: 'heading' },
    { text: "Here's a look at what's coming this week:", label: 'background' },
  ],
  'model',
);

table(
  'model: a rebuttal from the accused side, with no denial word',
  [
    {
      text: '"The lawsuit is a publicity stunt," his lawyer said.',
      before: 'A former partner accused the actor of fraud. ',
      label: 'denial',
      fails: 'assertion: the model has not learned that a verdict on the accusation rejects it',
    },
    {
      text: '"None of it happened."',
      before: 'A former partner accused the actor of fraud. "The lawsuit is baseless," his lawyer said. ',
      label: 'denial',
    },
  ],
  'model',
);

table(
  'model: a rebuttal with no denial verb, read by the stance features (negation scope, words that call a claim false)',
  [
    {
      text: 'The report was soon rubbished by astronomers.',
      headline: 'Comet',
      before: 'A teenager said a comet would hit Earth in May. ',
      label: 'denial',
    },
    { text: 'The senator said there was no discussion of the budget.', headline: 'Talks', label: 'denial' },
    {
      text: '"The lawsuit is a publicity stunt," his lawyer said.',
      headline: 'Lawsuit',
      before: 'A former partner accused the actor of fraud. ',
      label: 'denial',
      // Denial at 0.45 with the model of 2,115 articles; assertion again with 2,473.
      fails: 'assertion: the model has not learned that a verdict on the accusation rejects it',
    },
  ],
  'model',
);

table(
  'model: background by its shape',
  [
    { text: 'In 2009, Reyes, a former bus driver, ran for the council and lost.', headline: 'Mayor re-elected', before: 'The mayor won a second term on Tuesday, 2024. ', label: 'background' },
    { text: 'Ferries usually carry about 300 passengers on the route.', headline: 'Ferry', before: 'The ferry sank on Monday. ', label: 'background' },
    { text: 'Call us at (555) 010-0100 or visit www.example.org.', headline: 'Pier closes early', before: 'The pier closed early on Tuesday. ', label: 'background' },
  ],
  'model',
);

table(
  'model: what the rules get right, it keeps',
  [
    { text: 'The ministry denied the report.', label: 'denial', rule: 'denial:rejects-claim' },
    { text: 'The hackers reportedly took control of an account.', label: 'unverified', rule: 'unverified:distancing' },
    { text: 'The company did not respond to requests for comment.', label: 'unverified', rule: 'unverified:no-answer' },
    { text: 'The council approved the budget on Monday, the mayor said.', label: 'assertion', rule: 'assertion:attributed' },
  ],
  'model',
);

describe('model: probabilities and explanations', () => {
  const text = "Recall vote\n\nThe mayor could face a recall vote, the council's lawyer said.";
  const statement = annotate(text).statements[1]!;

  it('gives a probability for each label, summing to one, and the confidence of the label', () => {
    const probabilities = statement.probabilities!;
    expect(Object.keys(probabilities)).toEqual([...LABELS]);
    expect(Object.values(probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(statement.confidence).toBe(probabilities[statement.label]);
    expect(Math.max(...Object.values(probabilities))).toBe(probabilities[statement.label]);
  });

  it('names the features that decided, with the words they come from', () => {
    const features = statement.features!;
    expect(features.length).toBeGreaterThan(0);
    expect(features.length).toBeLessThanOrEqual(3);
    for (const feature of features) {
      expect(feature.weight).toBeGreaterThan(0);
      if (feature.text !== undefined) expect(text).toContain(feature.text);
    }
    expect(features.map((f) => f.weight)).toEqual([...features.map((f) => f.weight)].sort((a, b) => b - a));
  });

  it('explains an overruled rule by the features, and its cues lie in the statement', () => {
    const report = annotate('Air quality\n\nOzone is a gas that forms when sunlight reacts with exhaust.');
    const description = report.statements[1]!;
    expect(description.rule).toBe('background:model');
    expect(description.reason).toMatch(/^the model overrules assertion:own-voice \(.+\): .+ \+\d\.\d\d/);
  });

  it('leaves the rules alone with labeller "rules": no probabilities, the rule decides', () => {
    const rules = annotate(text, { labeller: 'rules' }).statements[1]!;
    expect(rules.probabilities).toBeUndefined();
    expect(rules.features).toBeUndefined();
    expect(rules.rule).toBe('unverified:hedge');
  });

  it('gives byte-identical reports for the same input', () => {
    expect(JSON.stringify(annotate(text))).toBe(JSON.stringify(annotate(text)));
  });
});
