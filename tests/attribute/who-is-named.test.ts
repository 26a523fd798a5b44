/**
 * Who a source phrase names: an unnamed holder of a role stays unnamed whatever body the
 * phrase names, a city's state is part of a set-off place, and a capitalised first word before
 * a name is part of it. Every sentence was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { annotateByRules } from '../support/rules.js';


interface Row {
  text: string;
  source: string;
  cue: string;
  named: boolean;
  kind: string;
  label: string;
}

const HEAD = 'Port talks\n\n';

const rows: Row[] = [
  // An indefinite role holder is unnamed: the names say whom the holder serves.
  { text: 'Talks on the port stalled after the storm, two Western diplomats said on Sunday.', source: 'two Western diplomats', cue: 'said', named: false, kind: 'unnamed', label: 'unverified' },
  { text: 'A City Hall official said the port would reopen in May.', source: 'A City Hall official', cue: 'said', named: false, kind: 'unnamed', label: 'unverified' },
  { text: 'An official at the Harbor Department said the port would reopen in May.', source: 'An official at the Harbor Department', cue: 'said', named: false, kind: 'unnamed', label: 'unverified' },
  { text: 'Two people close to the negotiations said a deal was near.', source: 'Two people close to the negotiations', cue: 'said', named: false, kind: 'unnamed', label: 'unverified' },
  // A name in apposition names the holder; a spokesperson speaks for the body on the record.
  { text: 'A senior aide, Mark Lund, said the port would reopen in May.', source: 'A senior aide, Mark Lund', cue: 'said', named: true, kind: 'person', label: 'assertion' },
  { text: 'A Seaside Works spokesperson said the port would reopen in May.', source: 'A Seaside Works spokesperson', cue: 'said', named: true, kind: 'person', label: 'assertion' },
  // A state after its city's comma belongs to the set-off place, not to the subject.
  { text: 'Green Harbor Farms, based in Easton, Md., announced a recall of its oysters.', source: 'Green Harbor Farms', cue: 'announced', named: true, kind: 'organization', label: 'assertion' },
  { text: 'Ann Roe, who lives in Easton, Maryland, said the recall came too late.', source: 'Ann Roe', cue: 'said', named: true, kind: 'person', label: 'assertion' },
  // A capitalised first word that could be a reporting verb opens a name before a name.
  { text: 'State Department officials said the port would reopen in May.', source: 'State Department officials', cue: 'said', named: true, kind: 'person', label: 'assertion' },
  // An indefinite document is unnamed unless its maker is named or pointed to; a platform names no maker.
  { text: 'A Harbor Institute poll found that most residents back the plan.', source: 'A Harbor Institute poll', cue: 'found', named: true, kind: 'document', label: 'assertion' },
  { text: 'A poll by Copper Bay Research found that most residents back the plan.', source: 'A poll by Copper Bay Research', cue: 'found', named: true, kind: 'document', label: 'assertion' },
  { text: 'A letter from the harbor master says the pier is sound.', source: 'A letter from the harbor master', cue: 'says', named: false, kind: 'document', label: 'assertion' },
  { text: 'A Facebook post claimed that the pier had collapsed.', source: 'A Facebook post', cue: 'claimed', named: false, kind: 'document', label: 'unverified' },
  { text: 'A report found that the pier had decayed.', source: 'A report', cue: 'found', named: false, kind: 'document', label: 'unverified' },
  // A participle's named agent makes the document's maker known (the phrase itself names no one).
  { text: 'According to a civil complaint filed by the Harbor Commission, the builder misused the funds.', source: 'a civil complaint', cue: 'According to', named: false, kind: 'document', label: 'assertion' },
  { text: 'According to a civil complaint filed by two tenants, the builder misused the funds.', source: 'a civil complaint', cue: 'According to', named: false, kind: 'document', label: 'unverified' },
  // A quantifier's group is unnamed whatever party or body names it; a name among its members names it.
  { text: 'Many Democrats say the pier plan costs too much.', source: 'Many Democrats', cue: 'say', named: false, kind: 'unnamed', label: 'unverified' },
  { text: 'Several Republican senators said the pier plan costs too much.', source: 'Several Republican senators', cue: 'said', named: false, kind: 'unnamed', label: 'unverified' },
  { text: 'Two senators, Mark Lund and Ann Roe, said the pier plan costs too much.', source: 'Two senators, Mark Lund and Ann Roe', cue: 'said', named: true, kind: 'person', label: 'assertion' },
  // A court acts on the record: an indefinite court is no unnamed source.
  { text: 'A federal appeals court ruled on Friday that the pier must close.', source: 'A federal appeals court', cue: 'ruled', named: false, kind: 'organization', label: 'assertion' },
  // A past participle after the subject's noun opens its modifier; the subject's own verb speaks.
  { text: 'A study published in the journal Coastal Works found that the pier had decayed.', source: 'A study published in the journal Coastal Works', cue: 'found', named: true, kind: 'document', label: 'assertion' },
  // An -s form after a plural noun is a noun of the subject ("posts"); a participle's object belongs to the subject.
  { text: 'Social media posts claim the pier collapsed in the storm.', source: 'Social media posts', cue: 'claim', named: false, kind: 'document', label: 'assertion' },
  { text: 'The photo shared thousands of times on Facebook shows a pier in another town.', source: 'The photo shared thousands of times on Facebook', cue: 'shows', named: true, kind: 'document', label: 'assertion' },
];

describe('attribute: who a source phrase names', () => {
  for (const row of rows) {
    it(row.text, () => {
      const input = HEAD + row.text;
      const statements = annotateByRules(input).statements.filter((s) => s.start >= HEAD.length);
      expect(statements.map((s) => s.text)).toEqual([row.text]);
      const statement = statements[0]!;
      const source = statement.source;
      expect(source && { source: source.text, cue: source.cue.text, named: source.named, kind: source.kind, label: statement.label }).toEqual({
        source: row.source,
        cue: row.cue,
        named: row.named,
        kind: row.kind,
        label: row.label,
      });
    });
  }
});
