/**
 * `--input-format lines`: one statement a line, whatever the line looks like. Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { segmentLines, speakerLabelLength } from '../../src/segment/one-a-line.js';
import { annotate } from '../../src/index.js';

const TRANSCRIPT = [
  'Good evening and welcome to the harbour debate',
  '',
  'MODERATOR: Our first question is about the ferry.',
  'Councillor Ada Brook: The ferry fare rose by 40 percent last year.',
  '   We cut the waiting list in half   ',
  'and we will do it again.',
  'Q: Is that true?',
].join('\n');

describe('segmentLines', () => {
  const segments = segmentLines(TRANSCRIPT);

  it('makes one body statement of every non-blank line: no headline, no merging, no splitting', () => {
    expect(segments.map((s) => s.text)).toEqual([
      'Good evening and welcome to the harbour debate',
      'Our first question is about the ferry.',
      'The ferry fare rose by 40 percent last year.',
      'We cut the waiting list in half',
      'and we will do it again.',
      'Is that true?',
    ]);
    expect(segments.every((s) => s.role === 'body')).toBe(true);
    expect(segments.map((s) => s.paragraph)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps document offsets and every word of the line in the tokens', () => {
    for (const segment of segments) {
      expect(TRANSCRIPT.slice(segment.start, segment.end)).toBe(segment.text);
      expect(segment.tokens.length).toBeGreaterThan(0);
      expect(segment.tokens.every((t) => t.start >= segment.start && t.end <= segment.end)).toBe(true);
    }
    const two = segmentLines('The pier opened in 1902. It closed in 1990.');
    expect(two).toHaveLength(1);
    expect(two[0]!.tokens.map((t) => t.text)).toEqual(['The', 'pier', 'opened', 'in', '1902', 'It', 'closed', 'in', '1990']);
  });

  it('takes a `speaker: ` label off the statement and keeps it as the speaker', () => {
    expect(segments.map((s) => s.speaker)).toEqual([undefined, 'MODERATOR', 'Councillor Ada Brook', undefined, undefined, 'Q']);
  });

  it('knows a speaker label from a sentence with a colon', () => {
    expect(speakerLabelLength('CLINTON: We did.')).toBe('CLINTON: '.length);
    expect(speakerLabelLength('MR. HOLT: Thank you.')).toBe('MR. HOLT: '.length);
    expect(speakerLabelLength('The reason is simple: money.')).toBe(0);
    expect(speakerLabelLength('Five Very Long Words Here: no.')).toBe(0);
    expect(speakerLabelLength('NOTE:')).toBe(0);
  });

  it('gives nothing for a text of blank lines', () => {
    expect(segmentLines('\n  \n\r\n')).toEqual([]);
  });
});

describe("annotate with inputFormat 'lines'", () => {
  it('labels and scores one statement a line, with document offsets', () => {
    const report = annotate(TRANSCRIPT, { inputFormat: 'lines' });
    expect(report.statements.map((s) => s.text)).toEqual(segmentLines(TRANSCRIPT).map((s) => s.text));
    expect(report.statements.every((s) => s.role === 'body')).toBe(true);
    const fare = report.statements[2]!;
    expect(fare.checkworthiness === null || fare.checkworthiness! > 0).toBe(true);
  });

  it('reads an article as paragraphs and sentences without it', () => {
    const article = annotate('Harbor pier reopens\n\nThe pier reopened on Monday. It had been closed since 1990.');
    expect(article.statements.map((s) => s.role)).toEqual(['headline', 'body', 'body']);
    const lines = annotate('Harbor pier reopens\n\nThe pier reopened on Monday. It had been closed since 1990.', { inputFormat: 'lines' });
    expect(lines.statements.map((s) => s.role)).toEqual(['body', 'body']);
  });
});
