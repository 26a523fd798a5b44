/**
 * Patterns found by labelling unseen articles by hand against ANNOTATION.md and comparing with
 * the tool: a quoted belief, a party that has not said when or whether, a guess about a deed,
 * a state of mind negated. Every sentence was written for these tests.
 */
import { table } from '../support/label-table.js';

const ACCUSATION = 'Critics accused the port authority of hiding the repair costs. ';

table('a quoted belief is unverified ("I think", "our assumption")', [
  { text: '"I do think the votes are there for the repeal," Ray said.', label: 'unverified', rule: 'unverified:hedge', cueTexts: ['I do think'] },
  { text: '"I don\'t think the delay ought to outweigh the cost," Ray said.', label: 'unverified', rule: 'unverified:hedge' },
  { text: '"Our assumption is that the veto will be overridden," Ray said on Tuesday.', label: 'unverified', rule: 'unverified:hedge', cueTexts: ['Our assumption'] },
  { text: '"It is an overreach, in our estimation, of the county\'s powers," Ray said.', label: 'unverified', rule: 'unverified:hedge', cueTexts: ['in our estimation'] },
  // a plain quoted claim stays an assertion
  { text: '"The votes are there for the repeal," Ray said.', label: 'assertion', rule: 'assertion:attributed' },
]);

table('a party that has not said when, whether or how leaves the claim open', [
  { text: 'Lawmakers have not said when they would take up the bill.', label: 'unverified', rule: 'unverified:no-answer', cueTexts: ['not said when'] },
  { text: 'The mayor did not say how the pier would be repaired.', label: 'unverified', rule: 'unverified:missing-evidence' },
  { text: 'The coach and his staff haven\'t said much about the new lineup.', label: 'unverified', rule: 'unverified:no-answer' },
  { text: '"We take safety seriously," Ray said, but refused to give any more details about the leak.', label: 'unverified', rule: 'unverified:no-answer', cueTexts: ['refused to give'] },
  // saying something is no gap
  { text: 'The mayor said the pier would reopen in May.', label: 'assertion', rule: 'assertion:attributed' },
]);

table('a negation that is a guess or a state of mind denies nothing', [
  // the party's own negated deed after an accusation is a denial …
  { text: '"We did not hide the costs," Ray said.', before: ACCUSATION, label: 'denial', rule: 'denial:party-rejects' },
  // … but not under a hedge, nor when it negates wanting, seeming or being used to something
  { text: '"I suspect they won\'t hide the costs again," Ray said.', before: ACCUSATION, label: 'unverified', rule: 'unverified:hedge' },
  { text: '"We don\'t want to interrupt the repairs," Ray said.', before: ACCUSATION, label: 'assertion' },
  { text: '"The thing we are not used to is the noise," Ray said.', before: ACCUSATION, label: 'assertion' },
]);

table('the news peg and a poll\'s method are context', [
  { text: 'The vote comes as the county prepares to rebuild the pier.', label: 'background', rule: 'background:context', cueTexts: ['comes as'] },
  { text: 'The closure came just two weeks before the start of the ferry season.', label: 'background', rule: 'background:context' },
  { text: 'The poll was conducted from May 1 to 3 among 800 adults, with a margin of error of plus or minus 3 points.', label: 'background', rule: 'background:context' },
  // in the story's own time it is the news; a surprise is no peg
  { text: 'The report comes after the two sides exchanged fire yesterday.', label: 'assertion', rule: 'assertion:own-voice' },
  { text: 'The vote came as a surprise to the mayor.', label: 'assertion', rule: 'assertion:own-voice' },
]);

table('a cue in a clause about something else does not label the sentence', [
  // a hedge in a trailing clause with a subject of its own …
  { text: 'The pier is a danger to swimmers, Mayor Ann Roe said on Friday, as she bristled at the continued questions about its repair.', label: 'assertion', rule: 'assertion:attributed' },
  // … but the speaker's own "because I think" hedges the claim
  { text: '"Let the council decide, because I think the vote is being rigged," Ray said.', label: 'unverified', rule: 'unverified:hedge' },
  // a denial that is the verb of a relative clause describes a noun …
  { text: 'The talks included members of the port authority, which has strongly denied any role in the leak.', label: 'assertion' },
  // … a verdict reported inside one is the sentence's point
  { text: 'The plan angered the fishermen, many of whom say the council\'s claims about the harbor are unfounded.', label: 'denial', rule: 'denial:rejects-claim' },
  // a negated supposition supposes nothing
  { text: 'He didn\'t suggest a delay.', before: 'The mayor spoke on Monday. ', label: 'assertion' },
  { text: 'He suggested that the pier could reopen.', before: 'The mayor spoke on Monday. ', label: 'unverified' },
]);

table('a section heading of one noun states nothing', [
  { text: 'Refugees.', before: 'The council met on Monday.\n\n', label: 'background', rule: 'background:fragment' },
  { text: 'Yes.', before: '"Will the pier reopen?" the mayor asked. ', label: 'assertion' },
]);

table('an argument that does not hold up is rejected; a possible tie is a suspicion', [
  { text: '"The mayor\'s reasons for the veto don\'t hold water," Ray said.', label: 'denial', rule: 'denial:rejects-claim' },
  { text: 'The council\'s figures do not add up, the auditor said.', label: 'denial', rule: 'denial:rejects-claim' },
  { text: 'Investigators found that the attempts were made by people with possible ties to the gang.', label: 'unverified', rule: 'unverified:hedge', cueTexts: ['possible ties'] },
  // a plain tie is a fact; holding up a sign denies nothing
  { text: 'Investigators found that the attempts were made by people with ties to the gang.', label: 'assertion' },
  { text: 'Protesters did not hold up signs at the rally.', label: 'assertion' },
]);

table('a verdict or an expectation inside a description is no denial', [
  // a verdict in a relative clause with "that" describes the noun it follows
  { text: 'The council sent the file to the state, asking it to examine claims the mayor made last fall that have proved false.', label: 'assertion' },
  // a verdict reported after "said that" is the point
  { text: 'The auditor said that the claims were false.', label: 'denial', rule: 'denial:rejects-claim' },
  // a negated expectation or hearing is no answer to the accusation
  { text: '"We never envisioned that the dispute would reach this point," Ray said.', before: ACCUSATION, label: 'assertion' },
  { text: '"I have not heard that particular concern," Ray said.', before: ACCUSATION, label: 'assertion' },
]);

table('a question a source asks claims nothing', [
  { text: '"Are we where we need to be on the pier?" Ray asked the council.', label: 'unverified', rule: 'unverified:question' },
  { text: '"Are we where we need to be on the pier?', before: '"The vote is close," Ray said. ', label: 'unverified', rule: 'unverified:question' },
  // a question quoted inside a claim is the claim's
  { text: 'Ray said the council had never asked "Who pays for the pier?" before the vote.', label: 'assertion' },
  { text: 'WALLACE: Will the pier reopen in May?', label: 'unverified', rule: 'unverified:question' },
]);

table('lies told in general, or a lie to come, reject no claim', [
  { text: 'Ray said the mayor tells so many lies that the council has stopped listening.', label: 'assertion' },
  { text: '"We are concerned that the mayor may lie about the costs," Ray said.', label: 'unverified', rule: 'unverified:hedge' },
  // calling a claim a lie, or lying that something happened, does
  { text: 'Ray said the mayor\'s figures are lies.', label: 'denial', rule: 'denial:rejects-claim' },
  { text: 'Ray wrote that the mayor proceeded to lie to the council that the pier was sound.', label: 'denial', rule: 'denial:rejects-claim' },
]);

table('a verb of a relative clause without its pronoun reports nothing', [
  { text: 'Many people the reporters observed took out their phones to film the pier.', label: 'assertion', rule: 'assertion:own-voice' },
  { text: 'The reporters observed that many people took out their phones.', label: 'assertion', rule: 'assertion:attributed' },
]);

table('a refusal to say; a comparison with an earlier year is the news', [
  { text: 'Ray wouldn\'t say.', before: 'Reporters asked who approved the pier repairs. ', label: 'unverified', rule: 'unverified:no-answer' },
  { text: 'Donors pushed the tally beyond the total for 2012.', before: 'Monday, May 4, 2026\n\n', label: 'assertion', rule: 'assertion:own-voice' },
  { text: 'Turnout was higher than in 2012.', before: 'Monday, May 4, 2026\n\n', label: 'assertion', rule: 'assertion:own-voice' },
  // a year on its own is still history
  { text: 'Donors pushed the tally to a record in 2012.', before: 'Monday, May 4, 2026\n\n', label: 'background', rule: 'background:context' },
]);

table('an earlier one of its kind is history', [
  { text: 'She was awarded a medal during her previous visit to the port.', before: 'Monday, May 4, 2026\n\n', label: 'background', rule: 'background:context' },
]);

table('what someone ought to reject is no rejection; a potential effect is a guess', [
  { text: '"The moderator needs to challenge the mayor on every claim he makes," Ray said.', label: 'assertion' },
  { text: '"The council should reject the report," Ray said.', label: 'assertion' },
  { text: '"The council rejected the report," Ray said.', label: 'denial', rule: 'denial:rejects-claim' },
  { text: 'Their money has the potential to sway the county races.', label: 'unverified', rule: 'unverified:hedge' },
]);

table('facts still being gathered, a party that cannot be sure', [
  { text: 'The State Audit Office found that the county could not be sure the grant money was spent on the pier.', label: 'unverified', rule: 'unverified:missing-evidence' },
  { text: 'The mayor spoke on Tuesday as the facts about the collapse are still being gathered.', label: 'unverified', rule: 'unverified:missing-evidence' },
  { text: 'The mayor said she was sure the pier would reopen.', label: 'assertion' },
]);
