// Package quote finds attributions in news text: direct quotations and
// reported speech, each with its cue ("said", "according to"), the phrase
// naming the speaker, and the speaker resolved to a canonical entity.
//
// # How it works
//
// It works on raw text with its own tokenizer and a simple sentence
// splitter, using rules over generic word lists (speech verbs, phrasal
// cues such as "shot back", titles, role nouns, pronouns; see lexicon/)
// and no model. Forms covered: `"...," he said`, `"...," said X`, `X said:
// "..."`, `X told Y, "..."`, `X issued a statement: "..."`, quotes
// interrupted by their attribution and quotes that run over several
// sentences or paragraphs, "according to X" (also after a cue: `"...," X
// said, according to Y` gives Y), "X added", participles ("..., saying
// ...", "issued a statement saying ...", whose speaker is the subject of
// the clause they hang from), a quotation signed on the next line ("- X"),
// reported speech `X said (that) ...` and `..., X said.` (Direct false;
// the reported clause may open on a contracted pronoun, a quantity word or
// a lower-case noun phrase before its auxiliary, "said members of the
// panel should ...", and ends at the comma of an adverbial clause, "After
// a survey showed X, ..."), and quoted phrases inside reported speech.
// A text whose single opening marks outnumber its double marks quotes in
// the British style (‘We are ready,’ she said): its single marks that
// open or close a quotation count as quotation marks, apostrophes ("don’t",
// "the students’ union") and Penn Treebank clitics ("I 'm") excepted
// (single.go). Quotation marks of the other
// style inside a quotation (curly inside straight and the reverse) nest;
// a quotation left open at the end of its paragraph goes on in the next
// paragraph that opens with a mark, and one left open at a line break
// goes on past it when the next mark, within four lines, closes it or
// opens a later line with no blank line between (text split one sentence
// per line breaks a quotation of several sentences, and its paragraphs);
// a line that goes on with a lower-case word or a comma after a line with
// no stop is the same sentence (`"...?"` / `asked Jane Roe`). After a quotation that closes on a
// comma, "?" or "!", a bare "Name verb." or "verb Name." is its cue even
// when the verb is not in the lexicon (`"...?" Smith pressed.`); a cue
// that sits between a quotation closed on a full stop and a next one it
// introduces (`"...?" Smith writes back, "..."`) goes to the next one. A
// quotation opening its sentence right
// after a sentence that ends with a bare cue ("Smith agreed.", "...,
// a spokesman says.", "Smith said in a statement.") takes that cue; a
// quotation filling a paragraph with no cue, after a paragraph that ends
// with reported speech, takes that speech's speaker and cue, also over
// several paragraphs (each left open and the next opening with a mark);
// left open before a paragraph with no mark, its closing mark is missing
// and it takes no one's. Verb-first
// cues may follow an opening phrase (`But, said Smith, "..."`); a relative
// clause in a speaker's apposition may end at the cue without a comma
// (`"...," Roe, the analyst who founded it tweeted.`). A closing mark met
// outside any quotation opens one when the next mark of its paragraph
// closes again; invisible format characters are ignored. When reporting
// verbs nest ("X said the plan would reiterate ..."), the outermost one is the cue. A
// reported clause ends before a second report ("... and accused Y of",
// ", which he called"), and it ends with a quotation it holds when that
// quotation closes on its own comma or stop (`said it was "a disgrace," a
// word ...`) or is followed by a time or contrast clause ("when",
// "while", "before", "after"); the rest of that sentence is then left
// unattributed. Long quotations with no recognisable cue are kept
// with the subject of their clause (else of their sentence) as speaker
// when it names a person, a group or a role, or none; a short quoted
// phrase takes that subject only when its verb sits at most five words
// before the quotation and opens no relative clause ("She painted it as
// "..."", not "what she sees as "...""); titles and slogans in title case
// are dropped. A naming participle after a noun ("a play called "..."")
// is no cue. A passive reporting verb ("Smith was asked by a moderator,
// "..."") takes its "by" agent as the speaker, or none. A coordinated cue
// ("Smith left after he won and said ...") takes the main clause's
// subject, not a subordinate clause's; a phrase after a preposition ("in
// the past described") is no subject. A participle or coordinated cue
// never takes its subject from a clause that reports or names something
// ("said that he ...", "about how he ...", "what they ..."). A short or
// title-case quotation after a possessive or a preposition (`on NBC's
// "Meet the Press,"`) names a work or a chant: a cue after it reports what
// follows instead. A base verb form after a determiner and a singular name
// is a noun ("the Berlin attack", "the reality TV show"). Nested
// attributions follow PolNeAR's one-attribution-per-token rule: a cue in
// a relative clause with no comma before it ("X railed against what he
// calls "..."", "X criticized an aide who said ...") gives way to the
// reporting verb before the clause, while one after a comma (", which he
// called "..."") keeps its own; a parenthetical cue ("The records show,
// he said, that ...") beats the verb it interrupts; the source of
// "according to" may be any noun phrase ("according to excerpts of the
// speech"); a reported clause ends before a second speaker's report (",
// while Smith said ..."). The subject search of a participle or
// coordinated cue goes past a passive reporting verb ("X has been
// criticized for ..., though he ..., saying") and past a clause that
// opens the sentence ("When X asked, he laughed and said"). Stance verbs
// report their object or infinitive ("defended the plan", "declined to
// comment"); a reported clause whose subject is a relative pronoun after
// a comma ends at the next comma. A sentence opening with "In" and a
// phrase naming a poll or survey ("In a new poll, 40 percent said ...")
// is attributed to that poll unless a speaker other than a share of
// respondents reports in it. A parenthetical cue that interrupts a clause
// ("Cost estimates, he added, were "..."", "The records show, he said,
// that ...") takes the clause's opening words into what was said, but not
// an opening phrase ("In a statement, he said, "..."").
// A noun naming something said introduces a quotation through "that",
// "for" or "of" with its possessor or "by" agent as speaker (`her remark
// during the debate that she "..."`, `the mayor's call for "..."`) unless a
// reporting verb or "in" comes right before the possessor ("said in his
// statement that ...", "called Smith's remarks "...""). The phrase after
// "with" performs the participle after it ("with many marchers chanting
// "...""), and an -ing cue right after a noun and before a quotation is a
// verb, not part of a compound ("a narrator saying: "..."").
//
// # Cues, speaker phrases and reported clauses
//
// A "that" before a name, a plural or a gerund opens a clause, not a
// speaker phrase: after a reporting verb ("noted that Smith calls it
// "..."") the outer verb is the cue, elsewhere ("so loud that Smith
// shouted") the phrase starts after "that"; a link to a gerund ("accused
// her of making ...") joins no speaker phrase. A verb-first cue after a
// quotation is no cue when "as" follows its noun phrase (`"...,"
// described the plan as ...`), and one after a quotation closed on a
// stop must end its sentence. A heading in capitals filling its
// paragraph up to a quotation is the quotation's source. A naming cue
// ("called him a "liar" for ...") runs to the end of its clause unless
// its quotation closes on its own punctuation; "called for" is no naming
// cue. ", and that ..." after a quotation goes on with the same reported
// clause.
//
// Content opens after the "that" of a reported clause ("said that the
// plan failed" reports "the plan failed"; PolNeAR's annotators include the
// "that", which only its exact-match scores see) and after a particle or
// "to say" right after the cue verb ("called for a ban" reports "a ban"). A quotation embedded in
// a reported clause and followed by a reporting participle (`said the
// plan was "a disgrace," adding that ...`) keeps the clause's cue; the
// participle reports what follows it. A second quotation that opens
// inside the clause of a reporting participle after a trailing cue
// (`"...," said Smith, adding that "..."`) is no second piece of the
// first quote but the participle's own report, by the same speaker. A
// speaker's apposition may end on an abbreviation ("Smith, R-Ky., said")
// and may hold a past participle phrase (", dressed in a shirt printed
// with flags,").
//
// A headline (a short first line followed by more text) in title case
// takes its capitalised verbs as verbs ("Mayor Says City Will Rebuild"),
// and "Speaker: what was said" in a headline reports what follows the colon
// unless a label ("Analysis:", "BREAKING:") stands before it. A reporting
// verb after "to" reports a "that" clause or a question ("continued to
// insist that ...", "refused to say who ..."), with the subject of the verb
// governing the infinitive as speaker; "who" opens a reported question
// only after a negated cue ("did not say who"). A "that" after an
// addressee, a time or an adverb opens the reported clause ("told the
// Gazette last spring that", "complained to the auditor that", "admitted,
// somewhat sheepishly, that"). A subject with a lower-case head and a
// prepositional phrase ("Supporters of higher tolls say") or a plural head
// opening its sentence ("Brick makers argue") speaks. A stance verb may
// report a one-word object ("praised Halvorsen"). "X seemed to ..." is an
// impression with no speaker: its content is the subject and the
// infinitive. A reported clause ends before ", but", ", yet" and ", and"
// followed by a pronoun, an auxiliary, or a name or determiner phrase
// with a finite verb of its own (the narrator's own clause). A
// coordinated or participle cue after such a clause ("..., and the board
// rejected it and said", "... and she thanked them and said") takes that
// clause's subject, not the first reporting verb's.
//
// The clause after "that" keeps an adverb that opens it ("noted that even
// then ...") and opens on "that" when an auxiliary follows it ("said that
// is unlikely", "denied that that was the case"). Coordinated subjects
// speak together ("Smith and Jones said", "Farmers, millers and bakers
// say"), also with a floating "both" or "all" before the verb; a bare
// noun phrase before a past verb opens a reported clause ("says millions
// lost ..."); a base verb form after a plural noun is a verb ("her
// confidants say"), and so is a verb of thought after a quantity word
// when a clause's subject follows ("many fear Smith will ..."). Stance
// adjectives after "be" report what follows "that", "of" or "about"
// ("was adamant that", "has been critical of"), with no speaker for "it";
// "made no secret of" and "made no mention of" report their object; a
// speech or belief noun with a possessor reports its "that" clause ("her
// insistence that ...") and an attack noun its target ("his criticism of
// ..."), up to the sentence's own verb.
//
// Precision: a contracted "is" or "has" ("he's said", "that's what")
// is no possessive. A subject ending on an article, a possessive or a
// figure ("his recent", "the nearly 1,600") has lost its noun to the cue
// word, which is then read as a noun and reports nothing; "six in 10" and
// an age after a comma stay speakers. "state" reports only before "that"
// or a colon ("in 10 states", "state Sen. Smith" are nouns). "maintain"
// reports a bare clause, and "find" and "know" one opening on "a" or
// "an", only when a finite verb (or a name and its -ing form, "found
// Smith leading") follows within a few words: "found a way to", "has
// maintained a lead" report nothing. A naming participle after an
// indefinite object ("runs a charity called Open Doors") names a thing,
// and "..., said that ..." opens a clause, never a speaker after the cue.
//
// Outer cues: a cue closing its sentence after a comma ("..., according
// to a poll.", "..., the Gazette reported.", "..., reported the
// Gazette.") reports the whole clause before it when that clause holds a
// reporting verb of its own ("Most voters say they ..., according to a
// poll." is the poll's; "Roe noted the pier was "falling apart," the
// Gazette reported." is the Gazette's, "Roe noted" included), also after
// a quotation and its own trailing cue (`"...," said Roe, reports the
// Gazette.`); "told" and "asked" there name an addressee, not a speaker.
//
// Trailing speakers: after a quotation closed on a comma, lower-case
// words before a title or a role belong to the speaker phrase even when
// they are verb forms ("state Sen. Smith said", "former planning director
// Jane Roe wrote"); an apposition may open on "now" and an age ("Smith,
// now 81 and retired in Dayton, Ohio, said"); "state(s)" is the cue when
// it ends its clause or takes a prepositional phrase (`"...," the report
// states.`); and a determined noun with a determined "in" or "of" phrase
// speaks when its cue takes no clause of its own (`"...," a narrator in
// the video says.`). A naming participle after a determined noun governed
// by a preposition ("an adaptation of a show called "..."") is no cue,
// and a present form after a determiner and a past participle, before a
// comma or a preposition, is a noun ("the charged term, "...""). After a
// verb-first cue, an office named in lower case with "of" runs on to its
// holder's name, which is the mention (`"...," said chief of staff Jane
// Roe`, "said master of ceremonies Jane Roe"), and after a role it may
// end the phrase (`"...," said the chief of staff.`).
//
// Asked of the speaker: "asked", "pressed" or "questioned" set off by a
// comma after a noun and opening its topic, before a speech verb later in
// the sentence ("Roe, asked about the pier, said: ..."), or asking for
// anonymity ("who asked not to be named"), reports nothing of its own.
//
// Names behind an Arabic article: a capitalised part joined to a
// lower-case "al-", "el-", "ash-" and the like ("Abdel Rahman al-Masri",
// "Bashar al-Assad") is a capitalised word of the name.
//
// Interjected phrases: a subject keeps a relative clause opened by "which"
// or examples opened by "including", "like" or "such as", set off by
// commas before its cue, as it keeps a "who" clause ("The ministry, which
// oversees the ports, said ...", "Six papers, including the Gazette,
// said ..."); when such a phrase closes a longer apposition, the speaker
// starts at the apposition's head, and a time phrase before it ("this
// week, including Roe,") is no speaker.
//
// Subordinate clauses and interjections: a reported clause opening on "if", "although", "though",
// "while", "because", "once" or "unless" (after "that" or not, "even"
// allowed) goes on past the comma closing that subordinate clause, so a
// report in its main clause is part of what was said ("She said, if
// elected, she would ask ..."); "made clear" is a cue. Before a cue, a time
// phrase ending on "ago" is skipped ("The ministry two weeks ago said"), a
// phrase set off by commas that opens on a preposition leaves the person,
// role or group before it as the speaker ("Smith, during a stop in
// Dayton, Ohio, said" gives "Smith"), and an -ing participle with its
// prepositional object is no speaker ("an official speaking to the
// Gazette said" gives "an official").
//
// Clause openings: a reported clause may open on a gerund phrase when a finite
// verb follows it ("said winning the cup was ..."; not "during",
// "nothing" and the like), and on a prepositional phrase after "that",
// commas allowed ("said that, by next spring, ..."; a "by" phrase right
// after the cue stays an agent). ", referring to X" reports X, with the
// subject of the cue before it as speaker. A plural head opens its
// clause after a comma or an opening conjunction too ("But local farmers
// insist ..."); "few", "most" and the like are subjects before a verb
// taking "that" or a determiner ("Few believe that ..."); a belief verb
// with no object trails or interrupts its clause as a speech verb does
// ("..., land records show.", "..., the planners believe, would ...").
//
// Precision: a verb that reports through its object reports
// nothing when a preposition or conjunction follows it ("Arson attacks in
// the district", "drew praise and ..."); a lone word in capitals or a past
// participle before a headline's colon is a label ("DEVELOPING:",
// "Uncovered:"); "add" with an indefinite object or a figure reports only
// when a finite verb follows ("added a new oven to the shop", "added 4,000
// jobs" report nothing); a naming participle after an indefinite noun
// names it even as a subject when the name ends on a comma or a verb of
// its own ("A brass band called Tin Roof played ..."); and a verb-first
// cue whose lone pronoun goes on into a clause (`a "swindle," said he will
// ...`) closes no quotation.
//
// Concessive clauses: a clause of concession or cause ("although", "though",
// "whereas" or "because" after a comma, or "even though") whose subject
// pronoun and verb are its own and which holds a quotation before its next
// comma is that pronoun's report: the main clause's report ends before it,
// and the cue before the quotation is the subordinate verb ("..., although
// she made it clear that she has "doubts"", "even though he found
// "problems"").
//
// Infinitive cues: a pronoun or quantifier standing for what is
// said right before an infinitive cue ("had this to say", "has plenty to
// say") is no speaker, so the sentence's subject speaks through the colon
// that follows; an object pronoun governing the infinitive is the speaker
// on its own ("led her to declare" gives "her").
//
// Boundaries: reported speech that a cue-less quotation in the
// next sentence goes on with (`He said the plan "failed." "It was a
// mess."`) is direct, since its content now holds quoted words; a cue word
// that is also a speech noun ends its reported clause at the quotation
// only when it is a noun, not a verb right after its subject ("Roe calls
// the pier "a gift" for the fleet" runs to the clause end, "the mayor's
// claims that it was "unsafe" in May" stops at the quotation); and a
// programme named before "that" (`said on Harbour TV's "Morning Desk" on Monday
// that ...`: capitalised words ending in a possessive, a short quoted
// title, an optional time phrase) is no part of the content.
//
// Relative cues: the object of a verb that reports through its
// object ends before a comma and a relative "who", "which" or "that"
// whose verb, after auxiliaries and adverbs, is a reporting verb
// ("praised the bishop, who has publicly vowed to ..."): the relative
// clause is its own report, with the relative pronoun as speaker ("who"
// resolves to the name before the comma).
//
// Number speakers: "the" and a number word ("the two", "the
// three") opening a clause, or right after a quotation, stand alone as a
// plural speaker before a past or base verb form (`"...," the two write`,
// "The three said"); before an -s form the number modifies a noun ("the
// two reports say").
//
// Newswire forms: a party label set off by commas ("Smith, R-Ky.,
// said") keeps its subject, the stop ending no sentence; a verb-first cue
// after a comma takes no speaker whose noun phrase goes on with a verb of
// its own ("..., said the bill was dead"); "tell" takes a bare plural
// addressee before "that" or a preposition ("told investors that");
// "long" after an auxiliary is an adverb ("has long argued"); a belief
// verb trailing its clause may follow a perfect or modal auxiliary (",
// the organisers had hoped.", ", a poll has found."), not a passive "be";
// "wonder" reports a question ("wondered whether ..."); and "per" before
// a determiner or a name, opening a sentence or after a comma, is
// "according to" ("Per the ministry, ...", "..., per a report by the
// auditor.", where the source runs to the sentence's end), never a unit
// ("per capita", "5 per cent"). A passive verb that reports through its
// object, ending its sentence with its "by" agent, reports its subject
// when that is no person ("The claim was denied by the company.").
//
// Reported speech: a short phrase of time or medium right after the cue
// ("said on Tuesday", "said in a statement", "wrote on Twitter") is no
// part of a bare clause after it ("said on Tuesday the ferry would
// resume" reports "the ferry would resume"), though after "that" it is;
// a subject with an age and an apposition ("Smith, 54, a ferry captain,
// said ...") speaks whole; a cue set off by commas before its clause's
// verb, a time phrase allowed ("The ferry, officials said on Monday,
// would resume ..."), interrupts the clause it reports; "As X put it," or
// "As X noted," with X naming someone reports the clause after its comma;
// a reported clause ends before "and", "but" or "while" that opens a
// second speaker's report with no comma ("... and Jones said ..."),
// unless a name or pronoun before it makes a coordinated subject; and
// "this" after a cue opens the clause when no time word
// follows and a finite verb does ("said this was a mistake", not "said
// this week").
//
// Joined clauses and rulings: a participle or coordinated cue after a
// semicolon, or after a lone dash, that opens an independent clause
// ("...; Varga disagreed, saying ...") takes that clause's subject, not
// the first clause's (a semicolon before a bare verb goes on with a list,
// "...; was mocked in the press; and replied, saying"); "ruled",
// "decreed", "determined" and "held" report a "that" clause, past a short
// time phrase ("ruled on Monday that"), and nothing else ("ruled for forty
// years", "held two men"); and a reported clause ends before the
// narrator's remark on how it was made, after a comma: "without" or
// "while" and an -ing form ("..., without giving details") or "though"
// with a pronoun, a verb and "no" ("..., though she gave no date").
//
// Nominal reports and interrupting cues: a lower-case possessor of a
// speech, belief or finding noun keeps its determiner ("The agency's
// warning that ..." gives "The agency's"), "finding", "conclusion",
// "announcement", "assurance" and "report" with a possessor report their
// "that" clause, and a past participle after an auxiliary in that clause
// ("that the budget was balanced angered ...") is no second verb; a phrase
// of time ending a reported clause with an auxiliary of its own
// ("predicted the ferry would win on Sunday") dates that clause, not the
// saying; and a finite verb-first cue set off by commas before the verb
// of the clause it reports ("The ferry, said Varga, would resume in
// May.", a time phrase after the speaker allowed) interrupts that clause.
//
// Works, rumours and circumstances: a determined noun naming a work with
// its author after "by", opening its clause ("A survey by the Gazette
// found ...", "a survey of 500 boats by X", also trailing: "..., a study
// by X showed."), is the source whole, with the author as mention, and so
// after "according to" ("according to a survey by X"; an opening
// "According to ..." runs to its comma when no verb comes first). A
// speech noun with a "by" agent reports its "that" clause ("The claim by
// Varga that ... was false" gives "Varga"). A report, rumour, speculation,
// fear, allegation or claim named by no one ("There were reports that
// ...", "Rumours that ... spread", "on speculation that ...") reports its
// "that" clause with no source, unless "that" opens a relative clause (a
// verb right after it, or a past verb lacking its object: "the reports
// that the ministry published were ..."). After a verb-first cue, a
// phrase of time or medium after the speaker's name or role (`"...," said
// Varga on Sunday`, "said Roe in a statement") is no part of the source.
//
// Openings and circumstances: a rumour or speech noun right after a
// preposition or an -ing form opening its sentence ("Amid reports that
// ...", "Growing fears that ...") is a noun reported by no one, not a
// verb with that word as subject, and after a preposition its clause ends
// at the phrase's comma; a phrase of time or medium after a verb-first
// speaker's apposition (`"...," said Varga, the mayor, on Monday`) is no
// part of the source; a short prepositional phrase between an -ing cue
// and "that" ("saying in a tweet that ...") is no part of the content;
// and "As X put it," takes any determined noun as X ("As one fisherman
// put it,").
//
// Times, authors and the next verb: a short phrase of time between a
// cue and a bare clause ("saying on Thursday he viewed ...", "said on
// Friday he would resign") is no part of the content, however short
// the clause, and one between a report or speech noun and "that"
// ("reports on Monday that ...", "rumours last week that ...") no part
// of the cue's reach. A work named with a participle of authorship
// ("conducted", "published", "released", ...), an optional time and a
// "by" author ("a poll released on Sunday by X shows") is the source
// whole, as "a survey by X" is; other participles ("a letter obtained by
// X warns") leave the agent out. Two authors joined by "and" ("A study
// by Varga and Moreau found") both belong to the work. "Concerns" and
// "worries" are fears named by no one, as "fears" is. A noun's "that"
// clause ends before an auxiliary right after a full past verb ("the
// allegation by the union that managers lied was denied" reports
// "managers lied"); a clause of two words then suffices when the noun
// has a possessor or agent.
//
// Restrictive relatives: a subject with a "who" clause and no comma
// ("A woman who said her son had been hurt told reporters, "..."") holds
// two reports. The clause's reporting verb reports up to the main verb
// (the first finite verb after the report's own, past a clause nested
// after a pronoun or after a verb taking a bare clause, "knew the ward
// was full"; not a hyphenated word or an infinitive), and the main verb's
// speaker is the noun phrase with its relative clause ("A man who asked
// not to be named said ..."), the noun naming the speaker.
//
// Layouts and clause edges: a pull quote signed on its own last line
// inside the closing mark (`"... budgets. ¶ Jane Roe, Center for Economic
// Research."`) is that line's, a line with no verb; a name set off by a
// dash before the colon labels the quotation after it ("Pollsters agree -
// Carl Bialik: "...""); a quotation that opens its sentence, closes on a
// comma and is followed only by a name ending the paragraph is that
// name's (a scraped "said"); a quotation left open at its paragraph's end
// takes the cue after the next paragraph's opening quotation; a cue-less
// quotation finished by words before a cue closing its sentence (`"..."
// that the border is secure, he said.`) is that cue's. A cue closing an
// adverbial clause at its comma ("After the interview concluded, Maher
// said ...", also past a phrase of time, "Although in September she
// said X, ...") reports nothing after the comma ("as" excepted: "as Smith
// noted, ..." reports the clause after it); an aside set off by commas
// between a cue and "that" ("stated, while testifying, that ...") or by a
// pair of dashes inside a reported clause ("every candidate - including
// Cruz - favored ...") is passed. A noun
// of an occasion in -ing closes an addressee ("told a Senate hearing
// that ..."); a possessor's answer, view or message reports through "was
// that" or a colon ("The senator's answer was that ..."); "made the point
// that" reports with the subject of "make"; an infinitive cue after a verb
// of wanting or a phrase of place ("took to Twitter to call Fields
// "delusional"") takes its clause's subject; a name given in a quotation
// ends before a verb coordinated with "and", which reports a later
// quotation with the same speaker. Speaker phrases may hold an apposition
// between dashes ("Jason Sims — a teacher — says"), a short title in
// quotation marks ("the co-author of "Going Viral," said"), the question
// put to the speaker (", asked whether he would run,"), a verb form used
// as a noun before a role ("Virginia state director"), a figure before
// "percent"; a day or month after a preposition ("In September Ada
// Morrow said") is no part of a name, and "Will" is a name before a
// surname, after a given name or inside a sentence before its verb.
//
// Every dash is read alike: the horizontal bar "―" some outlets set
// between clauses, and the figure and two-em dashes, count as "—". A cue
// after a quotation that goes on with a clause of its own ("Although Doe
// admitted that they had "been friends," he claimed they never met")
// leaves the quotation to the cue before it; "that" or "which" right after
// a quotation opens a relative clause about it (`a "paperwork error" that
// was reported`), no cue of it; "as Doe said" after a
// quotation with no cue of its own names its speaker; "to" before an
// addressee and "that" names the addressee ("admitted to the newspaper
// that"). A participle's subject is the main clause's, past an infinitive
// ("Continuing to explain his view, Doe rejected ..., saying") and
// across a coordination in the subject's place ("Doe and other leaders
// shunned him, claiming"). An absolute phrase that reports ("..., with
// Doe calling it "a mess"", "with Doe taking to Twitter to call ...", "Roe
// saying ... and Doe calling ...") ends the clause before it and reports
// with its own noun phrase; a text described by a past participle and its
// place ("A statement posted on the group's website said") is the speaker,
// not the place.
//
// # Speakers
//
// Speakers: names map to the fullest compatible name in the text (package
// entity); "he"/"she" to the most recent person of compatible gender,
// preferring sentence subjects and, among those, people whose gender is
// known (from an honorific or a given name, entity.Gender) or who are
// named after a title over capitalised runs that may be no person at all.
// A name in apposition to the phrase opening its sentence is a subject
// ("His deputy, Maria Lenz, disagreed"); one after "of" or a preposition
// of place is not ("Residents of Grand Isle"), and a run ever named after
// a preposition of place ("in Grand Isle") or one word in capitals
// ("CNN") is never "he" or "she" unless its gender is known or it is
// titled;
// "it"/"they" to the most recent
// organisation (or plural group for "they") in the three sentences before;
// role phrases ("the spokesman", "the president", "the coach") to the
// most recent person with that title or role, else the most recent
// sentence subject in the three sentences before not named with another
// office ("the senator" is not "Rep. Adam Schiff", "the spokesman" is not
// Prime Minister David Cameron; offices include ministers, ambassadors,
// judges, sheriffs and spokespeople); a role phrase with a
// nationality ("the Syrian president") is first the person named with
// both, then one named with the role and no other nationality, and never
// one of another nationality (never a place or a body
// named in capitals), else no one; a body ("the authority", "the bank") to the body of that name
// named before or the name in apposition ("the state news agency, Sana,
// said"), else no one; an age
// phrase ("the 54-year-old") to the person whose age was given ("Roe,
// 54,", "Roe, a 54-year-old nurse,"), else no one. Lower-case particles
// join a name's parts ("Ursula von der Leyen", "Ali bin Rashed"). No person
// is a country, region, state or large city (lexicon/places.txt: "Spain confirmed
// ..." may speak, but "he" never means Spain), a plural of a role or
// person noun opening a sentence ("Officials said", "Witnesses"), a gerund
// or participle
// opening its sentence, or a lone capitalised word that cannot be a
// surname (unless after an honorific: "Mrs. Bakos") and is named nowhere
// in full (a plural, an abbreviation, a
// number word, a nationality) or a place named with its kind ("Tahrir
// Square"); a time stamp's zone ("09.28 BST") is no part of a name, nor is
// what a page glues before one — a photo credit or a byline's end ("Getty
// Images Bob Dudley", "By the Wire Staff Jane Roe"), a day, a month or an
// adverb ("Yesterday Jane Roe"), a role or party label opening the
// sentence ("Spokesman Jane Roe", "Texas Republican Jane Roe"), or, before
// a given name, a place, a role, an adjective of nationality or a noun for
// a doer ("Tunisian Omar Naguez", "Rescuer Anthony Thomas", "CBS Sports
// NFL Insider Jane Roe"), unless the words name a body. An office named with "of" ("Secretary of State Jane
// Roe", "Chancellor of the Exchequer Jane Roe") is held by the name after
// its department.
//
// Descriptions: the noun heading an apposition to a name, past an age
// ("Brandt, a former soldier,", "Brandt, 57, a retired welder,"), or an
// identity clause ("Roe is a former miner"; not a rank, "is the first
// ..."), is recorded as that person's role whatever the word, and a
// definite phrase with that head and the ending of a noun for a person
// ("the former soldier", "the welder") names them, else no one; so do a
// party or a nationality after a lower-case "the" ("the Michigan
// Democrat" after "Marrow, a Michigan Democrat," or "Marrow, D-Mich.,",
// "the American"; "The Australian" is a title), never the last subject. A
// surname named in full before and opening its sentence before an
// apposition is a person ("Brandt, a former soldier, moved"). An identity
// clause naming someone first described without a name ("One man who
// stayed is Omar Hadi", "Among those waiting was Omar Hadi, a driver")
// makes the name its subject and the description no one apart. A role
// phrase after an indefinite mention of its noun ("A government spokesman
// said ... the spokesman added") is that unnamed person, even when someone
// was named with the role before, unless the indefinite phrase is an
// apposition to a name ("Kraus, a British aid worker,"; not "In Rome, a
// spokesman" nor "on Monday, a spokesman").
//
// People left unnamed count as people: a clause opening with an indefinite
// or possessive determiner and a person noun ("A woman in Tripoli says",
// "At the hospital, a man ...", "His wife stepped in"), or a speaker phrase
// headed by a person noun that resolved to no name ("the protester said"),
// is what a later "he" or "she" of compatible gender means when no named
// subject comes between them, and that pronoun then resolves to no one
// rather than to the last person named, its Attribution.Unnamed holding
// the phrase that introduced the person ("a woman in Tripoli"). A role phrase for someone news
// leaves unnamed ("the woman", "the witness", "the official"), or one whose
// noun was last seen after an indefinite article ("A senior House aide said
// ... The aide noted"), resolves only to a person given that role, never to
// the most recent person. A subject may follow an introductory phrase ("On
// Tuesday, Orrado addressed ...") or titles and their qualifiers ("French
// Defense Minister Gerard Longuet has ..."); the capitalised words before a
// title are no person ("French Defense"), nor is an adjective of
// nationality ("Libyan state television"), a capitalised word modifying a
// role or a body ("Opposition officials"), one the text also writes in
// lower case ("Violence spread ...") or one it writes only once, opening a
// sentence before no verb ("Nearly all are doomed", not "Putin spoke"), or
// a month ("August seems a long way off"). An organisation is named whole,
// with the links of its name ("the Center for Economic and Policy Research
// said", "the National Oceanic and Atmospheric Administration (NOAA)
// said", where the acronym in brackets spells it), and no part of such a
// name is a person; a name with two appositions ("Jane Roe, co-director of
// the Center ..., a think tank, said") is the speaker they describe.
// Penn Treebank brackets ("-LRB- D-Mich . -RRB-", "-LRB- NOAA -RRB-") set
// off a party label or an acronym as parentheses do; a person named before
// "of" and a body an acronym spells is the speaker ("Tom Roe of the
// Centers for Disease Control and Prevention (CDC) said"). A
// "he" or "she" right after a quotation's speaker named in full means that
// speaker, before a farther person whose gender is known. A body named
// again by a common noun ("the company", "the agency", "the alliance") is
// the body named in the three sentences before ("BP", "the International
// Organization for Migration"), never a time zone, a country, a label or a
// word of a heading in capitals; "the company" is a one-word company acting
// as a clause's subject nearer than that body ("Transocean said ... The
// company also said"), never a plural or a word the text also writes in
// lower case opening a sentence ("Crews pumped", "Oil is leaking"). "He"
// and "she" never mean a news agency ("viewed by Reuters"). What a person said, named after their
// name's possessive ("Schumer's message was clear:", "Obama's response"),
// is that person's.
//
// # When it was said
//
// [Extractor.Annotate] dates each quote by the day its reporting words name,
// read from the day mentions the date tagger left on the article's
// sentences (news.Quote.Said): a mention within a few words after them,
// past the speaker, an addressee or the setting ("said on Friday", `"...,"
// Peskov told reporters in Moscow on Friday`, "said in a statement
// Wednesday", "told Friday's rally"), or one opening the sentence or
// standing right before the verb ("On Saturday, the ministry said", "Merkel
// on Thursday said"). A day inside any quote's content is what was said,
// not when; one after a word opening another clause or bounding a span
// ("who resigned on Friday", "since Friday") is another event's; a day
// after publication is none. The same speaker's next statement within two
// sentences ("Putin said on Friday ... "...," he added") shares the day
// unless its own sentence names a time (the day is not handed on from
// one inherited statement to the next). A quote with no day is dated by
// its article's publication (news.Quote.Day).
//
// # Limits
//
// It does not parse syntax, resolve other pronouns or link entities
// across articles, and it knows English only. An [Extractor] reuses its
// buffers and is not safe for concurrent use: use one per goroutine.
package quote
