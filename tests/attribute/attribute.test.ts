/**
 * Table-driven tests for attribution, run through annotate(): the `source` of statements —
 * who speaks, the reporting verb and its stance — and the source a sentence inside a
 * quotation takes from the quotation's attribution.
 *
 * Every sentence was written for these tests. A row with `fails` documents a case where the
 * code contradicts the spec or the attribution brief: it runs as `it.fails` and `fails` says
 * what the code does today.
 */
import { describe, expect, it } from 'vitest';
import { type Source, type Stance, type Statement } from '../../src/index.js';
import { annotateByRules } from '../support/rules.js';

interface ExpectedSource {
  text: string;
  verb: string;
  /** The reporting verb or phrase as it stands in the text. */
  cue: string;
  named: boolean;
  stance: Stance;
  /** The speaker comes after the verb (`"…," said Smith`). */
  after?: boolean;
  /** What a pronoun mention stands for. */
  resolved?: string;
}

interface Row {
  text: string;
  source: ExpectedSource | null;
  fails?: string;
}

const HEAD = 'Headline here\n\n';

/** input.slice() of the source and of its cue give their texts, and both lie in the document. */
function expectSourceSpans(input: string, source: Source): void {
  expect(input.slice(source.start, source.end)).toBe(source.text);
  expect(input.slice(source.cue.start, source.cue.end)).toBe(source.cue.text);
  expect(source.start).toBeLessThan(source.end);
  expect(source.cue.start).toBeLessThan(source.cue.end);
  // The speaker and the verb do not overlap.
  expect(source.end <= source.cue.start || source.cue.end <= source.start).toBe(true);
}

function only(input: string, statements: readonly Statement[], text: string): Statement {
  const at = input.lastIndexOf(text);
  const covering = statements.filter((s) => s.start < at + text.length && s.end > at);
  expect(covering.map((s) => s.text), 'the sentence is exactly one statement').toEqual([text]);
  return covering[0]!;
}

function expectSource(input: string, statement: Statement, expected: ExpectedSource | null): void {
  if (expected === null) {
    expect(statement.source).toBeNull();
    return;
  }
  const source = statement.source;
  expect(source, `no source on ${JSON.stringify(statement.text)}`).not.toBeNull();
  expectSourceSpans(input, source!);
  expect({ text: source!.text, verb: source!.verb, cue: source!.cue.text, named: source!.named, stance: source!.stance }).toEqual({
    text: expected.text,
    verb: expected.verb,
    cue: expected.cue,
    named: expected.named,
    stance: expected.stance,
  });
  if (expected.after !== undefined) expect(source!.start > source!.cue.end).toBe(expected.after);
  if (expected.resolved !== undefined) expect(source!.resolved).toBe(expected.resolved);
  // Every source of a statement lies in the statement itself unless it was inherited from a quotation.
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const row of rows) {
      (row.fails === undefined ? it : it.fails)(row.text, () => {
        const input = HEAD + row.text;
        const report = annotateByRules(input);
        for (const s of report.statements) if (s.source !== null) expectSourceSpans(input, s.source);
        const statement = only(input, report.statements, row.text);
        expectSource(input, statement, row.source);
        if (row.source !== null) {
          // A source found in the sentence's own words lies inside the sentence.
          expect(statement.source!.start).toBeGreaterThanOrEqual(statement.start);
          expect(statement.source!.end).toBeLessThanOrEqual(statement.end);
        }
      });
    }
  });
}

const say = (text: string, extra: Partial<ExpectedSource> = {}): ExpectedSource => ({ text, verb: 'say', cue: 'said', named: true, stance: 'neutral', ...extra });

table('attribute: who speaks', [
  {
    text: 'Jane Roe, a spokeswoman for the city, said the pool would reopen in June.',
    source: say('Jane Roe, a spokeswoman for the city', { after: false }),
  },
  { text: 'The ministry said the border would stay closed.', source: say('The ministry', { after: false }) },
  // Between dashes: a clause is set off whole; an appositive joins its name (and keeps it named).
  { text: 'The report ― which draws on the work of historians, among others ― says the pier is older than the town.', source: say('The report', { cue: 'says' }) },
  { text: 'The mayor — a former captain — said the pier was safe.', source: say('The mayor — a former captain') },
  // A leading prepositional phrase's object is not the name the appositive belongs to.
  { text: 'In a letter to the council, Ann Roe, a harbor pilot, said the pier was unsafe.', source: say('Ann Roe, a harbor pilot') },
  { text: 'With a week until the vote, Ann Roe, a harbor pilot, said the pier was unsafe.', source: say('Ann Roe, a harbor pilot') },
  { text: 'Trump has been targeting her since Ann Roe, at the debate, said the pier was unsafe.', source: say('Ann Roe') },
  // A party-and-state tag in parentheses is not the speaker: the name before it is.
  { text: 'Harbor Chairman Carl Berg (R-Maine) said the pier was safe.', source: say('Harbor Chairman Carl Berg') },
  { text: 'Sen. Ann Roe (D-Vt.) said the pier was safe.', source: say('Sen. Ann Roe') },
  { text: 'Rep. Ann Roe (D-Vt.), a harbor panel member, said the pier was safe.', source: say('Rep. Ann Roe (D-Vt.), a harbor panel member') },
  { text: "The mayor's office said the bridge would reopen.", source: say("The mayor's office") },
  { text: 'Smith, who chairs the transport panel, said the bridge was safe.', source: say('Smith') },
  { text: 'The ruling came from Judge Ann Ware, who said the fees were unlawful.', source: say('who', { resolved: 'Judge Ann Ware' }) },
  { text: 'The city said in a statement that the bridge was safe.', source: say('The city') },
  // The frame says where; the verb is the cue.
  { text: 'In a statement on Monday, the city said the bridge was safe.', source: say('the city') },
  { text: 'But in a statement Friday, the mayor said: "I am honored by the endorsement."', source: say('the mayor') },
  { text: '"We are ready," said Mayor John Smith.', source: say('Mayor John Smith', { after: true }) },
  { text: '"We are ready," the mayor said.', source: say('the mayor', { after: false }) },
  { text: '"The bridge is safe," Jane Roe, a spokeswoman for the city, said.', source: say('Jane Roe, a spokeswoman for the city') },
  { text: '"The bridge is safe," Smith told reporters.', source: { text: 'Smith', verb: 'tell', cue: 'told', named: true, stance: 'neutral' } },
  {
    text: 'According to the report, the river rose by two meters overnight.',
    source: { text: 'the report', verb: 'according to', cue: 'According to', named: true, stance: 'neutral', after: true },
  },
  {
    text: 'The river rose by two meters overnight, according to the city engineer.',
    source: { text: 'the city engineer', verb: 'according to', cue: 'according to', named: true, stance: 'neutral', after: true },
  },
  {
    text: 'The payments came to light in a report by the Tribune, which revealed that the city paid the contractor twice.',
    source: { text: 'which', resolved: 'the Tribune', verb: 'reveal', cue: 'revealed', named: true, stance: 'neutral' },
  },
  { text: 'A source said the deal was signed on Friday.', source: say('A source', { named: false }) },
  { text: 'One official said the plan was dropped.', source: say('One official', { named: false }) },
  { text: 'People familiar with the matter said the bank plans to cut jobs.', source: say('People familiar with the matter', { named: false }) },
  // "state" between a preposition and a noun is no verb.
  { text: 'Thousands of voters were dropped from state rolls last year.', source: null },
  // "But" opens the sentence; it does not set off a phrase to the first comma.
  { text: 'But the mayor grinned and invoked the old story, "Dear Jack, buy no more votes than you need."', source: { text: 'the mayor', verb: 'invoke', cue: 'invoked', named: true, stance: 'neutral' } },
  // A quantifier alone names who speaks.
  { text: 'Some believe the new pier will never open.', source: { text: 'Some', verb: 'believe', cue: 'believe', named: false, stance: 'hedged' } },
  // A relative clause without its pronoun belongs to the subject.
  { text: 'All the engineers I interviewed said the bridge was safe.', source: say('All the engineers I interviewed', { named: false }) },
  { text: 'Officials we spoke to said the plant would close.', source: say('Officials we spoke to', { named: false }) },
  // "To which" answers; it describes no noun.
  { text: 'To which the mayor said, "The bridge is safe."', source: say('the mayor') },
  { text: 'The bridge reopened on Monday after a week of repairs.', source: null },
  // A title compromise does not know ("Del.") is part of the name, not the end of a phrase.
  { text: '"The pier is unsafe," said Del. Ann Lee of the harbor board.', source: say('Ann Lee of the harbor board', { after: true }) },
  // A closing tag after a year names the speaker after the verb, not the year before it.
  // After the verb as before it, the appositive belongs to the speaker ("Jane Roe, a spokeswoman for the city, said").
  { text: 'The ferry ran late on most days as of 2019, said Ann Lee, a spokeswoman for the port authority.', source: say('Ann Lee, a spokeswoman for the port authority', { after: true }) },
  // A closing tag with a long appositive still governs the sentence, over the verb of its first clause.
  {
    text: 'Dock workers felt safe with the new cranes because the port had tested them, said Ann Lee, the engineer for the harbor board that runs the port.',
    source: say('Ann Lee, the engineer for the harbor board that runs the port', { after: true }),
  },
  // A horizontal bar ("―") sets off a phrase as an em dash does; the main clause's verb speaks, not the "when" clause's.
  {
    text: 'When the mayor noted that the pier was late ― as it had been for years ― the builder boasted, “That makes me careful.”',
    source: { text: 'the builder', verb: 'boast', cue: 'boasted', named: true, stance: 'neutral' },
  },
  // An -ed form opening the sentence is a participle: its subject is asked, the main clause speaks.
  { text: 'Asked about the delay on the pier, the mayor said, “It is safe.”', source: say('the mayor') },
  // "compared to" between figures compares; it reports no one's view.
  { text: 'A majority of the ferries (54%) ran late, compared to only 18% of the buses.', source: null },
  { text: 'The mayor compared the builder to a magician.', source: { text: 'The mayor', verb: 'compare', cue: 'compared', named: true, stance: 'neutral' } },
  // Common nouns before a colon are no speaker's label.
  { text: 'Two questions: Why would the mayor do that?', source: null },
]);

table('attribute: the stance of the reporting verb', [
  { text: 'Smith said that the vote was rigged.', source: say('Smith') },
  { text: 'Smith claimed that the vote was rigged.', source: { text: 'Smith', verb: 'claim', cue: 'claimed', named: true, stance: 'distancing' } },
  { text: 'Smith accused the board of hiding losses.', source: { text: 'Smith', verb: 'accuse', cue: 'accused', named: true, stance: 'accusing' } },
  { text: 'Smith denied that he had taken any money.', source: { text: 'Smith', verb: 'deny', cue: 'denied', named: true, stance: 'denying' } },
  { text: 'Smith admitted that the company missed its targets.', source: { text: 'Smith', verb: 'admit', cue: 'admitted', named: true, stance: 'conceding' } },
  { text: 'Smith suggested that the vote could be delayed.', source: { text: 'Smith', verb: 'suggest', cue: 'suggested', named: true, stance: 'hedged' } },
  { text: 'The opposition alleged that the vote was rigged.', source: { text: 'The opposition', verb: 'allege', cue: 'alleged', named: true, stance: 'accusing' } },
  { text: 'The governor insisted that the budget was balanced.', source: { text: 'The governor', verb: 'insist', cue: 'insisted', named: true, stance: 'distancing' } },
  { text: 'The company acknowledged that the data was lost.', source: { text: 'The company', verb: 'acknowledge', cue: 'acknowledged', named: true, stance: 'conceding' } },
  { text: 'The senator railed against the new tax on fuel.', source: { text: 'The senator', verb: 'rail against', cue: 'railed against', named: true, stance: 'accusing' } },
  { text: 'The governor retweeted a video of the flooded bridge.', source: { text: 'The governor', verb: 'retweet', cue: 'retweeted', named: true, stance: 'neutral' } },
]);

table('attribute: speakers the code gets wrong (extra cases)', [
  {
    text: 'Officials who spoke on condition of anonymity said the plant would close.',
    source: say('Officials who spoke on condition of anonymity', { named: false }),
  },
  {
    text: 'The deal was first described in a report by the Tribune, which revealed that the city paid twice.',
    source: { text: 'which', resolved: 'the Tribune', verb: 'reveal', cue: 'revealed', named: true, stance: 'neutral' },
  },
  {
    text: 'Rights groups accused the ministry of meddling in the vote.',
    source: { text: 'Rights groups', verb: 'accuse', cue: 'accused', named: false, stance: 'accusing' },
  },
  {
    text: 'Engineers say the bridge is safe.',
    source: { text: 'Engineers', verb: 'say', cue: 'say', named: false, stance: 'neutral' },
  },
  {
    text: 'The suspect is believed to have left the country.',
    source: null,
  },
  {
    text: 'The mayor is said to favour the plan.',
    source: null,
  },
  {
    text: 'The suspect was denied bail.',
    source: null,
  },
]);

const attitude = (text: string, verb: string, cue: string, extra: Partial<ExpectedSource> = {}): ExpectedSource => ({ text, verb, cue, named: true, stance: 'neutral', ...extra });

table('attribute: verbs compromise reads as nouns, and subjects with a participle', [
  { text: 'The latest county poll released Friday shows that the mayor leads by four points.', source: attitude('The latest county poll released Friday', 'show', 'shows') },
  // Before a possessive pronoun, too: "compares his …".
  { text: 'Mr. Clarke compares his struggles to those of a former mayor.', source: attitude('Mr. Clarke', 'compare', 'compares') },
  { text: 'The Harbor Party campaign plans to open offices in every district.', source: attitude('The Harbor Party campaign', 'plan', 'plans') },
  { text: 'But police also fear that the protests could spread.', source: attitude('police', 'fear', 'fear', { named: false, stance: 'hedged' }) },
  { text: 'The mayor is promising lower fares and more ferries.', source: attitude('The mayor', 'promise', 'promising') },
  { text: 'Data from the 2019 housing survey show that rents rose by a third.', source: attitude('Data from the 2019 housing survey', 'show', 'show', { named: false }) },
  { text: 'Recent polls in Maine and Vermont have similarly shown the mayor’s lead eroding.', source: attitude('Recent polls in Maine and Vermont', 'show', 'shown', { named: true }) },
  // A participle right after its noun describes the noun: "a blog written by" gives the sentence no source.
  { text: 'She came upon a blog written by a former harbor master.', source: null },
  { text: 'Court records from the 2015 case show he paid the fine late.', source: attitude('Court records from the 2015 case', 'show', 'show', { named: false }) },
  // Inside what an earlier verb acts on, a noun before "to" stays a noun: "a court order to treat" is no one ordering.
  { text: 'In May, three groups granted the mine an extension on a court order to treat the runoff, saying the firm was short of money.', source: attitude('three groups', 'say', 'saying', { named: false }) },
  // After a possessive, "plans" is the noun: the plans are the city's (a possessor's noun, below), not a verb's.
  { text: "The city's plans to build a tram were dropped in May.", source: attitude("The city's", 'plan', 'plans') },
  // After a noun that modifies in its plural form ("savings", "emissions"), "plans" and "rules" head the compound, and the clause's own verb speaks.
  { text: 'The bank sells college savings plans that the state backs.', source: null },
  { text: 'The port adopted new emissions rules that the mayor says will cut smoke.', source: say('the mayor', { cue: 'says' }) },
  // (Any other plural closes a longer subject and takes its verb: "a poll of likely voters shows".)
  { text: 'A poll of likely voters shows that most want the ferry back.', source: attitude('A poll of likely voters', 'show', 'shows', { named: false }) },
  // The agent of a participle describing the subject is part of it: the transcript shows, published by the Herald.
  { text: 'The transcript published by the Harbor Herald shows that the mayor spoke first.', source: attitude('The transcript published by the Harbor Herald', 'show', 'shows') },
  { text: 'A survey conducted by the Harbor Authority found that most ferries ran late.', source: attitude('A survey conducted by the Harbor Authority', 'find', 'found') },
  // compromise reads "average" after a name as an adjective, and "shows" after it as a noun; a possessive before it is no "is".
  { text: 'The Harbor Poll average shows Lee ahead by two points.', source: attitude('The Harbor Poll average', 'show', 'shows') },
  { text: 'The Herald’s Harbor Poll average shows Lee ahead by two points.', source: attitude('The Herald’s Harbor Poll average', 'show', 'shows') },
]);

table('attribute: attitudes, judgments and rulings', [
  { text: 'The senator has long been critical of the harbor plan.', source: attitude('The senator', 'be … critical of', 'been critical of') },
  { text: 'Fishermen were increasingly worried about the new quotas.', source: attitude('Fishermen', 'be … worried about', 'were increasingly worried about', { named: false }) },
  // An honorific and a time inside what is called do not end it: the verb, not the possessor's noun, attributes.
  { text: 'Ann Roe called Mr. Berg’s remarks on Saturday “a true wake-up call” for the port.', source: attitude('Ann Roe', 'call', 'called') },
  // "as X called them": an as-clause names what it is about; the naming is X's, not the sentence's claim.
  { text: 'The two hosts are playing the horse (or, as the Harbor Herald called them in an article last week, ‘ferry clowns’).', source: attitude('the Harbor Herald', 'call', 'called') },
  { text: 'She called them.', source: null },
  { text: 'Some critics saw the vote as a rebuke of the mayor.', source: attitude('Some critics', 'see … as', 'saw the vote as', { named: false }) },
  { text: 'The appeals court ruled that the fees were unlawful.', source: attitude('The appeals court', 'rule', 'ruled') },
  { text: 'A federal appeals court ruled Friday against the county’s purge of voter rolls.', source: attitude('A federal appeals court', 'rule … against', 'ruled Friday against', { named: false }) },
  { text: 'The Supreme Court declined to hear the case.', source: attitude('The Supreme Court', 'decline to', 'declined to') },
  { text: 'The mayor is raising new questions about the contract.', source: attitude('The mayor', 'raise … question', 'raising new questions') },
  { text: 'Some council members question the wisdom of the new tram.', source: attitude('Some council members', 'question', 'question', { named: false, stance: 'denying' }) },
  // Questioning a person is an interview, not a doubt.
  { text: 'The police questioned the driver for an hour.', source: null },
  { text: 'The port authority issued a statement on the strike late on Monday.', source: attitude('The port authority', 'issue … statement', 'issued a statement') },
  { text: 'The harbor board voted to close the old pier.', source: attitude('The harbor board', 'vote to', 'voted to') },
  // After a quotation, "is an advocate for" does not look for its subject after it.
  { text: 'The player nicknamed “King James” is a longtime, dedicated advocate for children.', source: null },
  { text: 'The senator has been a loyal supporter of the harbor plan.', source: attitude('The senator', 'be … supporter of', 'been a loyal supporter of') },
  // A gap may run to four words: "a consistent and outspoken".
  { text: 'The senator has been a consistent and outspoken supporter of the harbor plan.', source: attitude('The senator', 'be … supporter of', 'been a consistent and outspoken supporter of') },
  { text: 'The mayor spoke warmly of the new ferry.', source: attitude('The mayor', 'speak … of', 'spoke warmly of') },
  { text: 'As the harbor master put it, the pier is older than the town.', source: attitude('the harbor master', 'put it', 'put it') },
  { text: 'Other officials weighed in on the plan.', source: attitude('Other officials', 'weigh in', 'weighed in', { named: false }) },
  { text: 'The senator has gone after the mayor as a spendthrift.', source: attitude('The senator', 'go after', 'gone after', { stance: 'accusing' }) },
  { text: 'The union is doubling down on its attacks on the board.', source: attitude('The union', 'double down on', 'doubling down on') },
  { text: 'The mayor tied the fare rise to the fuel tax.', source: attitude('The mayor', 'tie … to', 'tied the fare rise to') },
  { text: 'Harbor workers rallied behind the striking crews.', source: attitude('Harbor workers', 'rally behind', 'rallied behind') },
  { text: 'The mayor walked back her comments on the fare rise.', source: attitude('The mayor', 'walk back', 'walked back', { stance: 'conceding' }) },
  { text: 'The senator broke with his party on the harbor bill.', source: attitude('The senator', 'break with', 'broke with') },
  { text: 'The governor lauded the new harbor budget.', source: attitude('The governor', 'laud', 'lauded') },
  { text: 'The governor has complimented the new harbor master, but with an edge.', source: attitude('The governor', 'compliment', 'complimented') },
  { text: 'The council has largely ignored the audit.', source: attitude('The council', 'ignore', 'ignored') },
  { text: 'The mayor reaffirmed that the pier would reopen in May.', source: attitude('The mayor', 'reaffirm', 'reaffirmed') },
  { text: 'Critics faulted the board for the long delay.', source: attitude('Critics', 'fault', 'faulted', { named: false, stance: 'accusing' }) },
  // "ruled" with no clause is an event.
  { text: 'The king ruled for forty years.', source: null },
  // "declined to comment" is no answer and no one's claim, but it says who did not answer.
  { text: 'The harbor master declined to comment.', source: attitude('The harbor master', 'decline to', 'declined to') },
  { text: 'The port authority did not immediately respond to requests for comment.', source: attitude('The port authority', 'respond', 'respond') },
  // A gap in the evidence is no one's answer: "not been able to confirm" gives no source.
  { text: 'The Herald has not been able to confirm the identity of the buyers.', source: null },
  // Past forms compromise has no lemma for ("derided", "touted") find their verb in the lexicon.
  { text: 'The unions derided the deal as toothless.', source: attitude('The unions', 'deride', 'derided', { stance: 'accusing' }) },
  // An indirect question after a verb of doubt reports the doubt.
  { text: 'At a rally on Friday, the mayor questioned what kind of builder leaves a pier half done.', source: attitude('the mayor', 'question', 'questioned', { stance: 'denying' }) },
  // A coordinated verb after its auxiliary shares the subject.
  { text: 'The mayor has praised the builders, and has called for a second pier.', source: attitude('The mayor', 'praise', 'praised') },
  { text: 'The mayor opened the pier in May and has since called for a second one.', source: attitude('The mayor', 'call for', 'called for') },
  // After a verb of causing or asking, its object does what the infinitive says.
  { text: 'The storm damage prompted the harbor board to order a new sea wall.', source: attitude('the harbor board', 'order', 'order') },
  { text: 'The audit has led the port authority to fear a second loss.', source: attitude('the port authority', 'fear', 'fear', { stance: 'hedged' }) },
  // A verb right before "to" lends the infinitive its own subject, not the sentence's.
  { text: 'The mayor is facing criticism after she appeared to blame the ferry crews for the delays.', source: attitude('she', 'blame', 'blame', { stance: 'accusing' }) },
  // ("took to the radio to …" is no object: the subject speaks.)
  { text: 'The mayor took to the radio to criticize the board.', source: attitude('The mayor', 'criticize', 'criticize', { stance: 'accusing' }) },
  // A word after an article, "of" or a preposition and an adjective is a noun, whatever compromise tagged it.
  { text: 'The ferry line ran a series of tweets about its new timetable.', source: null },
  { text: 'The ad seizes on recent comments about the pier.', source: null },
  // "said that in 1998, …": a clause follows the verb, not its speaker.
  { text: 'Dr. Ann Lee, who was the ship doctor, said that in 1998, the captain let the crew leave early.', source: say('Dr. Ann Lee') },
  // An adverb may split the infinitive; "was able to" is no passive.
  { text: 'The mayor was able to repeatedly tout the new pier.', source: attitude('The mayor', 'tout', 'tout') },
  // An -ing modifier belongs to the subject it follows.
  { text: 'Dock workers marching through the port chanted "No more delays!" until noon.', source: attitude('Dock workers marching through the port', 'chant', 'chanted') },
  // A leading "Following …" phrase is no speaker.
  { text: 'Following a hastily called meeting, the council issued a statement on the pier.', source: attitude('the council', 'issue … statement', 'issued a statement') },
  // An -ed form after a noun is a participle when an agent follows or the noun is a preposition's object.
  { text: 'The fares were cut by a coalition led by the mayor and backed by the unions.', source: null },
  { text: 'The tram plan rests on the old rules proposed during the mayor’s first term.', source: null },
  // (After a noun that is a subject, it is the verb: "the harbor board reported in May that …".)
  { text: 'The harbor board reported in May that the pier was unsafe.', source: attitude('The harbor board', 'report', 'reported') },
  // An adverb may stand between an -s verb compromise reads as a noun and what it takes.
  { text: 'A harbor board analysis released last month reveals just how old the pier is.', source: attitude('A harbor board analysis released last month', 'reveal', 'reveals', { named: false }) },
  // A quotation after the comma is what an -ing form says; "at the mayor’s" is a possessive, so "poked" is the verb whose subject speaks.
  { text: 'Lee, a former mayor, poked at the mayor’s persistent sniffing, tweeting, “Notice the mayor yawning.”', source: attitude('Lee, a former mayor', 'tweet', 'tweeting') },
  // An -ing form opening the sentence after a preposition is the subject's; the main verb comes first.
  { text: 'After saying the pier was safe, the mayor was booed.', source: say('the mayor', { cue: 'saying' }) },
  { text: 'In offering her view of the vote, Lee told reporters the pier would close.', source: attitude('Lee', 'tell', 'told') },
  // "footage of X saying": the noun after "of" does what the -ing form says; a document's author says what it says.
  { text: 'The ad uses footage of the mayor asking, “Why is the pier still shut?”', source: attitude('the mayor', 'ask', 'asking') },
  { text: 'The union struck after Mayor Ann Lee sent a series of tweets criticizing the dock workers.', source: attitude('Mayor Ann Lee', 'criticize', 'criticizing', { stance: 'accusing' }) },
  // An ad is a document too, and a time between it and the -ing form belongs to neither.
  { text: 'The mayor’s campaign released an ad this week showing the governor mocking the dock workers.', source: attitude('The mayor’s campaign', 'show', 'showing') },
  // A speech verb that opens the sentence before its speaker: a name, or a person's title ("the mayor").
  { text: 'Says Lee: "The pier is safe."', source: say('Lee', { verb: 'say', cue: 'Says', after: true }) },
  { text: 'Said the mayor: "The pier is safe."', source: say('the mayor', { cue: 'Said', after: true }) },
  // "states" is far more often a noun than a verb in political news: the verb states a clause.
  { text: 'Turnout rose in most of the battleground states.', source: null },
  { text: 'A memo on the harbor board website states that the pier will close.', source: attitude('A memo on the harbor board website', 'state', 'states', { named: false }) },
  { text: 'The harbor board stated on Friday that the pier will close.', source: attitude('The harbor board', 'state', 'stated') },
  // A quantifier opening a clause is its subject, though compromise tags it as an adverb.
  { text: 'To varying degrees, all agreed that the fares would rise.', source: attitude('all', 'agree', 'agreed', { named: false, stance: 'conceding' }) },
  // A subject pronoun is the whole subject, whatever noun stands before it.
  { text: 'On Friday the harbor board met and in a long interview with the Herald she blasted the plan.', source: attitude('she', 'blast', 'blasted', { stance: 'accusing' }) },
  // NYT-style quotation marks ('' … '') after an -ing form.
  { text: "The mayor hardly clarified the fare rule and, when pressed, asserting, ''Of course I pay my fares.''", source: attitude('The mayor', 'assert', 'asserting', { stance: 'distancing' }) },
  // A possessive compromise reads as "is", and an -s verb after an appositive.
  { text: 'Lee’s running mate, Harbor Gov. Ann Roe, plans to release her own returns soon.', source: attitude('Lee’s running mate, Harbor Gov. Ann Roe', 'plan', 'plans') },
  // "as reported by", "as stated in": the agent, or the document or publication.
  { text: 'As reported by the Harbor Herald, the pier will close in May.', source: attitude('the Harbor Herald', 'report', 'reported') },
  { text: 'As stated in Lee’s column, the pier is older than the town.', source: attitude('Lee’s column', 'state', 'stated') },
  { text: 'The pier is old, as first reported in The Harbor Herald.', source: attitude('The Harbor Herald', 'report', 'reported') },
  // ("as shown in the case of …" names no document.)
  { text: 'Fares rose, as shown in the sad case of Ann Lee.', source: null },
  // A verb in a relative clause about a noun speaks when nothing else in the sentence does.
  { text: 'Two boats sank in a storm that the harbor master described as “the worst in decades.”', source: attitude('the harbor master', 'describe', 'described') },
]);

table('attribute: a possessor and the noun of what it said or planned', [
  { text: "The council seized on the mayor's claim that the fund was empty.", source: attitude("the mayor's", 'claim', 'claim') },
  { text: "Under the governor's plan, fares would rise by a tenth.", source: attitude("the governor's", 'plan', 'plan') },
  { text: "The board's growth forecast for the port was cut to two percent.", source: attitude("The board's", 'forecast', 'forecast') },
  // The object of someone else's verb is what that someone reports on.
  { text: "The editor called the mayor's remarks a mistake.", source: attitude('The editor', 'call', 'called') },
  // A verb goes first: the noun only attributes where no verb does.
  { text: "The minister said the union's demands were too high.", source: say('The minister') },
]);

table('attribute: verbs inside an adverbial clause', [
  // "called" reports what the reports say; the clause's own verb is "pointed to".
  { text: 'That was when she pointed to reports that the mayor called the plan a disaster.', source: attitude('she', 'point to', 'pointed to') },
  { text: 'The caucus met shortly after the mayor said he finally believes the audit.', source: say('the mayor') },
]);

table('attribute: a document opened by "in"', [
  { text: 'In the county poll, the mayor rose two points since March.', source: { text: 'the county poll', verb: 'in', cue: 'In', named: true, stance: 'neutral' } },
  // A verb goes first; "in" before anything but a document attributes nothing.
  { text: 'In the county poll, the mayor said, voters were asked the wrong question.', source: say('the mayor') },
  { text: 'In the spring, the mayor rose two points.', source: null },
]);

table('attribute: closing tags', [
  {
    text: 'The county poll shows the mayor ahead among older voters, according to the Center for Public Opinion Research.',
    source: { text: 'the Center for Public Opinion Research', verb: 'according to', cue: 'according to', named: true, stance: 'neutral' },
  },
  // compromise reads "noted" here as an adjective.
  { text: 'However debates are not likely to alter the campaign, noted NBC’s Ana Berg.', source: attitude('NBC’s Ana Berg', 'note', 'noted') },
  { text: '"The pool will reopen," Mayor Ann Ware said Tuesday.', source: say('Mayor Ann Ware') },
  { text: 'The mayor plans to visit the port on Sunday, according to a campaign aide.', source: { text: 'a campaign aide', verb: 'according to', cue: 'according to', named: false, stance: 'neutral' } },
]);

table('attribute: -ing clauses', [
  // A set-off -ing verb that carries a clause carries the claim; the main verb with a plain object only its occasion.
  { text: 'The mayor spoke to a gathering of ferry captains, promising to lift the harbor fees.', source: attitude('The mayor', 'promise', 'promising') },
  { text: 'The mayor defended the fees, saying that the port needs the money.', source: say('The mayor', { cue: 'saying' }) },
  // A verb with a complement of its own keeps the claim: a quotation before it, a charge after it.
  { text: '“The ferry will run,” she said, adding that the fares would rise.', source: say('she') },
  { text: 'Lee mocked the mayor for raising fees, claiming that the port was broke.', source: attitude('Lee', 'mock', 'mocked', { stance: 'accusing' }) },
  // A quantifier set off before the -ing form is its subject (compromise reads "touting" there as an adjective).
  { text: 'The two mayors sparred on Tuesday, each saying the other had let the pier rot.', source: attitude('each', 'say', 'saying', { named: false }) },
  { text: 'The two mayors sparred on Tuesday, each touting their own record on the pier.', source: attitude('each', 'tout', 'touting', { named: false }) },
  {
    text: 'The mayor spoke to the builders on Friday, promising to cut the fees.',
    source: attitude('The mayor', 'promise', 'promising'),
  },
  {
    text: 'On Thursday, however, the governor visited the port, accusing the board of neglect.',
    source: attitude('the governor', 'accuse', 'accusing', { stance: 'accusing' }),
  },
  {
    text: 'The council split over the plan, with the mayor backing the new tram line.',
    source: attitude('the mayor', 'back', 'backing'),
  },
  {
    text: 'The senator courted the farmers by telling them that prices would rise.',
    source: attitude('The senator', 'tell', 'telling'),
  },
  { text: 'The governor avoids condemning the strike.', source: attitude('The governor', 'condemn', 'condemning', { stance: 'accusing' }) },
  { text: 'But the attorney general isn’t saying much about the charity.', source: attitude('the attorney general', 'say', 'saying') },
  // A participle after the speaker's tag belongs to the tag's speaker, not the sentence's first noun.
  {
    text: '"The port is ready for the season," said spokesman Carl Berg, referring to the new cranes.',
    source: say('spokesman Carl Berg', { after: true }),
  },
  // An -ing form after a later clause is that clause's subject's.
  {
    text: 'The gate stayed shut, and the harbor master grew angry, warning that the ferry had left early.',
    source: attitude('the harbor master', 'warn', 'warning'),
  },
  // A coordinated verb shares the subject before it.
  {
    text: 'The harbor master, a former captain, then appeared on the radio on Tuesday and began by saying that the ferry was safe.',
    source: attitude('The harbor master, a former captain', 'say', 'saying'),
  },
  { text: 'The mayor’s aides were also pleased, perhaps recognizing that the vote was close.', source: attitude('The mayor’s aides', 'recognize', 'recognizing', { named: false, stance: 'conceding' }) },
  // A leading participle phrase is not the subject.
  {
    text: 'Pressed by reporters on Friday, the mayor spoke at length, promising to reopen the pool.',
    source: attitude('the mayor', 'promise', 'promising'),
  },
  // A gerund's object has no verb of its own ("processing plants" is no one planting): the -ing form is the clause's subject's.
  {
    text: 'In 1990, the harbor court stopped a firm from abandoning its oil waste processing plants in bankruptcy, citing a threat to public health.',
    source: attitude('the harbor court', 'cite', 'citing'),
  },
  // A bare verb after "and" is the second verb of the infinitive before it: the subject's, or no one's after a passive.
  { text: 'The mayor will be unable to turn the crowds against the board and accuse the council of waste.', source: attitude('The mayor', 'accuse', 'accuse', { stance: 'accusing' }) },
  { text: 'Residents were encouraged to send their designs online and suggest what the flag should mean.', source: null },
  // No object, no clause: nothing is reported.
  { text: 'The results of the trial were encouraging.', source: null },
]);

table('attribute: requests and charges (a verb, whom it names, what they are to do or did)', [
  // The asker speaks, not the one asked: the infinitive is what the request asks for.
  { text: 'The harbor master asked the crowd to welcome the new ferry.', source: attitude('The harbor master', 'ask', 'asked') },
  { text: 'The mayor’s office has asked the Herald’s harbor reporter, a former captain, to fact check the timetable.', source: attitude('The mayor’s office', 'ask', 'asked') },
  // "to" before a place is no request: nothing is asked.
  { text: 'The mayor asked the builders to the town hall.', source: null },
  // A charge names whom it accuses and of what, an appositive between or not.
  { text: 'Harbor prosecutors in May charged two builders, Ann Roe and Carl Berg, with defrauding the port.', source: attitude('Harbor prosecutors', 'charge', 'charged', { named: false, stance: 'accusing' }) },
  { text: 'The fee is charged with the rent.', source: null },
  // An attack names whom it accuses and why, or where it was said; an attack on a place is no claim.
  { text: 'The mayor attacked the builders on Friday for leaving the pier half done.', source: attitude('The mayor', 'attack', 'attacked', { stance: 'accusing' }) },
  { text: 'The mayor attacked the harbor board during a speech on Friday.', source: attitude('The mayor', 'attack', 'attacked', { stance: 'accusing' }) },
  { text: 'Rebels attacked the convoy on the highway.', source: null },
  // "for" names who does what the infinitive says.
  { text: 'The storm will make it hard for the harbor master to defend the new pier.', source: attitude('the harbor master', 'defend', 'defend') },
  // (Not a time, nor a possessor's noun: "for its failure to speak out" is the sentence's.)
  { text: 'The board came under fire for its failure to speak out on the pier.', source: attitude('The board', 'speak out', 'speak out') },
]);

// ---------------------------------------------------------------------------------------------
// Quotations: sentences inside a quotation take its source
// ---------------------------------------------------------------------------------------------

describe('attribute: quotations over several sentences', () => {
  /** [statement text, source text or null]; every source that is the same speaker must be the same span. */
  const rows: Array<{ name: string; body: string; expected: Array<[string, string | null]>; rules?: string[]; fails?: string }> = [
    {
      name: 'reported speech goes on in the next sentence in "would" with a pronoun subject; a sentence in the writer’s own tense does not',
      body: 'The pier, the mayor said, would reopen in May. But it would also need new cranes. It opened in 1910.',
      expected: [
        ['The pier, the mayor said, would reopen in May.', 'the mayor'],
        ['But it would also need new cranes.', 'the mayor'],
        ['It opened in 1910.', null],
      ],
    },
    {
      name: 'a straight-quoted quotation over two sentences, attributed at its end',
      body: '"The bridge is safe. It will reopen on Monday," Smith said.',
      expected: [
        ['"The bridge is safe.', 'Smith'],
        ['It will reopen on Monday," Smith said.', 'Smith'],
      ],
      rules: ['assertion:quoted-source', 'assertion:attributed'],
    },
    {
      name: 'curly quotes',
      body: '“The bridge is safe. It will reopen on Monday,” Smith said.',
      expected: [
        ['“The bridge is safe.', 'Smith'],
        ['It will reopen on Monday,” Smith said.', 'Smith'],
      ],
    },
    {
      name: 'mismatched pair "…”',
      body: '"The bridge is safe. It will reopen on Monday,” Smith said.',
      expected: [
        ['"The bridge is safe.', 'Smith'],
        ['It will reopen on Monday,” Smith said.', 'Smith'],
      ],
    },
    {
      name: 'mismatched pair “…"',
      body: '“The bridge is safe. It will reopen on Monday," Smith said.',
      expected: [
        ['“The bridge is safe.', 'Smith'],
        ['It will reopen on Monday," Smith said.', 'Smith'],
      ],
    },
    {
      name: 'a quotation continued in the next sentence of the paragraph',
      body: '"The bridge is safe," Smith said. "It will reopen on Monday."',
      expected: [
        ['"The bridge is safe," Smith said.', 'Smith'],
        ['"It will reopen on Monday."', 'Smith'],
      ],
      rules: ['assertion:attributed', 'assertion:quoted-source'],
    },
    {
      name: 'a continued quotation of two sentences',
      body: '"The bridge is safe," Smith said. "It will reopen on Monday. Traffic will flow again."',
      expected: [
        ['"The bridge is safe," Smith said.', 'Smith'],
        ['"It will reopen on Monday.', 'Smith'],
        ['Traffic will flow again."', 'Smith'],
      ],
    },
    {
      name: 'a second speaker keeps their own source',
      body: '"The bridge is safe," Smith said. "It is not," Roe said.',
      expected: [
        ['"The bridge is safe," Smith said.', 'Smith'],
        ['"It is not," Roe said.', 'Roe'],
      ],
    },
    {
      name: 'own-voice sentences around a quotation take no source',
      body: 'The bridge was closed for a week. "The bridge is safe. It will reopen on Monday," Smith said. Engineers checked it twice.',
      expected: [
        ['The bridge was closed for a week.', null],
        ['"The bridge is safe.', 'Smith'],
        ['It will reopen on Monday," Smith said.', 'Smith'],
        ['Engineers checked it twice.', null],
      ],
    },
    {
      name: 'an own-voice sentence after an attributed quotation takes no source',
      body: '"The bridge is safe," Smith said. The council met again on Friday.',
      expected: [
        ['"The bridge is safe," Smith said.', 'Smith'],
        ['The council met again on Friday.', null],
      ],
    },
    {
      name: 'a colon lead-in in the same sentence',
      body: 'Smith said: "The bridge is safe. It will reopen on Monday."',
      expected: [
        ['Smith said: "The bridge is safe.', 'Smith'],
        ['It will reopen on Monday."', 'Smith'],
      ],
    },
    {
      name: 'a lead-in "Smith stated," followed by a quoted paragraph',
      body: 'The council met on Tuesday.\n\nSmith stated,\n\n"The bridge is safe. It will reopen on Monday."',
      expected: [
        ['The council met on Tuesday.', null],
        ['Smith stated,', 'Smith'],
        ['"The bridge is safe.', 'Smith'],
        ['It will reopen on Monday."', 'Smith'],
      ],
      rules: ['assertion:own-voice', 'assertion:attributed', 'assertion:quoted-source', 'assertion:quoted-source'],
    },
    {
      name: 'a longer lead-in followed by a quoted paragraph',
      body: 'The council met on Tuesday.\n\nIn a letter to residents, Smith stated,\n\n“The bridge is safe. It will reopen on Monday.”',
      expected: [
        ['The council met on Tuesday.', null],
        ['In a letter to residents, Smith stated,', 'Smith'],
        ['“The bridge is safe.', 'Smith'],
        ['It will reopen on Monday.”', 'Smith'],
      ],
    },
    {
      name: 'two signed quotations in one paragraph, the second with marks that do not pair up',
      body: '“The pier is unsafe. It should close.” ― Ann Lee\n“The ferry is late. As my father said ‘Time is money.” And that is all. “the end’.” ― Bo Roe.',
      expected: [
        ['“The pier is unsafe. It should close.” ― Ann Lee', 'Ann Lee'],
        ['“The ferry is late.', 'Bo Roe'],
        ['As my father said ‘Time is money.”', 'Bo Roe'],
        ['And that is all.', 'Bo Roe'],
        ['“the end’.” ― Bo Roe.', 'Bo Roe'],
      ],
    },
    {
      name: 'a quotation that opens right after a sentence in which someone says something',
      body: 'The ferry may be late again, Smith said. "The engines are old. They need a refit."',
      expected: [
        ['The ferry may be late again, Smith said.', 'Smith'],
        ['"The engines are old.', 'Smith'],
        ['They need a refit."', 'Smith'],
      ],
    },
    {
      name: 'a quotation after an own-voice sentence takes no source from the sentence before that',
      body: 'Smith said the ferry was late. The engines failed twice. "It was a long night."',
      expected: [
        ['Smith said the ferry was late.', 'Smith'],
        ['The engines failed twice.', null],
        ['"It was a long night."', null],
      ],
    },
    {
      name: 'a paragraph that is a quotation and nothing else, after a paragraph that ends with an attributed one',
      body: 'The pier reopened on Monday. "The pier is safe," Smith said.\n\n"It will stay open all winter."\n\nThe council met on Friday.',
      expected: [
        ['The pier reopened on Monday.', null],
        ['"The pier is safe," Smith said.', 'Smith'],
        ['"It will stay open all winter."', 'Smith'],
        ['The council met on Friday.', null],
      ],
    },
    {
      name: 'British single quotes over two sentences',
      body: '‘The bridge is safe. It will reopen on Monday,’ Smith said.',
      expected: [
        ['‘The bridge is safe.', 'Smith'],
        ['It will reopen on Monday,’ Smith said.', 'Smith'],
      ],
    },
  ];

  for (const row of rows) {
    (row.fails === undefined ? it : it.fails)(row.name, () => {
      const input = HEAD + row.body;
      const report = annotateByRules(input);
      const body = report.statements.filter((s) => s.role === 'body');
      expect(body.map((s) => s.text)).toEqual(row.expected.map(([t]) => t));
      const spans = new Map<string, string>();
      body.forEach((s, i) => {
        const speaker = row.expected[i]![1];
        if (speaker === null) {
          expect(s.source, `source of ${JSON.stringify(s.text)}`).toBeNull();
          return;
        }
        expect(s.source, `source of ${JSON.stringify(s.text)}`).not.toBeNull();
        expectSourceSpans(input, s.source!);
        expect(s.source!.text).toBe(speaker);
        expect(s.source!.named).toBe(true);
        // All sentences of one speaker point at the same words of the document.
        const span = `${s.source!.start}-${s.source!.end}`;
        expect(spans.get(speaker) ?? span).toBe(span);
        spans.set(speaker, span);
      });
      if (row.rules !== undefined) expect(body.map((s) => s.rule)).toEqual(row.rules);
    });
  }

  it('a transcript turn set as several quoted paragraphs keeps its speaker until the next label', () => {
    const input = 'Interview\n\n"LEE: The pier is safe.\n\n"But the board has its doubts. They will vote soon.\n\n"ROE: I doubt it.\n\n[Video: The pier at dawn.]\n\n"A fine view."';
    const body = annotateByRules(input).statements.filter((s) => s.role === 'body');
    expect(body.map((s) => [s.text, s.source?.text ?? null])).toEqual([
      ['"LEE: The pier is safe.', 'LEE'],
      ['"But the board has its doubts.', 'LEE'],
      ['They will vote soon.', 'LEE'],
      ['"ROE: I doubt it.', 'ROE'],
      // A caption's label ends the turn but names no speaker.
      ['[Video: The pier at dawn.]', null],
      ['"A fine view."', null],
    ]);
  });

  it('a dateline before a dash, in a paragraph of its own after the dek, is where the story is, not who speaks', () => {
    const input = 'Port reopens after storm.\n\nAfter a week of repairs, the port aims to reopen soon.\n\nPORTSMOUTH - Harbor officials gathered on Friday to discuss the new pier.';
    const last = annotateByRules(input).statements.at(-1)!;
    expect(last.text).toBe('PORTSMOUTH - Harbor officials gathered on Friday to discuss the new pier.');
    expect([last.source?.text, last.source?.cue.text]).toEqual(['Harbor officials', 'discuss']);
  });

  it('a transcript turn that opens with a quotation mark it never closes: the label speaks every sentence, the verbs it reports included', () => {
    const input = 'Interview\n\n"LEE: The pier is safe. It will reopen soon, as the Herald reported. Two points: it is cheap.\n\n"ROE: I doubt it.';
    const body = annotateByRules(input).statements.filter((s) => s.role === 'body');
    expect(body.map((s) => [s.text, s.source?.text ?? null, s.source?.cue.text ?? null])).toEqual([
      ['"LEE: The pier is safe.', 'LEE', ':'],
      ['It will reopen soon, as the Herald reported.', 'LEE', ':'],
      ['Two points: it is cheap.', 'LEE', ':'],
      ['"ROE: I doubt it.', 'ROE', ':'],
    ]);
  });

  it('the label of a quoted sentence follows its own words: a hedged sentence inside a quotation is unverified', () => {
    const input = HEAD + '"The bridge is safe. It may reopen on Monday," Smith said.';
    const body = annotateByRules(input).statements.filter((s) => s.role === 'body');
    expect(body.map((s) => [s.label, s.source?.text ?? null])).toEqual([
      ['assertion', 'Smith'],
      ['unverified', 'Smith'],
    ]);
  });
});

describe('attribute: who speaks without making the claim', () => {
  it('a request and an as-clause name who asked or named, but the label is the sentence’s own', () => {
    const rows = ['Several towns asked the harbor schools to pay the tax.', 'The tax, as critics call it, is a burden on the port.'].map((input) => {
      const statement = annotateByRules(input).statements[0]!;
      return [statement.label, statement.source?.text ?? null, statement.source?.named ?? null];
    });
    // Unnamed askers and critics would make a claim of theirs unverified; these are no claims of theirs.
    expect(rows).toEqual([
      ['assertion', 'Several towns', false],
      ['assertion', 'critics', false],
    ]);
  });
});
