/**
 * Table-driven tests for where statements end: the sentence repairs behind the Golden Rules,
 * written again in sentences of our own (so they hold without ../shared), and the cases where
 * a line of the input decides a boundary. Every sentence here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { joinWrappedLines, segment } from '../../src/segment/index.js';
import { splitLines } from '../../src/segment/lines.js';
import type { Role } from '../../src/types.js';

function texts(input: string): string[] {
  const segments = segment(input);
  for (const s of segments) expect(input.slice(s.start, s.end)).toBe(s.text);
  return segments.map((s) => s.text);
}

function rolesAndTexts(input: string): Array<[Role, string]> {
  return segment(input).map((s) => [s.role, s.text]);
}

describe('segment: sentence ends inside a line', () => {
  const rows: Array<{ name: string; text: string; expected: string[] }> = [
    { name: 'a multi-period abbreviation before a question word ends a sentence', text: 'We flew to the E.U. What did you see there?', expected: ['We flew to the E.U.', 'What did you see there?'] },
    { name: 'a multi-period abbreviation before a name does not', text: 'Talks with the U.S. Trade Representative resumed on Monday.', expected: ['Talks with the U.S. Trade Representative resumed on Monday.'] },
    { name: 'a time that closes a clause, before a title', text: 'The shop closed at 7 P.M. Dr. Lee then locked the gate.', expected: ['The shop closed at 7 P.M.', 'Dr. Lee then locked the gate.'] },
    { name: 'a time that opens a sentence, before a title', text: 'At 7 a.m. Dr. Lee opened the gate.', expected: ['At 7 a.m. Dr. Lee opened the gate.'] },
    { name: 'a name with an exclamation mark inside a sentence', text: 'She sells shoes at Zappit! in the old mall.', expected: ['She sells shoes at Zappit! in the old mall.'] },
    { name: '"No." before its number', text: 'The key is in locker No. 12. Nobody has opened it.', expected: ['The key is in locker No. 12.', 'Nobody has opened it.'] },
    { name: 'the pronoun I ends a sentence, an initial does not', text: 'The prize went to my sister and I. Did Mary K. Lane win anything?', expected: ['The prize went to my sister and I.', 'Did Mary K. Lane win anything?'] },
    { name: 'a full stop with no space after it', text: 'The gate was shut.Nobody came.The guard left at noon.', expected: ['The gate was shut.', 'Nobody came.', 'The guard left at noon.'] },
    { name: 'no cut inside a web address', text: 'Details are at www.example.Org/Notes for now.', expected: ['Details are at www.example.Org/Notes for now.'] },
    { name: 'a spaced ellipsis inside a sentence', text: 'The plan was . . . let us say . . . Not finished yet.', expected: ['The plan was . . . let us say . . . Not finished yet.'] },
    { name: 'a four-dot ellipsis ends the sentence and opens the next', text: 'The draft ended there. . . . The rest was lost.', expected: ['The draft ended there.', '. . . The rest was lost.'] },
    { name: 'a numbered list written on one line', text: '1) Buy milk 2) Call the bank 3) Water the plants', expected: ['1) Buy milk', '2) Call the bank', '3) Water the plants'] },
    { name: 'a lettered list written on one line', text: 'a. Pack the tent b. Check the tyres', expected: ['a. Pack the tent', 'b. Check the tyres'] },
    { name: 'a bulleted list written on one line', text: '• 4. Lock the door • 5. Leave the key', expected: ['• 4. Lock the door', '• 5. Leave the key'] },
    { name: 'a number out of order is no list item', text: '1. Prices rose 3. percent in May', expected: ['1. Prices rose 3. percent in May'] },
  ];
  for (const row of rows) it(row.name, () => expect(texts(row.text)).toEqual(row.expected));
});

describe('segment: lines', () => {
  const rows: Array<{ name: string; text: string; expected: Array<[Role, string]> }> = [
    {
      name: 'a caption line and the credit line under it are two statements',
      text: 'Harbour strike spreads\n\nCranes stand idle at the container terminal on Friday.\nImage: Jane Roe/Harbour Press.\n\nThe union said talks would resume.',
      expected: [
        ['headline', 'Harbour strike spreads'],
        ['caption', 'Cranes stand idle at the container terminal on Friday.'],
        ['credit', 'Image: Jane Roe/Harbour Press.'],
        ['body', 'The union said talks would resume.'],
      ],
    },
    {
      name: 'short lines with no final punctuation between paragraphs stand alone',
      text: 'Harbour strike spreads\n\nThe strike began on Monday and spread to three more ports by the end of the week.\nLabour\nShipping\nPublished\nThe union has not said when talks will resume, and the port authority declined to comment.\nArchived',
      expected: [
        ['headline', 'Harbour strike spreads'],
        ['body', 'The strike began on Monday and spread to three more ports by the end of the week.'],
        ['heading', 'Labour'],
        ['heading', 'Shipping'],
        ['heading', 'Published'],
        ['body', 'The union has not said when talks will resume, and the port authority declined to comment.'],
        ['heading', 'Archived'],
      ],
    },
    {
      name: 'a parenthesised credit ends at its line',
      text: 'Harbour strike spreads\n\nThe port authority said the terminals would stay shut until the end of the month at least.\n(Reporting by Jane Roe; Editing by John Doe)\nThe union meets again next week to vote on the latest offer from the shipping companies.',
      expected: [
        ['headline', 'Harbour strike spreads'],
        ['body', 'The port authority said the terminals would stay shut until the end of the month at least.'],
        ['furniture', '(Reporting by Jane Roe; Editing by John Doe)'],
        ['body', 'The union meets again next week to vote on the latest offer from the shipping companies.'],
      ],
    },
    {
      name: '"CITY (AP) —" is a dateline before its sentence, as "CITY —" is',
      text: 'Harbour strike spreads\n\nPORTSMOUTH (AP) — The union said talks would resume. Both sides agreed.',
      expected: [
        ['headline', 'Harbour strike spreads'],
        ['dateline', 'PORTSMOUTH (AP) —'],
        ['body', 'The union said talks would resume.'],
        ['body', 'Both sides agreed.'],
      ],
    },
    {
      name: '"CITY (AP) —" on a line of its own',
      text: 'Harbour strike spreads\n\nPORTSMOUTH (AP) —\nThe union said talks would resume.',
      expected: [
        ['headline', 'Harbour strike spreads'],
        ['dateline', 'PORTSMOUTH (AP) —'],
        ['body', 'The union said talks would resume.'],
      ],
    },
    {
      name: 'a Title Case headline with "U.S." inside stays whole',
      text: 'Farmers Wait as U.S. Tariff Looms.\n\nGrain prices fell on Monday.',
      expected: [
        ['headline', 'Farmers Wait as U.S. Tariff Looms.'],
        ['body', 'Grain prices fell on Monday.'],
      ],
    },
    {
      name: 'a correction note of three sentences is three statements',
      text: 'Harbour strike spreads\n\nCorrection: An earlier version of this story gave the wrong date for the vote. The vote was on Tuesday. We regret the error.',
      expected: [
        ['headline', 'Harbour strike spreads'],
        ['furniture', 'Correction: An earlier version of this story gave the wrong date for the vote.'],
        ['furniture', 'The vote was on Tuesday.'],
        ['furniture', 'We regret the error.'],
      ],
    },
    { name: 'a sentence given alone is body, not a headline', text: 'The union said talks would resume.', expected: [['body', 'The union said talks would resume.']] },
    {
      name: 'a short first line followed by a blank line is the headline',
      text: 'The union said talks would resume.\n\nBoth sides agreed to meet on Friday.',
      expected: [
        ['headline', 'The union said talks would resume.'],
        ['body', 'Both sides agreed to meet on Friday.'],
      ],
    },
    {
      name: 'a soft wrap in the middle of a sentence is joined',
      text: 'Harbour strike spreads\n\nThe cranes stood\nidle all week.',
      expected: [
        ['headline', 'Harbour strike spreads'],
        ['body', 'The cranes stood\nidle all week.'],
      ],
    },
  ];
  for (const row of rows) it(row.name, () => expect(rolesAndTexts(row.text)).toEqual(row.expected));

  it('a list of one short item a line is a statement a line', () => {
    expect(texts('Harbour strike spreads\n\ncranes\nforklifts\nreefer units, pumps')).toEqual(['Harbour strike spreads', 'cranes', 'forklifts', 'reefer units, pumps']);
  });
});

describe('segment: no recursion or spread whose depth grows with the input', () => {
  it('groups a block of 200,000 lines', () => {
    const text = Array.from({ length: 200_000 }, () => 'an open line of prose that goes on').join('\n');
    expect(joinWrappedLines(splitLines(text)).flat()).toHaveLength(200_000);
  });
});
