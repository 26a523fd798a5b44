import { annotate, type AnnotateOptions, type DocumentReport } from '../../src/index.js';

/**
 * annotate() with the hand-written rules deciding the labels and the patterns alone the
 * attributions. Tests of the rules, of attribution and of check-worthiness signals use it: they
 * pin down what the rules and patterns find, which the label model weighs as features and quotes
 * as explanations; tests/classify/model.test.ts covers the label model's own labels and
 * tests/attribute/judge.test.ts the attribution model's decisions.
 */
export function annotateByRules(text: string, options: AnnotateOptions = {}): DocumentReport {
  return annotate(text, { attribution: 'patterns', ...options, labeller: 'rules' });
}
