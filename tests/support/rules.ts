import { annotate, type AnnotateOptions, type DocumentReport } from '../../src/index.js';

/**
 * annotate() with the hand-written rules deciding the labels. Tests of the rules, of attribution
 * and of check-worthiness signals use it: they pin down what the rules find, which the label
 * model weighs as features and quotes as explanations; tests/classify/model.test.ts covers the
 * model's own labels.
 */
export function annotateByRules(text: string, options: AnnotateOptions = {}): DocumentReport {
  return annotate(text, { ...options, labeller: 'rules' });
}
