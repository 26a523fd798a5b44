/**
 * Which clause's verb gives a sentence its source, and which words are no source at all: a
 * verb in an adverbial or relative clause yields to the main clause's, a relative clause's own
 * subject speaks for it, and naming participles, suppositions and editors' labels name no one.
 * Every sentence was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { annotateByRules } from '../support/rules.js';


interface Row {
  text: string;
  /** The source's text and its cue's, or null when no one speaks. */
  source: { text: string; cue: string } | null;
}

const HEAD = 'Harbor news\n\n';

const rows: Row[] = [
  // An auxiliary between the subordinator's subject and its verb keeps the verb subordinate.
  { text: 'Before the council had weighed in, the mayor said the pier was safe.', source: { text: 'the mayor', cue: 'said' } },
  { text: 'Once the panel has reported its findings, the mayor said, the pier will reopen.', source: { text: 'the mayor', cue: 'said' } },
  // A relative clause at the sentence's end is no closing tag.
  { text: 'Critics said the plan was late; they sent the files to the Tribune, which first reported the story.', source: { text: 'Critics', cue: 'said' } },
  // A phrase right after the relative pronoun is the relative clause's subject, not part of the noun before it.
  { text: 'Parents protested the levy, which teachers say hurts small schools.', source: { text: 'teachers', cue: 'say' } },
  { text: 'The towns built a ferry line, which together they said would pay for itself.', source: { text: 'they', cue: 'said' } },
  // A naming participle after an indefinite noun names the noun; the active verb still speaks.
  { text: 'She joined a group called Harbor Watch last spring.', source: null },
  { text: 'The pier is run by a trust named Seaside Works.', source: null },
  { text: 'The harbor master called the pier a hazard.', source: { text: 'The harbor master', cue: 'called' } },
  // A contraction's expanded word is no part of the source.
  { text: "If, as I've argued, the levy fails, the pier will close.", source: { text: 'I', cue: 'argued' } },
  { text: "She's said the pier would close by June.", source: { text: 'She', cue: 'said' } },
  // A supposition and an editor's label are no one's words.
  { text: "Let's say the pier costs $2 million to repair.", source: null },
  { text: 'CLARIFICATION: An earlier version of this story misstated the date of the vote.', source: null },
  { text: "Editor's note: This story was updated with the council's vote.", source: null },
  // A conjunction after a comma opens a clause: its subject is not joined to the object before it.
  { text: 'Many boat owners share these fears, but the harbor trust, which owns the pier, says the repairs can wait.', source: { text: 'the harbor trust', cue: 'says' } },
  // A phrase about a quotation after a dash is no signature ("— Jane Roe" would be).
  { text: 'In May, the mayor waved the plan away as a “fantasy” — a word for the harbor’s long neglect by the Hill.', source: null },
  { text: '“The pier will hold.” — Jane Roe', source: { text: 'Jane Roe', cue: '—' } },
  // An -s form after a preposition's object is a plural noun, not a verb ("with gag orders").
  { text: 'The permits come with gag orders from the state and expire in June.', source: null },
  { text: 'The rules allow for minority reports at the request of a quarter of members.', source: null },
  // A time between participle and agent keeps the agent in the subject.
  { text: 'A study being released on Monday by a team of researchers shows the pier is sound.', source: { text: 'A study being released on Monday by a team of researchers', cue: 'shows' } },
  // An amount after an article modifies the noun after it, which compromise may read as a verb.
  { text: 'The council approved a $40 million plan to rebuild the pier.', source: null },
  // After a closing tag's speaker, appositives belong to it; a participle, a relative clause and a frame do not.
  { text: '"The pier will hold," said its chief engineer, Mark Lund.', source: { text: 'its chief engineer, Mark Lund', cue: 'said' } },
  { text: '"The pier will hold," said Mark Lund, the chief engineer, in a statement.', source: { text: 'Mark Lund, the chief engineer', cue: 'said' } },
  { text: '"The pier will hold," said Mark Lund, who built it.', source: { text: 'Mark Lund', cue: 'said' } },
  { text: '"We have never seen a storm like it," said its harbor master, Ann Roe.', source: { text: 'its harbor master, Ann Roe', cue: 'said' } },
  { text: '"We have never seen a storm like it," said Ann Roe, whose boat sank.', source: { text: 'Ann Roe', cue: 'said' } },
  { text: '"The pier will hold," said Mark Lund, speaking of the repairs.', source: { text: 'Mark Lund', cue: 'said' } },
  // A short quotation inside a set-off phrase is part of the subject's phrase, not a quotation the verb tags.
  { text: 'The researcher, who goes by the handle "ghost," said he had copied the files.', source: { text: 'The researcher', cue: 'said' } },
  // An accusation verb right before its "of" is a passive: the noun is the accused.
  { text: 'Harbor master accused of taking bribes from builders', source: null },
  { text: 'An aide charged with fraud resigned on Monday.', source: null },
  { text: 'The audit accuses the harbor master of taking bribes.', source: { text: 'The audit', cue: 'accuses' } },
  // A verb that expects an object before its preposition ("tie * to") is passive without one, after "be" or a comma.
  { text: 'The builder, tied to Mark Lund, denied wrongdoing.', source: { text: 'The builder', cue: 'denied' } },
  { text: 'The leaks have been linked to the old pipes.', source: null },
  { text: 'The inspectors linked the leaks to the old pipes.', source: { text: 'The inspectors', cue: 'linked the leaks to' } },
  { text: 'A leak tied to the old pipes has flooded the pier.', source: null },
  // A dummy subject says nothing; a progressive with an object and an infinitive is the subject's verb.
  { text: "There's no way to tell without the harbor's accounts.", source: null },
  { text: 'The board is also encouraging residents to report leaks.', source: { text: 'The board', cue: 'encouraging' } },
  // A refusal's reason after a comma is no claim: the refusal is the cue.
  { text: 'The harbor trust declined to comment, citing the inquiry.', source: { text: 'The harbor trust', cue: 'declined to' } },
  // A field and its value before and after a colon attribute nothing.
  { text: 'Attendance: 2,412', source: null },
  // Taking up a post is no hedge.
  { text: 'She has assumed a new role as harbor chief.', source: null },
];

describe('attribute: the clause that speaks', () => {
  for (const row of rows) {
    it(row.text, () => {
      const input = HEAD + row.text;
      const statements = annotateByRules(input).statements.filter((s) => s.start >= HEAD.length);
      expect(statements.map((s) => s.text)).toEqual([row.text]);
      const source = statements[0]!.source;
      expect(source === null ? null : { text: source.text, cue: source.cue.text }).toEqual(row.source);
      if (source !== null) expect(input.slice(source.start, source.end)).toBe(source.text);
    });
  }
  it('a supposition is no hedged claim and a post taken up is no hedge', () => {
    const labels = annotateByRules(`${HEAD}She has assumed a new role as harbor chief.`).statements.map((s) => s.label);
    expect(labels).toEqual(['assertion', 'assertion']);
  });
});

describe('attribute: a newspaper named for a document word', () => {
  it('"The Harbor Post reported" is an organization; "the report found" is a document', () => {
    const kinds = annotateByRules(`${HEAD}The Harbor Post reported the vote. The report found the pier unsafe.`).statements.slice(1).map((s) => s.source?.kind);
    expect(kinds).toEqual(['organization', 'document']);
  });
});

describe('attribute: a named source that cites unnamed ones', () => {
  it('the claim is vaguely sourced, but the paper is named and an organization', () => {
    const statement = annotateByRules(`${HEAD}The plan was first reported by the newspaper Harborview, which cited two unnamed council aides.`).statements.at(-1)!;
    expect(statement.label).toBe('unverified');
    expect([statement.source?.text, statement.source?.named, statement.source?.kind]).toEqual(['the newspaper Harborview', true, 'organization']);
  });
});

describe('attribute: whom a definite description stands for', () => {
  it('"the company" after a named company and a headline\'s bare "Company" is the named one; so is "it"', () => {
    const input = 'Company denies breach\n\nAcme Corp on Monday denied that hackers had stolen data. "Our systems were not compromised," the company said. It said the files came from a vendor.';
    const sources = annotateByRules(input).statements.map((s) => [s.source?.text ?? null, s.source?.resolved ?? null, s.source?.named ?? null]);
    expect(sources).toEqual([
      ['Company', null, false],
      ['Acme Corp', null, true],
      ['the company', 'Acme Corp', true],
      ['It', 'Acme Corp', true],
    ]);
  });
});

describe('attribute: page furniture speaks for no one', () => {
  it('"Click here to read the full report." is furniture without a source, and the sources list leaves it out', () => {
    const report = annotateByRules(`${HEAD}The mayor said the pier was safe.\n\nClick here to read the full report.`);
    const last = report.statements.at(-1)!;
    expect([last.role, last.label, last.source]).toEqual(['furniture', 'background', null]);
    expect((report.sources ?? []).map((s) => s.name)).toEqual(['The mayor']);
  });
});

describe('attribute: a possessor is no mention of its own', () => {
  it('"the company" skips "employees at the company\'s site" and takes the named company', () => {
    const input = 'Harbor cuts jobs\n\nHarbor Logistics said on Monday it would cut 300 jobs. Two employees at the company\'s Easton site said they learned of the cuts from the news. The company rejected that account.';
    const last = annotateByRules(input).statements.at(-1)!;
    expect([last.source?.text, last.source?.resolved, last.label]).toEqual(['The company', 'Harbor Logistics', 'denial']);
  });
});

describe('attribute: kinds from the rest of the document', () => {
  it('a lone surname after "Senator Jim Park" is a person; "dismissed the poll as an outlier" denies the poll', () => {
    const input = 'Ohio race\n\nA poll shows Senator Jim Park leading Lisa Ortiz. Ortiz\'s campaign dismissed the poll as an outlier. Park told supporters that he was confident.';
    const statements = annotateByRules(input).statements;
    expect(statements.map((s) => s.source?.kind ?? null)).toEqual([null, 'document', 'organization', 'person']);
    expect(statements[2]!.label).toBe('denial');
  });
});
