/**
 * Table-driven tests for segment(): the defects of compromise's sentence splitting that the
 * segmenter repairs, the roles of non-statement lines, and the coverage invariant.
 *
 * Every sentence here was written for these tests. Each table is a list of rows; a row with
 * `fails` documents a case where the code contradicts the spec or the segmenter's brief: it
 * runs as `it.fails` (so it turns red the day the code is fixed) and `fails` says what the
 * code does today.
 */
import { describe, expect, it } from 'vitest';
import { segment, type Segment } from '../../src/segment/index.js';
import { parseChunks } from '../../src/segment/sentences.js';
import type { Role } from '../../src/types.js';

/** `it`, or `it.fails` for a row that documents a known defect. */
function runner(row: { fails?: string }): typeof it | typeof it.fails {
  return row.fails === undefined ? it : it.fails;
}

/** Every segment's text is the slice of the input its offsets name. */
function expectOffsetsIndexInput(input: string, segments: readonly Segment[]): void {
  for (const s of segments) expect(input.slice(s.start, s.end)).toBe(s.text);
}

function texts(input: string): string[] {
  const segments = segment(input);
  expectOffsetsIndexInput(input, segments);
  return segments.map((s) => s.text);
}

function rolesAndTexts(input: string): Array<[Role, string]> {
  const segments = segment(input);
  expectOffsetsIndexInput(input, segments);
  return segments.map((s) => [s.role, s.text]);
}

/** Greedy word wrap at `width` columns: replaces some spaces by "\n", so offsets do not move. */
function wrap(paragraph: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  out.push(line);
  return out.join('\n');
}

/**
 * The coverage invariant: statements are ordered and non-overlapping, trimmed, index the input,
 * and every non-whitespace character of the input lies in exactly one statement.
 */
function expectCoverage(input: string): void {
  const segments = segment(input);
  expectOffsetsIndexInput(input, segments);
  const owner = new Array<number>(input.length).fill(-1);
  segments.forEach((s, i) => {
    expect(s.start).toBeLessThan(s.end);
    expect(s.text).toBe(s.text.trim());
    if (i > 0) expect(s.start).toBeGreaterThanOrEqual(segments[i - 1]!.end);
    for (let c = s.start; c < s.end; c++) {
      expect(owner[c], `offset ${c} in two statements`).toBe(-1);
      owner[c] = i;
    }
  });
  for (let c = 0; c < input.length; c++) {
    if (/\s/.test(input[c]!)) continue;
    expect(owner[c], `non-space character ${JSON.stringify(input[c])} at ${c} in no statement`).not.toBe(-1);
  }
}

// ---------------------------------------------------------------------------------------------
// (1) Hard-wrapped lines
// ---------------------------------------------------------------------------------------------

describe('segment: hard-wrapped paragraph lines are joined into sentences', () => {
  const HEAD = 'Council approves budget after long debate\n\n';
  const rows: Array<{ name: string; paragraph: string; sentences: string[] }> = [
    {
      name: 'three sentences, one of them short',
      paragraph:
        'The city council voted on Tuesday to approve a new budget for the coming year, after a long debate that ran past midnight. ' +
        'Members of the public filled the chamber. ' +
        'Several residents asked the council to spend more on parks and on road repairs, and the mayor promised to review the plan before it takes effect in July.',
      sentences: [
        'The city council voted on Tuesday to approve a new budget for the coming year, after a long debate that ran past midnight.',
        'Members of the public filled the chamber.',
        'Several residents asked the council to spend more on parks and on road repairs, and the mayor promised to review the plan before it takes effect in July.',
      ],
    },
    {
      name: 'sentences whose lines start with capitals and names',
      paragraph:
        'Harbor officials said the ferry from Port Elliot would resume service on Friday morning after repairs to its engine. ' +
        'Captain Maria Lindqvist told passengers that the crossing would take about forty minutes. ' +
        'Tickets bought for the cancelled trips will be honored until the end of the month, the ferry company said.',
      sentences: [
        'Harbor officials said the ferry from Port Elliot would resume service on Friday morning after repairs to its engine.',
        'Captain Maria Lindqvist told passengers that the crossing would take about forty minutes.',
        'Tickets bought for the cancelled trips will be honored until the end of the month, the ferry company said.',
      ],
    },
    {
      name: 'one long sentence with a quotation',
      paragraph:
        'The school board voted five to two on Thursday to keep the old building open for another year, with one member saying the district "cannot afford to move now" and another warning that repairs would only grow more expensive.',
      sentences: [
        'The school board voted five to two on Thursday to keep the old building open for another year, with one member saying the district "cannot afford to move now" and another warning that repairs would only grow more expensive.',
      ],
    },
  ];

  for (const row of rows) {
    it(`${row.name}: unwrapped paragraph gives the expected sentences`, () => {
      const input = HEAD + row.paragraph;
      expect(texts(input)).toEqual(['Council approves budget after long debate', ...row.sentences]);
    });
    for (const width of [40, 60, 72]) {
      it(`${row.name}: wrapped at ${width} columns gives the same spans as unwrapped`, () => {
        const flat = HEAD + row.paragraph;
        const wrapped = HEAD + wrap(row.paragraph, width);
        expect(wrapped.length).toBe(flat.length);
        expect(wrapped.split('\n').length).toBeGreaterThan(4);
        const a = segment(flat);
        const b = segment(wrapped);
        expect(b.map((s) => [s.start, s.end, s.role])).toEqual(a.map((s) => [s.start, s.end, s.role]));
        // Offsets index the original wrapped text, newlines included.
        expectOffsetsIndexInput(wrapped, b);
        expect(b.slice(1).some((s) => s.text.includes('\n'))).toBe(true);
        expect(b.map((s) => s.text.replace(/\n/g, ' '))).toEqual(a.map((s) => s.text));
      });
    }
  }

  const separate: Array<{ name: string; text: string; expected: Array<[Role | null, string]>; fails?: string }> = [
    {
      name: 'a headline directly above the first paragraph stays its own line',
      text: 'Council approves budget after long debate\nThe city council voted on Tuesday to approve a new budget for the\ncoming year, after a debate that ran past midnight.',
      expected: [
        ['headline', 'Council approves budget after long debate'],
        ['body', 'The city council voted on Tuesday to approve a new budget for the\ncoming year, after a debate that ran past midnight.'],
      ],
    },
    {
      name: 'a text that opens with a paragraph of sentences has no headline',
      text: 'The council voted on Tuesday. The mayor denied that money had been moved.\n\nThe vote came late.',
      expected: [
        ['body', 'The council voted on Tuesday.'],
        ['body', 'The mayor denied that money had been moved.'],
        ['body', 'The vote came late.'],
      ],
    },
    {
      name: 'a headline of two clauses, with no full stop at its end, is still the headline',
      text: 'Council votes. Mayor stays silent\n\nThe vote came late.',
      expected: [
        ['headline', 'Council votes. Mayor stays silent'],
        ['body', 'The vote came late.'],
      ],
    },
    {
      name: 'a section heading directly above a paragraph stays its own line',
      text: 'Council approves budget\n\nThe vote came late.\n\nWhere the money goes\nThe plan adds money for parks and for road repairs across the whole city.',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The vote came late.'],
        ['heading', 'Where the money goes'],
        ['body', 'The plan adds money for parks and for road repairs across the whole city.'],
      ],
    },
    {
      name: 'dash list items stay apart; an indented continuation joins its item',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nThe plan includes:\n- more money for parks and for the\n  public library\n- a new bus line\n- longer hours at the pool',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['body', 'The plan includes:'],
        [null, '- more money for parks and for the\n  public library'],
        [null, '- a new bus line'],
        [null, '- longer hours at the pool'],
      ],
    },
    {
      name: 'numbered list items stay apart',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nThe council listed its priorities for the year:\n1. Road repairs in the north of the city\n2. Street lights on the river path\n3. A new roof for the library',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['body', 'The council listed its priorities for the year:'],
        [null, '1. Road repairs in the north of the city'],
        [null, '2. Street lights on the river path'],
        [null, '3. A new roof for the library'],
      ],
    },
    {
      name: 'a place dateline line above a paragraph stays apart',
      text: 'Council approves budget\n\nWASHINGTON:\nThe council said it would meet again in June to review the spending plan.',
      expected: [
        ['headline', 'Council approves budget'],
        ['dateline', 'WASHINGTON:'],
        ['body', 'The council said it would meet again in June to review the spending plan.'],
      ],
    },
    {
      name: 'a date line above a wrapped paragraph stays apart',
      text: 'Storm hits coast\n\nTuesday, March 3, 2026\nThe storm arrived at dawn and knocked out power across\nthe city for most of the day.',
      expected: [
        ['headline', 'Storm hits coast'],
        ['dateline', 'Tuesday, March 3, 2026'],
        ['body', 'The storm arrived at dawn and knocked out power across\nthe city for most of the day.'],
      ],
    },
  ];

  for (const row of separate) {
    runner(row)(row.name, () => {
      const actual = rolesAndTexts(row.text);
      expect(actual.map(([, t]) => t)).toEqual(row.expected.map(([, t]) => t));
      row.expected.forEach(([role], i) => {
        if (role !== null) expect(actual[i]![0]).toBe(role);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// (2)-(3) Sentence ends compromise misses or invents
// ---------------------------------------------------------------------------------------------

const HEAD = 'Council meets\n\n';

interface SplitRow {
  text: string;
  sentences: string[];
  fails?: string;
}

function splitTable(title: string, rows: SplitRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      runner(row)(row.text, () => {
        expect(texts(HEAD + row.text)).toEqual(['Council meets', ...row.sentences]);
      });
    }
  });
}

splitTable('segment: a sentence that ends in an abbreviation', [
  {
    text: 'The council met in the U.S. The next day it voted.',
    sentences: ['The council met in the U.S.', 'The next day it voted.'],
  },
  {
    text: 'The doors opened at 10 a.m. The crowd rushed inside.',
    sentences: ['The doors opened at 10 a.m.', 'The crowd rushed inside.'],
  },
  {
    text: 'The deal was signed in Washington, D.C. The next round starts in May.',
    sentences: ['The deal was signed in Washington, D.C.', 'The next round starts in May.'],
  },
  {
    text: 'The talks ended at 9 p.m. They resume on Monday.',
    sentences: ['The talks ended at 9 p.m.', 'They resume on Monday.'],
  },
  {
    text: 'The plant closed at 5 p.m. Workers went home early.',
    sentences: ['The plant closed at 5 p.m.', 'Workers went home early.'],
  },
  {
    text: 'U.S. President Joe Biden visited the plant on Friday.',
    sentences: ['U.S. President Joe Biden visited the plant on Friday.'],
  },
  {
    text: 'Mr. Smith arrived late. He apologised.',
    sentences: ['Mr. Smith arrived late.', 'He apologised.'],
  },
  {
    text: 'The bill was signed by Gov. Jane Roe on Friday.',
    sentences: ['The bill was signed by Gov. Jane Roe on Friday.'],
  },
  {
    // A title compromise does not know as an abbreviation ("Del." for a delegate) still ends no sentence.
    text: '"It is a waste of time," said Del. Ann Lee of the harbor board. She left early.',
    sentences: ['"It is a waste of time," said Del. Ann Lee of the harbor board.', 'She left early.'],
  },
  {
    text: 'She met Dr. Ann Lee and Mrs. Kay Ford at noon.',
    sentences: ['She met Dr. Ann Lee and Mrs. Kay Ford at noon.'],
  },
  {
    text: 'Shares of Acme Inc. fell sharply on Monday.',
    sentences: ['Shares of Acme Inc. fell sharply on Monday.'],
  },
]);

splitTable('segment: sentences inside and after quotations', [
  {
    text: 'He said "No." Then he left.',
    sentences: ['He said "No."', 'Then he left.'],
  },
  {
    text: 'She said: "We will not stop. We will win. Nobody can stop us." The crowd cheered.',
    sentences: ['She said: "We will not stop.', 'We will win.', 'Nobody can stop us."', 'The crowd cheered.'],
  },
  {
    text: '"We are ready. We have waited long enough," the mayor said.',
    sentences: ['"We are ready.', 'We have waited long enough," the mayor said.'],
  },
  {
    text: '“It is over. We lost,” the coach said. The fans left quietly.',
    sentences: ['“It is over.', 'We lost,” the coach said.', 'The fans left quietly.'],
  },
  {
    text: 'The judge asked: "Is that true?" Nobody answered.',
    sentences: ['The judge asked: "Is that true?"', 'Nobody answered.'],
  },
  {
    text: '"Stop!" the guard shouted. The man ran.',
    sentences: ['"Stop!" the guard shouted.', 'The man ran.'],
  },
]);

// ---------------------------------------------------------------------------------------------
// (4) A sentence that starts with a quote mark starts AT the mark
// ---------------------------------------------------------------------------------------------

describe('segment: a sentence that starts with a quote mark includes it', () => {
  const rows: Array<{ text: string; sentence: string }> = [
    { text: 'The team lost again. "We are done," the coach said.', sentence: '"We are done," the coach said.' },
    { text: 'The team lost again. “We are done,” the coach said.', sentence: '“We are done,” the coach said.' },
    { text: '"Nobody saw this coming," the owner said.', sentence: '"Nobody saw this coming," the owner said.' },
    { text: '“Nobody saw this coming,” the owner said.', sentence: '“Nobody saw this coming,” the owner said.' },
    { text: 'He paused. "It hurts." Then he walked away.', sentence: '"It hurts."' },
    { text: 'The vote failed. "We will try again. We always do," she said.', sentence: '"We will try again.' },
    { text: 'The vote failed. "We will try again,” she said.', sentence: '"We will try again,” she said.' },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const input = HEAD + row.text;
      const segments = segment(input);
      const found = segments.find((s) => s.text === row.sentence);
      expect(found, `no statement ${JSON.stringify(row.sentence)} in ${JSON.stringify(segments.map((s) => s.text))}`).toBeDefined();
      expect(found!.start).toBe(input.lastIndexOf(row.sentence));
      expect(input.slice(found!.start, found!.end)).toBe(row.sentence);
      expect(/^["“]/.test(input.slice(found!.start, found!.end))).toBe(true);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// (5) Line terminators
// ---------------------------------------------------------------------------------------------

describe('segment: CRLF and lone CR give the same statements as LF', () => {
  const docs: Array<{ name: string; text: string }> = [
    {
      name: 'headline, dek, dateline, wrapped body',
      text:
        'Council approves budget after long debate\nMembers clash over park spending\n\nWASHINGTON:\n\n' +
        'The council met in the U.S. The next day it voted. It opened at 10 a.m. The crowd\ncheered. He said "No." Then he left.\n\n' +
        'Load Next Story\n',
    },
    {
      name: 'caption and credit, list, byline-free',
      text:
        'Storm hits coast\n\nMIAMI (Reuters) — The mayor said the city was ready for the storm. Schools closed early.\n\n' +
        'A crowd gathers outside city hall. Protesters hold signs. Image: City Council.\n\n' +
        'The plan includes:\n- more money for parks\n- a new bus line\n',
    },
    {
      name: 'a paragraph hard-wrapped at 60 columns',
      text: 'Council approves budget\n\n' + wrap('The city council voted on Tuesday to approve a new budget for the coming year, after a long debate that ran past midnight. Members of the public filled the chamber. Several residents asked the council to spend more on parks.', 60),
    },
  ];
  const normalise = (t: string): string => t.replace(/\r\n?/g, '\n');
  for (const doc of docs) {
    for (const [name, eol] of [
      ['CRLF', '\r\n'],
      ['CR', '\r'],
    ] as const) {
      it(`${doc.name} (${name})`, () => {
        const lf = rolesAndTexts(doc.text);
        const other = rolesAndTexts(doc.text.replace(/\n/g, eol));
        expect(lf.length).toBeGreaterThan(3);
        expect(other.map(([role, t]) => [role, normalise(t)])).toEqual(lf);
        expectCoverage(doc.text.replace(/\n/g, eol));
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// (6) Roles
// ---------------------------------------------------------------------------------------------

describe('segment: roles', () => {
  const rows: Array<{ name: string; text: string; expected: Array<[Role, string]>; fails?: string }> = [
    {
      name: 'headline, dek right under it, body',
      text: 'Council approves budget after long debate\nMembers clash over park spending\n\nThe council voted on Tuesday. The vote was close.',
      expected: [
        ['headline', 'Council approves budget after long debate'],
        ['dek', 'Members clash over park spending'],
        ['body', 'The council voted on Tuesday.'],
        ['body', 'The vote was close.'],
      ],
    },
    {
      name: 'dek in its own paragraph after the headline',
      text: 'Council approves budget after long debate\n\nMembers clash over park spending\n\nThe council voted on Tuesday.',
      expected: [
        ['headline', 'Council approves budget after long debate'],
        ['dek', 'Members clash over park spending'],
        ['body', 'The council voted on Tuesday.'],
      ],
    },
    {
      name: 'a headline that ends with a period is still the headline',
      text: 'Council approves budget.\n\nThe council voted on Tuesday.',
      expected: [
        ['headline', 'Council approves budget.'],
        ['body', 'The council voted on Tuesday.'],
      ],
    },
    {
      name: 'place dateline line',
      text: 'Council approves budget\n\nWASHINGTON:\n\nThe council voted on Tuesday.',
      expected: [
        ['headline', 'Council approves budget'],
        ['dateline', 'WASHINGTON:'],
        ['body', 'The council voted on Tuesday.'],
      ],
    },
    {
      name: 'date line',
      text: 'Council approves budget\n\nSaturday, October 9, 2010\n\nThe council voted on Tuesday.',
      expected: [
        ['headline', 'Council approves budget'],
        ['dateline', 'Saturday, October 9, 2010'],
        ['body', 'The council voted on Tuesday.'],
      ],
    },
    {
      name: 'inline dateline with agency and em dash',
      text: 'Council approves budget\n\nBOSTON (Reuters) — The mayor said the budget would pass. It did.',
      expected: [
        ['headline', 'Council approves budget'],
        ['dateline', 'BOSTON (Reuters) —'],
        ['body', 'The mayor said the budget would pass.'],
        ['body', 'It did.'],
      ],
    },
    {
      name: 'inline dateline with a horizontal bar for its dash',
      text: 'Council approves budget\n\nBOSTON ― The mayor said the budget would pass.',
      expected: [
        ['headline', 'Council approves budget'],
        ['dateline', 'BOSTON ―'],
        ['body', 'The mayor said the budget would pass.'],
      ],
    },
    {
      name: 'inline dateline "CITY, State —"',
      text: 'Council approves budget\n\nDOVER, Del. — The council voted on Tuesday to approve the budget.',
      expected: [
        ['headline', 'Council approves budget'],
        ['dateline', 'DOVER, Del. —'],
        ['body', 'The council voted on Tuesday to approve the budget.'],
      ],
    },
    {
      name: 'credit "PHOTO:REUTERS" on its own line under a caption',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nA worker repairs a road in the north of the city on Monday.\nPHOTO:REUTERS',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['caption', 'A worker repairs a road in the north of the city on Monday.'],
        ['credit', 'PHOTO:REUTERS'],
      ],
    },
    {
      name: 'credit "Image: City Council." after a two-sentence caption on one line',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nA crowd gathers outside city hall. Protesters hold signs. Image: City Council.\n\nThe mayor thanked the staff.',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['caption', 'A crowd gathers outside city hall.'],
        ['caption', 'Protesters hold signs.'],
        ['credit', 'Image: City Council.'],
        ['body', 'The mayor thanked the staff.'],
      ],
    },
    {
      name: 'credit "PHOTO:REUTERS" after a long caption on the same line',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nA worker repairs a road on Monday, March 2, as traffic waits behind a barrier near the old town hall. PHOTO:REUTERS',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['caption', 'A worker repairs a road on Monday, March 2, as traffic waits behind a barrier near the old town hall.'],
        ['credit', 'PHOTO:REUTERS'],
      ],
    },
    {
      name: 'a photo caption and credit right under the headline',
      text: 'Council approves budget\n\nA worker repairs a road on Monday, March 2, as traffic waits behind a barrier near the old town hall. PHOTO:REUTERS\n\nThe council voted on Tuesday.',
      expected: [
        ['headline', 'Council approves budget'],
        ['caption', 'A worker repairs a road on Monday, March 2, as traffic waits behind a barrier near the old town hall.'],
        ['credit', 'PHOTO:REUTERS'],
        ['body', 'The council voted on Tuesday.'],
      ],
    },
    {
      name: 'credit "PHOTO:REUTERS" after a short caption on the same line',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nA worker repairs a road on Monday. PHOTO:REUTERS',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['caption', 'A worker repairs a road on Monday.'],
        ['credit', 'PHOTO:REUTERS'],
      ],
    },
    {
      name: 'a "Photo:" line too long for a credit is a caption; a link\'s "Read … here." is furniture',
      text: 'Council approves budget\n\nPhoto: Mayor Ann Roe speaks to reporters outside city hall in Easton on Monday.\n\nThe council voted on Tuesday.\n\nRead the full budget notice here.\n\nRead what the council decided about the parks here and there.',
      expected: [
        ['headline', 'Council approves budget'],
        ['caption', 'Photo: Mayor Ann Roe speaks to reporters outside city hall in Easton on Monday.'],
        ['body', 'The council voted on Tuesday.'],
        ['furniture', 'Read the full budget notice here.'],
        ['body', 'Read what the council decided about the parks here and there.'],
      ],
    },
    {
      name: 'page furniture lines',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nLoad Next Story\n\nAdvertisement\n\nRead more: Council votes on parks plan\n\nShare this article\n\nThe mayor thanked the staff.',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['furniture', 'Load Next Story'],
        ['furniture', 'Advertisement'],
        ['furniture', 'Read more: Council votes on parks plan'],
        ['furniture', 'Share this article'],
        ['body', 'The mayor thanked the staff.'],
      ],
    },
    {
      name: 'a wire credit, a transcript label and marker, a follow line, a content warning',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nPartial transcript as follows:\n\nROE: We voted.\n\n(CROSSTALK)\n\nFollow Ann Roe on Twitter @annroe.\n\n(Reporting by Ann Roe; Additional reporting by Jim Park; Editing by Lee Moss.)\n\n(WARNING: Video contains graphic images.)\n\nJim Park and Lee Moss contributed reporting.\n\nThe mayor followed the vote on Twitter.',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['furniture', 'Partial transcript as follows:'],
        ['body', 'ROE: We voted.'],
        ['furniture', '(CROSSTALK)'],
        ['furniture', 'Follow Ann Roe on Twitter @annroe.'],
        ['furniture', '(Reporting by Ann Roe; Additional reporting by Jim Park; Editing by Lee Moss.)'],
        ['furniture', '(WARNING: Video contains graphic images.)'],
        ['furniture', 'Jim Park and Lee Moss contributed reporting.'],
        ['body', 'The mayor followed the vote on Twitter.'],
      ],
    },
    {
      name: 'byline "By Jane Doe"',
      text: 'Council approves budget\n\nBy Jane Doe\n\nThe council voted on Tuesday.',
      expected: [
        ['headline', 'Council approves budget'],
        ['byline', 'By Jane Doe'],
        ['body', 'The council voted on Tuesday.'],
      ],
    },
    {
      name: 'byline "By Jane Doe and John Roe" later in the opening',
      text: 'Council approves budget\nMembers clash over park spending\n\nBy Jane Doe and John Roe\n\nThe council voted on Tuesday.',
      expected: [
        ['headline', 'Council approves budget'],
        ['dek', 'Members clash over park spending'],
        ['byline', 'By Jane Doe and John Roe'],
        ['body', 'The council voted on Tuesday.'],
      ],
    },
    {
      name: 'short heading-like line in the middle',
      text: 'Council approves budget\n\nThe council voted on Tuesday. The vote was close.\n\nWhat comes next\n\nThe plan takes effect in July.',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['body', 'The vote was close.'],
        ['heading', 'What comes next'],
        ['body', 'The plan takes effect in July.'],
      ],
    },
    {
      name: 'a short sentence with a month is body, not a date line',
      text: 'Council approves budget\n\nThe council met on Tuesday.\n\nThe vote was held in May. It passed easily.',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council met on Tuesday.'],
        ['body', 'The vote was held in May.'],
        ['body', 'It passed easily.'],
      ],
    },
    {
      name: 'a lead-in line ending in a comma right after the headline is body, not a dek',
      text: 'Council approves budget\n\nIn a letter to residents, the mayor wrote,\n\n"The budget is balanced."',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'In a letter to residents, the mayor wrote,'],
        ['body', '"The budget is balanced."'],
      ],
    },
    {
      name: 'ordinary sentences, one line each, are body',
      text: 'Council approves budget\n\nThe council voted on Tuesday.\n\nThe vote was close.\n\nThe mayor thanked the staff.',
      expected: [
        ['headline', 'Council approves budget'],
        ['body', 'The council voted on Tuesday.'],
        ['body', 'The vote was close.'],
        ['body', 'The mayor thanked the staff.'],
      ],
    },
  ];
  for (const row of rows) {
    runner(row)(row.name, () => {
      expect(rolesAndTexts(row.text)).toEqual(row.expected);
    });
  }

  it('paragraph indices count blocks between blank lines', () => {
    const segments = segment('Council approves budget\n\nThe council voted. The vote was close.\n\nThe mayor left.');
    expect(segments.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it('tokens of a statement lie inside its span', () => {
    const input = 'Council approves budget\n\n"We are ready," said Mayor John Smith. The crowd cheered.';
    for (const s of segment(input)) {
      expect(s.tokens.length).toBeGreaterThan(0);
      for (const t of s.tokens) {
        expect(t.start).toBeGreaterThanOrEqual(s.start);
        expect(t.end).toBeLessThanOrEqual(s.end);
        expect(input.slice(t.start, t.end)).toBe(t.text);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// (7) Coverage invariant
// ---------------------------------------------------------------------------------------------

describe('segment: coverage invariant', () => {
  const rows: Array<{ name: string; text: string; minStatements: number }> = [
    {
      name: 'an ordinary article',
      text: 'Council approves budget\nMembers clash over park spending\n\nBy Jane Doe\n\nBOSTON (Reuters) — The council voted on Tuesday. "We are ready," said Mayor John Smith.\n\nLoad Next Story',
      minStatements: 6,
    },
    { name: 'only punctuation', text: '...\n\n!!! ??? ---\n\n;;', minStatements: 1 },
    { name: 'emoji', text: 'Fans celebrate 🎉🎉\n\nThe team won 🏆 on Sunday. Fans sang 🎶 all night! 👏', minStatements: 2 },
    {
      name: 'unbalanced quotes',
      text: 'Mayor speaks\n\n"We will rebuild the bridge, the mayor said. Work starts soon.\n\nShe added: “It is a promise. Nobody doubts it\n\nHe said ” and left.',
      minStatements: 4,
    },
    {
      name: 'a very long line without punctuation',
      text: 'Headline\n\n' + Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '),
      minStatements: 2,
    },
    { name: 'tabs', text: 'Tabbed\theadline\n\n\tThe council met.\tIt voted.\n\t\n\tResidents cheered.\t', minStatements: 4 },
    {
      name: 'non-breaking spaces',
      text: 'Budget\u00a0passes\n\nThe\u00a0council met on Gov.\u00a0Jane Roe’s orders. It\u00a0voted.\u00a0Residents cheered.\u00a0',
      minStatements: 4,
    },
    { name: 'CRLF and lone CR mixed', text: 'A\r\nB\r\n\r\nC. D.\r\r\nE', minStatements: 3 },
    { name: 'leading and trailing blank lines', text: '\n\n  Council meets  \n\n\n  The council met. \n\n', minStatements: 2 },
    { name: 'surrogate pairs and combining marks', text: 'Café reopens\n\nThe café on Rue Noël reopened. 𝒜 sign hangs outside. Crème brûlée is back.', minStatements: 3 },
    { name: 'ellipses and dashes', text: 'Talks stall\n\nThe talks stalled... Then they resumed — briefly. Nobody knows why…', minStatements: 3 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      expectCoverage(row.text);
      expect(segment(row.text).length).toBeGreaterThanOrEqual(row.minStatements);
    });
  }

  it('empty and whitespace-only input give no statements', () => {
    expect(segment('')).toEqual([]);
    expect(segment('   \n\n\t  \n')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// (8) A pull quote (a paragraph that is one quotation and who said it) stays one statement
// ---------------------------------------------------------------------------------------------

describe('segment: pull quotes', () => {
  const rows: Array<{ name: string; paragraph: string; whole: boolean }> = [
    { name: 'quotation and a dashed name', paragraph: '"The river is back. The fish are not." - Ana Ruiz', whole: true },
    { name: 'quotation, name and title', paragraph: '“We fixed the roof. We fixed the doors.” Town clerk, “Annual Report”', whole: true },
    { name: 'a quotation followed by a sentence is prose', paragraph: '"The river is back. The fish are not." Ruiz said it twice.', whole: false },
    { name: 'an attributed quotation inside a paragraph is prose', paragraph: 'Ruiz said: "The river is back. The fish are not."', whole: false },
    { name: 'a quotation, its speaker and a second quotation are prose', paragraph: '"The river is back," Ruiz said. "The fish are not."', whole: false },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const input = `Headline\n\n${row.paragraph}\n\nThe council met on Monday.`;
      const statements = texts(input);
      if (row.whole) expect(statements).toContain(row.paragraph);
      else expect(statements).not.toContain(row.paragraph);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// (9) compromise is handed bounded chunks (its tagger is quadratic in sentence length)
// ---------------------------------------------------------------------------------------------

describe('segment: long runs are parsed in chunks', () => {
  it('cuts a long paragraph at sentence ends, never inside a word', () => {
    const paragraph = 'The council met and voted on the plan for the new bridge over the river. '.repeat(100).trim();
    const chunks = parseChunks(paragraph, 500);
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks[chunks.length - 1]!.end).toBe(paragraph.length);
    for (const [i, chunk] of chunks.entries()) {
      expect(chunk.end - chunk.start).toBeLessThanOrEqual(500);
      if (i > 0) expect(paragraph.slice(chunk.start - 2, chunk.start)).toBe('. ');
    }
  });

  it('falls back to commas, then spaces, then a hard cut', () => {
    expect(parseChunks('alpha, beta gamma', 10)).toEqual([{ start: 0, end: 7 }, { start: 7, end: 17 }]);
    expect(parseChunks('alpha beta gamma', 10)).toEqual([{ start: 0, end: 6 }, { start: 6, end: 16 }]);
    expect(parseChunks('abcdefghijkl', 5)).toEqual([{ start: 0, end: 5 }, { start: 5, end: 10 }, { start: 10, end: 12 }]);
  });

  it('a long run without punctuation still covers every character', () => {
    const text = 'word '.repeat(3000).trim();
    const statements = segment(text);
    expect(statements.length).toBeGreaterThan(1);
    expect(statements.map((s) => s.text).join(' ')).toBe(text);
  });
});
