/**
 * Table-driven tests for the labels of ANNOTATION.md, run through annotate(): one table per
 * cue kind, then the spec's NOT-cases, background and non-statement roles.
 *
 * Each row is one sentence written for these tests, put in a document under a short headline
 * (`Headline here\n\n` + `before` + `text`); the row is checked against the statement that
 * covers `text`, which must be exactly that sentence. A row with `fails` documents a case
 * where the code contradicts the spec: it runs as `it.fails` and `fails` says what the code
 * does today.
 */
import { describe, expect, it } from 'vitest';
import { type Label, type Role } from '../../src/index.js';
import { expectWellFormed, statementFor, table } from '../support/label-table.js';
import { annotateByRules } from '../support/rules.js';

const STORY_DATE = 'Monday, May 4, 2026\n\n';
const ACCUSATION = 'Rights groups accused the ministry of meddling in the vote. ';

// ---------------------------------------------------------------------------------------------
// unverified, by cue kind
// ---------------------------------------------------------------------------------------------

table('classify: hedge -> unverified', [
  { text: 'The new bridge may open next spring.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['may'] },
  { text: 'The council might delay the vote until June.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['might'] },
  { text: 'The storm could reach the coast by Friday.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['could'] },
  // A past reporting verb reports the modal ("can" backshifted); a clause word between them ends the report.
  { text: 'The harbor master warned that the storm could reach the coast by Friday.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['could'] },
  { text: 'She added that the toll could rise as crews reach the islands.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['could'] },
  { text: 'The lenders agreed to release the funds so the crews could start the work.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'] },
  // Expecting someone to do something is a guess about it; demanding it of them ("fair to expect people to") is not.
  { text: 'Ann Roe said she expects the company to cut its forecast in October.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['expects the company to'] },
  { text: 'It is not fair to expect residents to fill in the form in a week, the mayor said.', label: 'assertion', rule: 'assertion:attributed' },
  { text: 'The mayor is likely to seek a second term.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['likely'] },
  { text: 'The fire was apparently started by a faulty heater.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['apparently'] },
  { text: 'The suspect is believed to have left the country.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['is believed to'] },
  { text: 'The ship is thought to have sunk near the island.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['is thought to'] },
  { text: 'The company will probably raise prices next year.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['probably'] },
  { text: 'It is possible that the vote will be delayed.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'] },
  { text: '"I think the plan will work," the mayor said.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['I think'] },
  { text: 'The factory may close, the union warned.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['may'] },
  { text: '"The bridge may need more work," Smith said.', label: 'unverified', rule: 'unverified:hedge', cueKinds: ['hedge'], cueTexts: ['may'] },
  // The month and "likely voters" are no hedges.
  { text: 'The council held its vote in early May after a long delay.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
  { text: 'The poll surveyed 800 likely voters.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
]);

table('classify: distancing -> unverified', [
  { text: 'The mayor reportedly met the developer twice in March.', label: 'unverified', rule: 'unverified:distancing', cueKinds: ['distancing'], cueTexts: ['reportedly'] },
  { text: 'The councilman allegedly accepted gifts from the contractor.', label: 'unverified', rule: 'unverified:distancing', cueKinds: ['distancing'], cueTexts: ['allegedly'] },
  { text: 'Police arrested the alleged leader of the gang on Sunday.', label: 'unverified', rule: 'unverified:distancing', cueKinds: ['distancing'], cueTexts: ['the alleged'] },
  { text: 'The firm purportedly hid losses from investors.', label: 'unverified', rule: 'unverified:distancing', cueKinds: ['distancing'], cueTexts: ['purportedly'] },
  { text: 'The mayor is said to favour the plan.', label: 'unverified', rule: 'unverified:distancing', cueKinds: ['distancing'], cueTexts: ['is said to'] },
]);

table('classify: missing evidence -> unverified', [
  { text: 'The campaign did not present evidence for the claim.', label: 'unverified', rule: 'unverified:missing-evidence', cueKinds: ['missing-evidence'], cueTexts: ['not present evidence'] },
  { text: 'The video could not be independently verified.', label: 'unverified', rule: 'unverified:missing-evidence', cueKinds: ['missing-evidence'], cueTexts: ['not be independently verified'] },
  // Not known, not determined, not provable, still being investigated.
  { text: 'The researchers do not know whether the residents changed their diets.', label: 'unverified', rule: 'unverified:missing-evidence', cueTexts: ['not know whether'] },
  { text: 'Investigators have not determined the cause of the fire.', label: 'unverified', rule: 'unverified:missing-evidence', cueTexts: ['not determined'] },
  { text: 'The cause of the fire is under investigation.', label: 'unverified', rule: 'unverified:missing-evidence', cueTexts: ['under investigation'] },
  { text: 'The study cannot prove that the diet caused the change.', label: 'unverified', rule: 'unverified:missing-evidence', cueTexts: ['cannot prove'] },
  { text: 'The new coach did not prove himself in his first season.', label: 'assertion', rule: 'assertion:own-voice' },
  { text: 'It is unclear whether the vote will go ahead.', label: 'unverified', rule: 'unverified:missing-evidence', cueKinds: ['missing-evidence'], cueTexts: ['unclear'] },
  { text: 'The ministry did not provide details about the deal.', label: 'unverified', rule: 'unverified:missing-evidence', cueKinds: ['missing-evidence'], cueTexts: ['not provide details'] },
  { text: 'The company made the claim without evidence.', label: 'unverified', rule: 'unverified:missing-evidence', cueKinds: ['missing-evidence'], cueTexts: ['without evidence'] },
  { text: 'The agency has not been able to confirm the report.', label: 'unverified', rule: 'unverified:missing-evidence', cueKinds: ['missing-evidence'], cueTexts: ['not been able to confirm'] },
]);

table('classify: vague source -> unverified', [
  { text: 'A source said the talks had collapsed.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source'], cueTexts: ['A source'] },
  { text: 'Officials who spoke on condition of anonymity said the plant would close.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source'] },
  { text: 'People familiar with the matter said the bank plans to cut jobs.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source'], cueTexts: ['People familiar with the matter'] },
  { text: 'One official said the plan was dropped.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source'], cueTexts: ['One official'] },
  { text: 'Sources said the minister would resign.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source'], cueTexts: ['Sources'] },
  { text: 'Opponents say the levy is too high.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source'], cueTexts: ['Opponents'] },
  // The name in a participle's agent is the interviewer's: the residents stay unnamed (a report released by a named body does not).
  { text: 'Residents interviewed by the Herald said the pier was unsafe.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source'] },
  // A group that names its members is named.
  { text: 'As many harbor experts, including Ann Roe, have pointed out, the pier is sound.', label: 'assertion', rule: 'assertion:attributed' },
  { text: 'Several residents said the bridge shook.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source'], cueTexts: ['Several residents'] },
]);

table('classify: no answer -> unverified', [
  { text: 'The company did not immediately respond to requests for comment.', label: 'unverified', rule: 'unverified:no-answer', cueKinds: ['no-answer'], cueTexts: ['not immediately respond to'] },
  { text: 'The ministry declined to comment on the report.', label: 'unverified', rule: 'unverified:no-answer', cueKinds: ['no-answer'], cueTexts: ['declined to comment'] },
  { text: 'The mayor could not be reached for comment.', label: 'unverified', rule: 'unverified:no-answer', cueKinds: ['no-answer'] },
  { text: 'The developer could not be reached on Sunday.', label: 'unverified', rule: 'unverified:no-answer', cueKinds: ['no-answer'] },
  { text: 'A spokesman for the firm did not return calls seeking comment.', label: 'unverified', rule: 'unverified:no-answer', cueKinds: ['no-answer'] },
]);

// ---------------------------------------------------------------------------------------------
// denial
// ---------------------------------------------------------------------------------------------

table('classify: a party rejects a claim -> denial', [
  { text: 'The senator denied the allegations.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'], cueTexts: ['denied', 'denied'] },
  { text: 'Smith denied that he had taken any money.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'] },
  { text: 'The company rejected the claims as politically motivated.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'], cueTexts: ['rejected', 'rejected'] },
  { text: 'The minister dismissed the accusations in a statement.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'] },
  { text: 'The union refuted the report.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'] },
  { text: 'The ministry called the report false.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'], cueTexts: ['called', 'false'] },
  { text: 'The governor said the claims were baseless.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'], cueTexts: ['said', 'baseless'] },
  { text: 'The mayor called the findings "a political hit job."', label: 'denial', rule: 'denial:rejects-claim' },
  { text: 'The agency said it had nothing to do with the leak.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'], cueTexts: ['said', 'nothing to do with'] },
  { text: 'The lawyer said the story was not true.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'], cueTexts: ['said', 'not true'] },
  // The article says the claimed thing does not exist, or rates the claim false; "no such evidence" is a gap.
  { text: 'There is no such law in the state.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['denial'], cueTexts: ['no such'] },
  { text: 'We rate this claim False.', label: 'denial', rule: 'denial:rejects-claim' },
  { text: 'There is no such evidence in the files.', label: 'unverified', rule: 'unverified:missing-evidence' },
  // Innocence without the word deny: some phrases always, some only with an accusation in view.
  { text: 'The builder pleaded not guilty to all charges on Monday.', label: 'denial', rule: 'denial:rejects-claim', cueTexts: ['pleaded', 'pleaded not guilty'] },
  { text: 'An inquiry found no wrongdoing by the harbor master.', label: 'denial', rule: 'denial:rejects-claim', cueTexts: ['found', 'no wrongdoing'] },
  { before: ACCUSATION, text: 'The ministry said it had no part in the vote count.', label: 'denial', rule: 'denial:rejects-claim', cueTexts: ['said', 'no part in'] },
  { text: 'The ministry played no role in the vote count.', label: 'assertion', rule: 'assertion:own-voice' },
  { before: ACCUSATION, text: 'Observers should have no role in the vote count, the ministry said.', label: 'assertion', rule: 'assertion:attributed' },
  { text: 'The senator called the accusation a lie.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['reporting', 'denial'], cueTexts: ['called', 'a lie'] },
  { text: '"These claims are false," the company said.', label: 'denial', rule: 'denial:rejects-claim', cueKinds: ['denial', 'reporting'], cueTexts: ['false', 'said'] },
]);

table('classify: a party negates the accusation against it -> denial:party-rejects', [
  {
    text: 'In response to the accusations, the ministry said it does not interfere in elections.',
    label: 'denial',
    rule: 'denial:party-rejects',
    cueKinds: ['reporting', 'negation'],
    cueTexts: ['said', 'not'],
  },
  {
    text: 'The ministry said it does not interfere in elections.',
    before: ACCUSATION,
    label: 'denial',
    rule: 'denial:party-rejects',
    cueKinds: ['reporting', 'negation'],
    cueTexts: ['said', 'not'],
  },
  {
    text: '"We have never taken a bribe," the mayor said.',
    before: 'The newspaper accused the mayor of taking bribes. ',
    label: 'denial',
    rule: 'denial:party-rejects',
  },
  // No accusation on the table: a plain statement of the source.
  { text: 'The ministry said it does not interfere in elections.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'] },
  { text: 'The mayor said he does not plan to run again.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'] },
]);

// ---------------------------------------------------------------------------------------------
// assertion
// ---------------------------------------------------------------------------------------------

table('classify: attributed statements, claims and accusations -> assertion', [
  { text: 'The mayor said the city would open a new shelter.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'], cueTexts: ['said'] },
  { text: 'The union claimed that the factory had broken safety rules.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'], cueTexts: ['claimed'] },
  { text: 'The prosecutor accused the firm of hiding losses.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'], cueTexts: ['accused'] },
  { text: 'The opposition alleged that the vote was rigged.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'], cueTexts: ['alleged'] },
  { text: 'Police said two people were injured.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'] },
  { text: 'The company announced that it would cut 300 jobs.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'], cueTexts: ['announced'] },
  { text: 'According to the report, the river rose by two meters overnight.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'], cueTexts: ['According to'] },
  { text: '"We will finish the bridge by June," Smith said.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'] },
  { text: 'The new library has four floors and a rooftop garden.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
]);

table('classify: NOT denials (spec, "NOT a denial")', [
  { text: 'Turnout did not change.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
  {
    text: 'Turnout did not change from last year.',
    label: 'assertion',
    rule: 'assertion:own-voice',
  },
  { text: 'The union rejected the offer.', label: 'assertion' },
  { text: 'The council rejected the proposal on Monday.', label: 'assertion' },
  { text: 'The minister rejected the offer of talks.', label: 'assertion' },
  { text: 'The suspect was denied bail.', label: 'assertion' },
  { text: 'The embassy denied them visas.', label: 'assertion' },
  { text: 'The mayor did not deny the report.', label: 'assertion' },
]);

table('classify: NOT unverified (counterfactual, past ability)', [
  { text: '"We could have scored two goals," the coach said.', label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'] },
  { text: 'The team could have scored two goals.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
  { text: 'Neither side could score in the first half, and the match ended in a draw.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
  {
    text: 'Neither side could score in the first half.',
    before: 'The teams met on a rainy Saturday. ',
    label: 'assertion',
    rule: 'assertion:own-voice',
  },
]);

// ---------------------------------------------------------------------------------------------
// background
// ---------------------------------------------------------------------------------------------

table('classify: context in the article\'s own voice -> background', [
  { text: 'In 2019, the company moved its headquarters to Denver.', before: STORY_DATE, label: 'background', rule: 'background:context', cueKinds: ['background'], cueTexts: ['2019'] },
  { text: 'During his presidency, he signed more than 200 executive orders.', label: 'background', rule: 'background:context', cueKinds: ['background'], cueTexts: ['During his presidency'] },
  { text: 'The museum was founded in 1901 by a group of local artists.', before: STORY_DATE, label: 'background', rule: 'background:context', cueKinds: ['background', 'background'], cueTexts: ['was founded', '1901'] },
  { text: 'The company has long struggled to turn a profit.', label: 'background', rule: 'background:context', cueKinds: ['background'], cueTexts: ['has long'] },
  // The story's own year is news, not history.
  { text: 'In 2026, the company moved its headquarters to Denver.', before: STORY_DATE, label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
  // The same history attributed to a named source is its assertion.
  { text: 'According to the curator, the museum was founded in 1901.', before: STORY_DATE, label: 'assertion', rule: 'assertion:attributed', cueKinds: ['reporting'] },
  // A background sentence that carries a hedge is unverified.
  { text: 'During his presidency, he reportedly signed a secret order.', label: 'unverified', rule: 'unverified:distancing', cueKinds: ['distancing'] },
]);

// ---------------------------------------------------------------------------------------------
// A hedge in a leading concessive clause does not count
// ---------------------------------------------------------------------------------------------

table('classify: a cue in a leading side clause does not count', [
  { text: 'Though the plan might fail, the council approved it.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
  { text: 'Although some feared the bridge could collapse, engineers reopened it on Monday.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
  { text: 'Although the report was allegedly leaked, the council approved the budget.', label: 'assertion', rule: 'assertion:own-voice', cueKinds: [] },
  {
    text: 'Though critics said it might fail, the council approved the plan.',
    label: 'assertion',
    rule: 'assertion:own-voice',
  },
  // Control: the same hedge on the main claim counts.
  { text: 'Critics said the plan might fail.', label: 'unverified', rule: 'unverified:vague-source', cueKinds: ['vague-source', 'hedge'], cueTexts: ['Critics', 'might'] },
]);

// ---------------------------------------------------------------------------------------------
// Non-statement roles -> background:role-<role>; headline and dek are labelled by their words
// ---------------------------------------------------------------------------------------------

describe('classify: roles', () => {
  const rows: Array<{ doc: string; line: string; role: Role; label: Label; rule?: string; fails?: string }> = [
    { doc: 'Council approves plan\n\nWASHINGTON:\n\nThe council met.', line: 'WASHINGTON:', role: 'dateline', label: 'background', rule: 'background:role-dateline' },
    { doc: 'Council approves plan\n\nSaturday, October 9, 2010\n\nThe council met.', line: 'Saturday, October 9, 2010', role: 'dateline', label: 'background', rule: 'background:role-dateline' },
    { doc: 'Council approves plan\n\nBOSTON (Reuters) — The mayor said the budget would pass.', line: 'BOSTON (Reuters) —', role: 'dateline', label: 'background', rule: 'background:role-dateline' },
    { doc: 'Council approves plan\n\nby Jane Doe\n\nThe council met.', line: 'by Jane Doe', role: 'byline', label: 'background', rule: 'background:role-byline' },
    {
      doc: 'Council approves plan\n\nBy Jane Doe\n\nThe council met.',
      line: 'By Jane Doe',
      role: 'byline',
      label: 'background',
      rule: 'background:role-byline',
    },
    {
      doc: 'Council approves plan\n\nThe council met.\n\nA crowd may gather outside city hall. Image: City Council.',
      line: 'A crowd may gather outside city hall.',
      role: 'caption',
      label: 'background',
      rule: 'background:role-caption',
    },
    { doc: 'Council approves plan\n\nThe council met.\n\nA crowd gathers outside city hall.\nPHOTO:REUTERS', line: 'PHOTO:REUTERS', role: 'credit', label: 'background', rule: 'background:role-credit' },
    { doc: 'Council approves plan\n\nThe council met.\n\nLoad Next Story', line: 'Load Next Story', role: 'furniture', label: 'background', rule: 'background:role-furniture' },
    { doc: 'Council approves plan\n\nThe council met.\n\nAdvertisement\n\nThe mayor left.', line: 'Advertisement', role: 'furniture', label: 'background', rule: 'background:role-furniture' },
    { doc: 'Council approves plan\n\nThe council met.\n\nRead more: Council votes on parks plan', line: 'Read more: Council votes on parks plan', role: 'furniture', label: 'background', rule: 'background:role-furniture' },
    {
      doc: "Council approves plan\n\nEditor's note: This story may be updated as more details become available.\n\nThe council met.",
      line: "Editor's note: This story may be updated as more details become available.",
      role: 'furniture',
      label: 'background',
      rule: 'background:role-furniture',
    },
    { doc: 'Council approves plan\n\nThe council met.\n\nWhat comes next\n\nThe mayor left.', line: 'What comes next', role: 'heading', label: 'background', rule: 'background:role-heading' },
    { doc: 'Storm may hit coast on Friday\n\nThe storm is still far out at sea.', line: 'Storm may hit coast on Friday', role: 'headline', label: 'unverified', rule: 'unverified:hedge' },
    { doc: 'Council approves plan\n\nThe council met.', line: 'Council approves plan', role: 'headline', label: 'assertion', rule: 'assertion:headline' },
    // A headline that states an accusation is an assertion.
    { doc: 'Campaign accuses rival of election fraud\n\nThe campaign filed a complaint.', line: 'Campaign accuses rival of election fraud', role: 'headline', label: 'assertion' },
    { doc: 'Council approves plan\nResidents may lose power for days\n\nThe storm is still far out at sea.', line: 'Residents may lose power for days', role: 'dek', label: 'unverified', rule: 'unverified:hedge' },
    {
      // A month in a sentence is no date line: the sentence stays a body statement, and "in May"
      // frames an earlier period (background), not a role.
      doc: 'Council approves plan\n\nThe vote was held in May. It passed easily.',
      line: 'The vote was held in May.',
      role: 'body',
      label: 'background',
      rule: 'background:context',
    },
  ];
  for (const row of rows) {
    (row.fails === undefined ? it : it.fails)(`${JSON.stringify(row.line)} (${row.role}) -> ${row.rule ?? row.label}`, () => {
      const report = annotateByRules(row.doc);
      expectWellFormed(row.doc, report.statements);
      const statement = statementFor(row.doc, row.line, report.statements);
      expect({ role: statement.role, label: statement.label, rule: statement.rule }).toEqual({ role: row.role, label: row.label, rule: row.rule ?? statement.rule });
      if (statement.rule.startsWith('background:role-')) {
        expect(statement.cues).toEqual([]);
        expect(statement.confidence).toBeGreaterThan(0.5);
      }
    });
  }
});

describe('classify: report-level invariants', () => {
  it('counts match the statements, and every label is one of the four', () => {
    const input =
      'Council approves plan\nResidents may lose power for days\n\nBy Jane Doe\n\nBOSTON (Reuters) — The mayor said the budget would pass. ' +
      'A source said the vote was rigged. The mayor denied the allegations. In 2019, the council moved to a new hall.\n\nLoad Next Story';
    const report = annotateByRules(input);
    expectWellFormed(input, report.statements);
    expect(report.chars).toBe(input.length);
    const counts = { assertion: 0, denial: 0, unverified: 0, background: 0 };
    for (const s of report.statements) counts[s.label]++;
    expect(report.counts).toEqual(counts);
    expect(report.statements.map((s) => s.index)).toEqual(report.statements.map((_, i) => i));
    expect(counts.denial).toBe(1);
    expect(counts.unverified).toBe(2);
  });
});
