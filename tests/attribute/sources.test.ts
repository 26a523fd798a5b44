import { describe, expect, it } from 'vitest';
import { type SourceKind } from '../../src/index.js';
import { describeSource } from '../../src/report/source-table.js';
import { annotateByRules } from '../support/rules.js';

/** The source of the statement that contains `sentence`. */
function sourceOf(doc: string, sentence: string) {
  const at = doc.indexOf(sentence);
  const statement = annotateByRules(doc).statements.find((s) => s.start <= at && at < s.end)!;
  return statement.source;
}

describe('source kinds', () => {
  const rows: Array<[string, string, SourceKind]> = [
    ['Mayor Jane Roe said the bridge is safe.', 'Mayor Jane Roe', 'person'],
    ['The city council said the bridge is safe.', 'The city council', 'organization'],
    ['The campaign team of the mayor said the bridge is safe.', 'The campaign team of the mayor', 'organization'],
    ['According to the report, the bridge is safe.', 'the report', 'document'],
    ['A source said the bridge is safe.', 'A source', 'unnamed'],
    ['Officials said the bridge is safe.', 'Officials', 'unnamed'],
    // A role names a person, whatever body names it.
    ['A Harbor Authority spokesperson declined to say when the bridge reopens.', 'A Harbor Authority spokesperson', 'person'],
    // A poll average or a survey is a document, whoever made it (source-heads.json).
    ['The Harbor Poll average shows the bridge is popular.', 'The Harbor Poll average', 'document'],
    ['A survey conducted by the Harbor Authority found that the bridge is safe.', 'A survey conducted by the Harbor Authority', 'document'],
  ];
  for (const [sentence, text, kind] of rows) {
    it(`${text} -> ${kind}`, () => {
      expect(sourceOf(`Bridge reopens\n\n${sentence}`, sentence)).toMatchObject({ text, kind });
    });
  }
});

describe('who a pronoun or a short description refers to', () => {
  it('"she" takes the nearest earlier person', () => {
    const doc = 'Bridge reopens\n\nMayor Jane Roe visited the site on Monday. She said the bridge is safe.';
    expect(sourceOf(doc, 'She said')).toMatchObject({ text: 'She', kind: 'pronoun', resolved: 'Jane Roe' });
  });

  it('"she" prefers an earlier person source to a later name', () => {
    const doc = 'Bridge reopens\n\nMayor Jane Roe said the bridge is safe. Engineer Tom Reyes agreed. She said repairs would end soon.';
    expect(sourceOf(doc, 'She said')).toMatchObject({ kind: 'pronoun' });
    expect(sourceOf(doc, 'She said')?.resolved).toBeDefined();
  });

  it('"it" takes the nearest earlier organisation', () => {
    const doc = 'Bridge reopens\n\nThe city council said the bridge is safe. It said repairs would end soon.';
    expect(sourceOf(doc, 'It said')).toMatchObject({ text: 'It', resolved: 'The city council' });
  });

  it('"the council" takes the earlier source it shortens', () => {
    const doc = 'Bridge reopens\n\nThe Springfield city council said the bridge is safe. The council also said repairs would end soon.';
    expect(sourceOf(doc, 'The council also')).toMatchObject({ text: 'The council', resolved: 'The Springfield city council' });
  });

  it('a named source is not resolved', () => {
    const doc = 'Bridge reopens\n\nMayor Jane Roe said the bridge is safe.';
    expect(sourceOf(doc, 'Mayor Jane Roe')?.resolved).toBeUndefined();
  });
});

describe('a relative clause that relays a finding', () => {
  it('the report a source points to is the source of what the report found', () => {
    const doc = 'Hack claims\n\nThe campaign pointed to a report released on Monday by city auditors, which found that the payments were never made.';
    const source = sourceOf(doc, 'The campaign pointed');
    // PolNeAR's convention: the relative pronoun is the mention; `resolved` names what it stands for.
    expect(source).toMatchObject({ text: 'which', resolved: 'a report released on Monday by city auditors', kind: 'document', verb: 'find' });
    expect(doc.slice(source!.start, source!.end)).toBe('which');
  });

  it('a report by a publisher is the publisher’s', () => {
    const doc = 'Hack claims\n\nThe campaign pointed to a report by the Tribune, which revealed that the city paid twice.';
    expect(sourceOf(doc, 'The campaign pointed')).toMatchObject({ text: 'which', resolved: 'the Tribune', kind: 'organization', verb: 'reveal' });
    // The sources table knows it by the publisher's name, not by "which"; the campaign that
    // pointed to it is a source of the statement too (an attribution of its own).
    expect((annotateByRules(doc).sources ?? []).map((s) => [s.name, s.mentions])).toEqual([
      ['the Tribune', ['which']],
      ['The campaign', ['The campaign']],
    ]);
    expect(describeSource(annotateByRules(doc).sources![0]!)).toBe('the Tribune');
  });
});

describe('what a source says', () => {
  it('a clause right after the verb is the content even after a quoted side clause', () => {
    const doc = 'Affair denied\n\nCritics accused the mayor of an affair. Although the mayor admitted that they had been “friends for years,” he claimed they had never met alone.';
    const statement = annotateByRules(doc).statements.find((s) => s.text.startsWith('Although'))!;
    expect([statement.label, statement.rule]).toEqual(['denial', 'denial:party-rejects']);
  });

  it('after "the board said, reasoning that …" the quotation is the content', () => {
    const doc = 'Board rules\n\nThe board rejected the objections. “He is eligible,” the board said, reasoning that he did not have to be naturalized.';
    const statement = annotateByRules(doc).statements.find((s) => s.text.startsWith('“He is'))!;
    expect(statement.label).toBe('assertion');
  });
});

describe('a transcript turn', () => {
  it('is the speaker of an attitude it describes', () => {
    const doc = 'Interview\n\nWARE: The tram is late. And the board’s memo was really mocking the riders.\n\nHOST: Thank you.';
    const statement = annotateByRules(doc).statements.find((s) => s.text.startsWith('And the board'))!;
    expect(statement.source).toMatchObject({ text: 'WARE', verb: ':' });
  });
});

describe('a lead-in with a colon', () => {
  it('gives its source to the paragraph after it, not beyond', () => {
    const doc = 'Pool closes\n\nThe mayor added:\n\nThe fund is empty. The pool will close in May.\n\nResidents were not told.';
    const statements = annotateByRules(doc).statements;
    const sourceOf = (text: string) => statements.find((s) => s.text === text)!.source;
    expect(sourceOf('The fund is empty.')).toMatchObject({ text: 'The mayor', verb: 'add' });
    expect(sourceOf('The pool will close in May.')).toMatchObject({ text: 'The mayor' });
    expect(sourceOf('Residents were not told.')).toBeNull();
  });
});

describe('a speaker in a side clause', () => {
  it('is the source when the sentence has no other, but does not decide the label', () => {
    const doc = 'Budget passes\n\nThough critics said the plan might fail, the council approved the budget on Monday.';
    const statement = annotateByRules(doc).statements[1]!;
    expect(statement.source).toMatchObject({ text: 'critics', verb: 'say', named: false });
    // An unnamed source of the main clause would make it unverified; this one is only the side clause's.
    expect([statement.label, statement.rule]).toEqual(['assertion', 'assertion:own-voice']);
  });

  it("gives way to the main clause's own speaker", () => {
    const doc = 'Budget passes\n\nThough critics said the plan might fail, the mayor said the budget was sound.';
    expect(annotateByRules(doc).statements[1]!.source).toMatchObject({ text: 'the mayor', verb: 'say' });
  });
});

describe('labels and gerunds', () => {
  it('a capitalised label before a colon is the source, not a verb', () => {
    const statement = annotateByRules('Reports: city to close three libraries\n\nThe council meets on Monday.').statements[0]!;
    expect(statement.source).toMatchObject({ text: 'Reports', verb: ':', named: false });
    expect(statement.label).toBe('unverified');
  });

  it('a section heading before a colon names no one', () => {
    const doc = 'Harbor report\n\nLittle Relief for Fishermen: The harbor fund ran dry in May.\n\nThe Gap Goes On: Only two boats were repaired.';
    const statements = annotateByRules(doc).statements;
    expect(statements.filter((s) => s.text.includes(':')).map((s) => s.source)).toEqual([null, null]);
    // A name before a colon still speaks.
    expect(sourceOf('Harbor report\n\nMayor Ann Ware: The fund will be refilled.', 'Mayor Ann Ware')).toMatchObject({ text: 'Mayor Ann Ware', verb: ':' });
  });

  it('a sentence that opens with a verb has no speaker after it unless it is a speech verb and a name', () => {
    expect(sourceOf('Harbor report\n\nBack in Maine, the fleet kept fishing through the winter.', 'Back in Maine')).toBeNull();
  });

  it('a gerund after a determiner is part of the noun phrase', () => {
    const doc = 'Site down\n\nAccording to an online posting, the site was attacked.';
    expect(sourceOf(doc, 'According')).toMatchObject({ text: 'an online posting', kind: 'document', named: false });
  });
});

describe('a passive with its agent', () => {
  it('"was first reported by the Tribune" is the Tribune’s', () => {
    const doc = 'Fund issue\n\nThe registration issue was first reported by the Tribune.';
    expect(sourceOf(doc, 'The registration')).toMatchObject({ text: 'the Tribune', verb: 'report' });
  });

  it('"is said to" without an agent has no source', () => {
    expect(sourceOf('Fund issue\n\nThe mayor is said to favour the plan.', 'The mayor')).toBeNull();
  });
});

describe('a progressive reports like its finite verb', () => {
  it('"The council is demanding that …" is the council’s, its "is" between speaker and verb', () => {
    const doc = 'Parking row\n\nThe city council is demanding that the stadium pay for the new car park.';
    expect(sourceOf(doc, 'The city council')).toMatchObject({ text: 'The city council', verb: 'demand', cue: { text: 'demanding' } });
  });

  it('an -ing form compromise tags as an adjective is a verb when an object follows ("is demanding Governor Diaz make …")', () => {
    const doc = 'Pledge row\n\nThe mayor is demanding Governor Ana Diaz make a pledge not to raise taxes.';
    expect(sourceOf(doc, 'The mayor')).toMatchObject({ text: 'The mayor', verb: 'demand', cue: { text: 'demanding' } });
  });

  it('"are promising for the team" describes: no source', () => {
    expect(sourceOf('Season review\n\nThe early results are promising for the team.', 'The early results')).toBeNull();
  });
});

describe('nouns compromise reads as verbs', () => {
  it.each([
    // a number before a bare verb makes it a noun, the speaker of the closing tag
    { doc: 'Trade figures\n\nTwo million jobs depend on exports to Canada, one slide says.', sentence: 'Two million', source: { text: 'one slide', verb: 'say' } },
    // the second noun of a compound is part of the object of "called"
    { doc: 'Energy debate\n\nThe senator has called climate change a hoax invented by rivals.', sentence: 'The senator', source: { text: 'The senator', verb: 'call' } },
    // that object may join its parts with "and" and "for"
    { doc: 'Football row\n\nSupporters called the ruling and the fine for the club a disgrace.', sentence: 'Supporters', source: { text: 'Supporters', verb: 'call' } },
  ])('$sentence … -> $source.text', ({ doc, sentence, source }) => {
    expect(sourceOf(doc, sentence)).toMatchObject(source);
  });
});

describe('acts that are not speech', () => {
  it('"used it to target the minister": targeting is an act, not an attribution', () => {
    expect(sourceOf('Hack story\n\nThe hackers took over an aide’s account and used it to target the minister.', 'The hackers')).toBeNull();
  });
});

describe('"continued" reports only next to a quotation', () => {
  it('"The mayor continued: “…”" and "She continued, “…”" give the quotation its speaker', () => {
    const doc = 'Budget row\n\nThe mayor continued: “We will not raise taxes this year.”\n\nShe continued, “The reserve fund is enough.”';
    expect(sourceOf(doc, 'The mayor continued')).toMatchObject({ text: 'The mayor', verb: 'continue', cue: { text: 'continued' } });
    expect(sourceOf(doc, 'She continued')).toMatchObject({ text: 'She', verb: 'continue', resolved: 'The mayor' });
  });

  it('"The talks continued into the night" and "The fighting continued, leaving …" report nothing', () => {
    const doc = 'Talks\n\nThe talks continued into the night.\n\nThe fighting continued, leaving twelve people dead.';
    expect(sourceOf(doc, 'The talks')).toBeNull();
    expect(sourceOf(doc, 'The fighting')).toBeNull();
  });

  it('a six-word speaker after a quoted question: `“…?” a narrator in the rival ad asks`', () => {
    const doc = 'Ad war\n\n“So why didn’t he pay his taxes?” a narrator in the rival ad asks.';
    expect(sourceOf(doc, '“So why')).toMatchObject({ text: 'a narrator in the rival ad', cue: { text: 'asks' } });
  });
});
