package temporal

import (
	"testing"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/google/go-cmp/cmp"
)

// got is the part of a mention the table checks: "text|TYPE|value".
func brief(ms []news.Mention) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.Text+"|"+string(m.Type)+"|"+m.Value)
	}
	return out
}

// pub is Monday 5 June 2017, the reference of most cases.
var pub = news.NewDate(2017, 6, 5)

func TestTag(t *testing.T) {
	tests := []struct {
		name string
		ref  news.Date // zero: pub
		text string
		want []string
	}{
		// The cases the project brief requires.
		{"brief weekday past", pub, "Putin said on Friday that talks had failed.", []string{"Friday|DATE|2017-06-02"}},
		{"brief weekday future", pub, "The leaders will meet on Friday.", []string{"Friday|DATE|2017-06-09"}},
		{"brief aired on Sunday", pub, "The interview aired on Sunday.", []string{"Sunday|DATE|2017-06-04"}},

		// Explicit dates.
		{"month day year", pub, "It opened on June 2, 2017.", []string{"June 2, 2017|DATE|2017-06-02"}},
		{"day month year", pub, "It opened on 2 June 2017.", []string{"2 June 2017|DATE|2017-06-02"}},
		{"month day no year", pub, "It opened on June 2.", []string{"June 2|DATE|2017-06-02"}},
		{"ordinal day of month", pub, "It opened on the 2nd of June.", []string{"the 2nd of June|DATE|2017-06-02"}},
		{"iso date", pub, "Filed 2017-06-02 in court.", []string{"2017-06-02|DATE|2017-06-02"}},
		{"iso date and time", pub, "Posted 1999-01-22 13:06:18 by staff.", []string{"1999-01-22 13:06:18|TIME|1999-01-22T13:06"}},
		{"slashed unambiguous", pub, "Dated 6/13/2017 and 13/6/2017.", []string{"6/13/2017|DATE|2017-06-13", "13/6/2017|DATE|2017-06-13"}},
		{"slashed ambiguous skipped", pub, "Dated 6/2/2017.", []string{}},
		{"abbreviated month", pub, "Results are due Sept. 30, 2016.", []string{"Sept. 30, 2016|DATE|2016-09-30"}},
		{"weekday and date", pub, "It was signed Monday, Oct. 26, 2015.", []string{"Monday, Oct. 26, 2015|DATE|2015-10-26"}},
		{"month year", pub, "Prices peaked in March 2011.", []string{"March 2011|DATE|2011-03"}},
		{"year", pub, "He moved there in 2010.", []string{"2010|DATE|2010"}},
		{"decade", pub, "Prices were lower in the 1990s.", []string{"the 1990s|DATE|199"}},
		{"short decade", pub, "It was popular in the '80s.", []string{"the '80s|DATE|198"}},
		{"century", pub, "A 21st century framework.", []string{"21st century|DATE|20"}},
		{"spoken year", news.NewDate(1998, 3, 1), "That was in nineteen ninety-six.", []string{"nineteen ninety-six|DATE|1996"}},
		{"fiscal year", pub, "Sales rose in fiscal 1989.", []string{"fiscal 1989|DATE|1989"}},
		{"prenominal year drops the", pub, "He cut the 1996 budget.", []string{"1996|DATE|1996"}},

		// Months.
		{"bare month past", pub, "Sales fell in March.", []string{"March|DATE|2017-03"}},
		{"bare month future", pub, "The vote will take place in September.", []string{"September|DATE|2017-09"}},
		{"bare month past tense later month", pub, "The talks collapsed in September.", []string{"September|DATE|2016-09"}},
		{"may needs context", pub, "May I ask? Officials may act in May.", []string{"May|DATE|2017-05"}},
		{"last month", pub, "Exports fell last month.", []string{"last month|DATE|2017-05"}},
		{"next month", pub, "Exports will rise next month.", []string{"next month|DATE|2017-07"}},
		{"earlier this month", pub, "He resigned earlier this month.", []string{"earlier this month|DATE|2017-06"}},
		{"last March", pub, "He resigned last March.", []string{"last March|DATE|2017-03"}},
		{"next March", pub, "He resigns next March.", []string{"next March|DATE|2018-03"}},
		{"mid month", pub, "Attacks rose after mid-March.", []string{"mid-March|DATE|2017-03"}},
		{"month last year", pub, "It began in June last year.", []string{"June last year|DATE|2016-06"}},

		// Years, seasons, quarters.
		{"last year", pub, "Profit rose last year.", []string{"last year|DATE|2016"}},
		{"next year", pub, "Profit will rise next year.", []string{"next year|DATE|2018"}},
		{"early next year", pub, "A vote is due early next year.", []string{"early next year|DATE|2018"}},
		{"a year ago", pub, "He left a year ago.", []string{"a year ago|DATE|2016"}},
		{"last summer", pub, "It happened last summer.", []string{"last summer|DATE|2016-SU"}},
		{"this summer", pub, "It happens this summer.", []string{"this summer|DATE|2017-SU"}},
		{"summer of year", pub, "It happened in the summer of 2010.", []string{"the summer of 2010|DATE|2010-SU"}},
		{"the fall of a city", pub, "After the fall of Baghdad the war went on.", []string{}},
		{"third quarter", pub, "Profit rose in the third quarter.", []string{"the third quarter|DATE|2017-Q3"}},
		{"hyphenated quarter", pub, "It posted third-quarter profit.", []string{"third-quarter|DATE|2017-Q3"}},
		{"quarter of year", pub, "In the first quarter of 2016 sales fell.", []string{"the first quarter of 2016|DATE|2016-Q1"}},
		{"half of year", pub, "In the first half of 2016 sales fell.", []string{"the first half of 2016|DATE|2016-H1"}},
		{"end of the year", pub, "It closes by the end of the year.", []string{"the end of the year|DATE|2017"}},

		// Weekdays.
		{"last Friday", pub, "He left last Friday.", []string{"last Friday|DATE|2017-06-02"}},
		{"next Friday", pub, "He leaves next Friday.", []string{"next Friday|DATE|2017-06-09"}},
		{"next same weekday", pub, "He leaves next Monday.", []string{"next Monday|DATE|2017-06-12"}},
		{"weekday next week", pub, "Talks resume on Thursday next week.", []string{"Thursday next week|DATE|2017-06-15"}},
		{"weekday last week", pub, "The vote was on Friday last week.", []string{"Friday last week|DATE|2017-06-02"}},
		{"weekday of last week", pub, "They met on Sunday of last week.", []string{"Sunday of last week|DATE|2017-06-04"}},
		{"weekday this week", pub, "He speaks on Wednesday this week.", []string{"Wednesday this week|DATE|2017-06-07"}},
		{"this weekday, no tense", pub, "The talks resume this Friday.", []string{"this Friday|DATE|2017-06-09"}},
		{"this Sunday is the week's last day", pub, "The show airs this Sunday at 10 a.m.", []string{"this Sunday|DATE|2017-06-11", "10 a.m.|TIME|2017-06-11T10:00"}},
		{"this weekday past in its week", news.NewDate(2017, 6, 7), "The vote was held this Monday.", []string{"this Monday|DATE|2017-06-05"}},
		{"this weekday, future tense past its week's day", news.NewDate(2017, 6, 7), "Protesters will march this Monday.", []string{"this Monday|DATE|2017-06-12"}},
		{"weekday same day past", pub, "He spoke on Monday.", []string{"Monday|DATE|2017-06-05"}},
		{"due to", pub, "The ship is due to arrive on Wednesday.", []string{"Wednesday|DATE|2017-06-07"}},
		{"scheduled to", pub, "She is scheduled to speak Thursday.", []string{"Thursday|DATE|2017-06-08"}},
		{"plans to", pub, "He plans to travel on Saturday.", []string{"Saturday|DATE|2017-06-10"}},
		{"expected to", pub, "Lawmakers are expected to vote on Tuesday.", []string{"Tuesday|DATE|2017-06-06"}},
		{"will be held", pub, "The funeral will be held on Thursday.", []string{"Thursday|DATE|2017-06-08"}},
		{"was held", pub, "The funeral was held on Thursday.", []string{"Thursday|DATE|2017-06-01"}},
		{"nearest cue wins", pub, "He said on Friday that he will resign.", []string{"Friday|DATE|2017-06-02"}},
		{"abbreviated weekday needs dot", pub, "Sun Microsystems said on Wed. it would cut jobs.", []string{"Wed.|DATE|2017-05-31"}},
		{"weekday in a title", pub, "He told the Sunday Times on Friday that The Sunday Telegraph was wrong.", []string{"Friday|DATE|2017-06-02"}},
		{"the weekday of an event", pub, "He spoke at the Friday meeting and on the Sunday Night show.", []string{"Friday|DATE|2017-06-02", "Sunday Night|TIME|2017-06-04TNI"}},

		// Relative expressions.
		{"yesterday", pub, "He resigned yesterday.", []string{"yesterday|DATE|2017-06-04"}},
		{"day range", pub, "The June 1-2 summit ended.", []string{"June 1|DATE|2017-06-01", "2|DATE|2017-06-02"}},
		{"day range past the month's end", pub, "The June 29-31 dates are wrong.", []string{"June 29|DATE|2017-06-29"}},
		{"score is not a range", pub, "They lost 1-2 on June 3.", []string{"June 3|DATE|2017-06-03"}},
		{"day before yesterday", pub, "He resigned the day before yesterday.", []string{"the day before yesterday|DATE|2017-06-03"}},
		{"day after tomorrow", pub, "The vote is the day after tomorrow.", []string{"the day after tomorrow|DATE|2017-06-07"}},
		{"today", pub, "He resigns today.", []string{"today|DATE|2017-06-05"}},
		{"tomorrow", pub, "He resigns tomorrow.", []string{"tomorrow|DATE|2017-06-06"}},
		{"tonight", pub, "He speaks tonight.", []string{"tonight|TIME|2017-06-05TNI"}},
		{"last week", pub, "He resigned last week.", []string{"last week|DATE|2017-W22"}},
		{"this week", pub, "He resigns this week.", []string{"this week|DATE|2017-W23"}},
		{"next week", pub, "He resigns next week.", []string{"next week|DATE|2017-W24"}},
		{"the past week", pub, "Prices rose over the past week.", []string{"the past week|DATE|2017-W22"}},
		{"two days ago", pub, "He resigned two days ago.", []string{"two days ago|DATE|2017-06-03"}},
		{"three weeks ago", pub, "He resigned three weeks ago.", []string{"three weeks ago|DATE|2017-W20"}},
		{"two months ago", pub, "He resigned two months ago.", []string{"two months ago|DATE|2017-04"}},
		{"now", pub, "He is now in Paris.", []string{"now|DATE|PRESENT_REF"}},
		{"right now", pub, "Right now he is in Paris.", []string{"Right now|DATE|PRESENT_REF"}},
		{"recently", pub, "He recently moved.", []string{"recently|DATE|PAST_REF"}},
		{"the future", pub, "Nobody knows the future.", []string{"the future|DATE|FUTURE_REF"}},
		{"the weekend past", pub, "Protests grew over the weekend.", []string{"the weekend|DATE|2017-W22-WE"}},
		{"the weekend future", pub, "Protests will grow over the weekend.", []string{"the weekend|DATE|2017-W23-WE"}},
		{"the last decade", pub, "Wages fell in the last decade.", []string{"the last decade|DATE|200"}},
		{"christmas", pub, "He will be home for Christmas.", []string{"Christmas|DATE|2017-12-25"}},

		// Times of day.
		{"pm", pub, "The polls close at 5 p.m. sharp.", []string{"5 p.m.|TIME|2017-06-05T17:00"}},
		{"pm glued", pub, "Doors open at 5pm.", []string{"5pm|TIME|2017-06-05T17:00"}},
		{"clock with zone", pub, "It struck at 10:35 a.m. EST near the coast.", []string{"10:35 a.m. EST|TIME|2017-06-05T10:35"}},
		{"24 hour clock", pub, "Trading halted at 17:30 GMT.", []string{"17:30 GMT|TIME|2017-06-05T17:30"}},
		{"clock then day", pub, "It starts at 9 a.m. Friday.", []string{"9 a.m. Friday|TIME|2017-06-02T09:00"}},
		{"day then clock", pub, "It started on Friday at 5 p.m.", []string{"Friday|DATE|2017-06-02", "5 p.m.|TIME|2017-06-02T17:00"}},
		{"noon", pub, "They met at noon.", []string{"noon|TIME|2017-06-05T12:00"}},
		{"this morning", pub, "He left this morning.", []string{"this morning|TIME|2017-06-05TMO"}},
		{"weekday night", pub, "He left on Friday night.", []string{"Friday night|TIME|2017-06-02TNI"}},
		{"last night", pub, "He left last night.", []string{"last night|TIME|2017-06-04TNI"}},
		{"in the morning", pub, "He woke at 4 in the morning.", []string{"4 in the morning|TIME|2017-06-05T04:00"}},

		// Durations.
		{"three days", pub, "The strike lasted three days.", []string{"three days|DURATION|P3D"}},
		{"two years", pub, "He served two years.", []string{"two years|DURATION|P2Y"}},
		{"digits", pub, "He served 18 months.", []string{"18 months|DURATION|P18M"}},
		{"a decade", pub, "The worst in a decade.", []string{"a decade|DURATION|P10Y"}},
		{"hours", pub, "They talked for five hours.", []string{"five hours|DURATION|PT5H"}},
		{"vague", pub, "They talked for several weeks.", []string{"several weeks|DURATION|PXW"}},
		{"the past two years", pub, "Prices rose over the past two years.", []string{"the past two years|DURATION|P2Y"}},
		{"hyphenated", pub, "He won a two-year contract.", []string{"two-year|DURATION|P2Y"}},
		{"approx", pub, "It took more than a year.", []string{"more than a year|DURATION|P1Y"}},
		{"half an hour", pub, "It took half an hour.", []string{"half an hour|DURATION|PT30M"}},
		{"and a half", pub, "It took a year and a half.", []string{"a year and a half|DURATION|P1Y6M"}},
		{"fraction", pub, "It took 2 1/2 hours.", []string{"2 1/2 hours|DURATION|PT2H30M"}},
		{"compound number", pub, "In the last twenty-four hours.", []string{"the last twenty-four hours|DURATION|PT24H"}},
		{"could last", pub, "The procedure could last two days.", []string{"two days|DURATION|P2D"}},
		{"age is not a duration", pub, "A 65-year-old man, 40 years old.", []string{}},

		// Sets.
		{"every week", pub, "They meet every week.", []string{"every week|SET|P1W"}},
		{"daily", pub, "They meet daily.", []string{"daily|SET|P1D"}},
		{"each year", pub, "They meet each year.", []string{"each year|SET|P1Y"}},
		{"every Monday", pub, "They meet every Monday.", []string{"every Monday|SET|XXXX-WXX-1"}},
		{"every other week", pub, "They meet every other week.", []string{"every other week|SET|P2W"}},
		{"twice a week", pub, "They meet twice a week.", []string{"twice a week|SET|P1W"}},
		{"rate", pub, "It leaked 5,000 barrels a day.", []string{"a day|SET|P1D"}},

		// Penn Treebank tokens (Timeline17).
		{"ptb date", pub, "It began on June 2 , 2017 , in Paris .", []string{"June 2 , 2017|DATE|2017-06-02"}},
		{"ptb brackets", pub, "Protests -LRB- June 2 -RRB- grew .", []string{"June 2|DATE|2017-06-02"}},
		{"ptb possessive", pub, "Friday 's vote was close .", []string{"Friday|DATE|2017-06-02"}},
		{"ptb quotes future", pub, "`` We will meet on Tuesday , '' he said .", []string{"Tuesday|DATE|2017-06-06"}},
		{"ptb comment stamp", pub, "March 21 , 2011 at 4:47 pm | Reply", []string{"March 21 , 2011|DATE|2011-03-21", "4:47 pm|TIME|2011-03-21T16:47"}},
		{"ptb counts are not years", pub, "at 0910 local time -LRB- 1410 GMT -RRB- , 5,000 ft", []string{}},

		// Year boundaries.
		{"boundary last month", news.NewDate(2017, 1, 3), "Sales fell last month.", []string{"last month|DATE|2016-12"}},
		{"boundary weekday", news.NewDate(2017, 1, 3), "He said on Friday it was over.", []string{"Friday|DATE|2016-12-30"}},
		{"boundary last week", news.NewDate(2017, 1, 3), "He resigned last week.", []string{"last week|DATE|2016-W52"}},
		{"boundary month past", news.NewDate(2017, 1, 3), "Sales fell in December.", []string{"December|DATE|2016-12"}},
		{"boundary day past", news.NewDate(2017, 1, 3), "He said on Dec. 28 that it was over.", []string{"Dec. 28|DATE|2016-12-28"}},
		{"boundary future weekday", news.NewDate(2016, 12, 30), "They will meet on Monday.", []string{"Monday|DATE|2017-01-02"}},
		{"boundary future day", news.NewDate(2016, 12, 30), "They will meet on Jan. 5.", []string{"Jan. 5|DATE|2017-01-05"}},
		{"boundary next month", news.NewDate(2016, 12, 30), "They meet next month.", []string{"next month|DATE|2017-01"}},
		{"iso week 53", news.NewDate(2021, 1, 1), "They meet this week.", []string{"this week|DATE|2020-W53"}},
		{"reported future day", news.NewDate(2000, 1, 6), "He said the boy must be returned by Jan. 14.", []string{"Jan. 14|DATE|2000-01-14"}},

		// Unresolvable without a reference.
		{"no reference", news.Date{}, "He left on Friday, June 2, 2017.", []string{"Friday, June 2, 2017|DATE|2017-06-02"}},
		{"no reference relative", news.Date{}, "He left yesterday.", []string{"yesterday|DATE|XXXX-XX-XX"}},
		{"no reference, two days", news.Date{}, "He left the day before yesterday.", []string{"the day before yesterday|DATE|XXXX-XX-XX"}},

		// Ranges and lists of days (each day is a mention of its own).
		{"range to", pub, "The festival ran from April 20 to 22.", []string{"April 20|DATE|2017-04-20", "22|DATE|2017-04-22"}},
		{"range between and", pub, "Talks were held between March 3 and 5.", []string{"March 3|DATE|2017-03-03", "5|DATE|2017-03-05"}},
		{"range or", pub, "Riots broke out on June 3 or 4.", []string{"June 3|DATE|2017-06-03", "4|DATE|2017-06-04"}},
		{"range year closes both", pub, "The fair will run April 20 to 22, 2018.", []string{"April 20|DATE|2018-04-20", "22, 2018|DATE|2018-04-22"}},
		{"range count is no day", pub, "He met them on June 3 and 4 people died.", []string{"June 3|DATE|2017-06-03"}},
		{"range clock is no day", pub, "It ran on June 3 to 4 p.m.", []string{"June 3|DATE|2017-06-03", "4 p.m.|TIME|2017-06-03T16:00"}},
		{"day-first range hyphen", pub, "The summit ran 1-2 June.", []string{"1|DATE|2017-06-01", "2 June|DATE|2017-06-02"}},
		{"day-first range and", pub, "Talks were held on 3 and 5 March.", []string{"3|DATE|2017-03-03", "5 March|DATE|2017-03-05"}},
		{"day-first list", pub, "Talks were held on 20, 21 and 22 April 2016.", []string{"20|DATE|2016-04-20", "21|DATE|2016-04-21", "22 April 2016|DATE|2016-04-22"}},
		{"day-first count is no day", pub, "Scores of 4.5-5 June results.", []string{"5 June|DATE|2017-06-05"}},

		// Dotted dates, glued numbers.
		{"dotted day first", pub, "The contract dated 19.03.2011 was void.", []string{"19.03.2011|DATE|2011-03-19"}},
		{"dotted year first", pub, "Filed 2011.03.19 in Seoul.", []string{"2011.03.19|DATE|2011-03-19"}},
		{"dotted version is no date", pub, "Version 1.2.3 shipped in 2016.", []string{"2016|DATE|2016"}},
		{"year before a closing quote", pub, `"We expect growth into 1990."`, []string{"1990|DATE|1990"}},
		{"number glued to a word", pub, "The password word1999 leaked; flight MH370 vanished in 2014.", []string{"2014|DATE|2014"}},

		// Weekday compounds.
		{"weekday last british", news.NewDate(2017, 6, 7), "He resigned on Wednesday last.", []string{"Wednesday last|DATE|2017-05-31"}},
		{"weekday date no comma", pub, "It was signed on Wednesday 31 May.", []string{"Wednesday 31 May|DATE|2017-05-31"}},
		{"week ago weekday", pub, "They met a week ago Tuesday.", []string{"a week ago Tuesday|DATE|2017-05-23"}},
		{"weeks ago today", pub, "He resigned two weeks ago today.", []string{"two weeks ago today|DATE|2017-05-22"}},
		{"week from weekday", pub, "The trial opens a week from Friday.", []string{"a week from Friday|DATE|2017-06-16"}},
		{"week from tomorrow", pub, "The trial opens a week from tomorrow.", []string{"a week from tomorrow|DATE|2017-06-13"}},
		{"for a week from", pub, "He was banned for a week from Friday.", []string{"a week|DURATION|P1W", "Friday|DATE|2017-06-02"}},
		{"won't is future", pub, "They won't decide before Friday.", []string{"Friday|DATE|2017-06-09"}},

		// Nothing to find.
		{"no trigger", pub, "The minister said the plan was a good one.", []string{}},
		{"empty", pub, "", []string{}},
	}
	tg := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := brief(tg.Tag(tt.text, tt.ref))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tag(%q, %s) mismatch (-want +got):\n%s", tt.text, tt.ref, diff)
			}
		})
	}
}

// TestRangeStartAfterMonth: in "1 Jan 04-16 Sep 05" the number before the
// dash belongs to "Jan" (a day or a two-digit year), not to a range of
// September days.
func TestRangeStartAfterMonth(t *testing.T) {
	for _, m := range New(Options{}).Tag("Polled 1 Jan 04-16 Sep 05.", pub) {
		if m.Text == "04" {
			t.Errorf("Tag found %q = %s, want no mention for the number after a month", m.Text, m.Value)
		}
	}
}

func TestMentionFields(t *testing.T) {
	tg := New(Options{})
	text := "Putin said on Friday that the talks, held in March 2011, lasted three days."
	ms := tg.Tag(text, pub)
	want := []news.Mention{
		{Start: 14, End: 20, Text: "Friday", Type: news.TypeDate, Value: "2017-06-02",
			Date: news.NewDate(2017, 6, 2), Granularity: news.GranDay, Relative: true},
		{Start: 45, End: 55, Text: "March 2011", Type: news.TypeDate, Value: "2011-03",
			Date: news.NewDate(2011, 3, 1), Granularity: news.GranMonth},
		{Start: 64, End: 74, Text: "three days", Type: news.TypeDuration, Value: "P3D"},
	}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Errorf("mentions mismatch (-want +got):\n%s", diff)
	}
}

func TestGranularities(t *testing.T) {
	tg := New(Options{})
	tests := []struct {
		name, text string
		date       news.Date
		gran       news.Granularity
	}{
		{"week starts pub", "He left last week.", news.NewDate(2017, 5, 29), news.GranWeek},
		{"quarter", "Profit rose in the third quarter.", news.NewDate(2017, 7, 1), news.GranQuarter},
		{"year", "Profit rose last year.", news.NewDate(2016, 1, 1), news.GranYear},
		{"time keeps its day", "He spoke at 5 p.m. yesterday.", news.NewDate(2017, 6, 4), news.GranDay},
		{"season has no calendar period", "It happened last summer.", news.Date{}, news.GranNone},
		{"present ref", "He is now here.", news.Date{}, news.GranNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := tg.Tag(tt.text, pub)
			if len(ms) != 1 {
				t.Fatalf("Tag(%q) = %v, want one mention", tt.text, brief(ms))
			}
			if ms[0].Date != tt.date || ms[0].Granularity != tt.gran {
				t.Errorf("Tag(%q) = %s/%s, want %s/%s", tt.text, ms[0].Date, ms[0].Granularity, tt.date, tt.gran)
			}
		})
	}
}

func TestDatesOnly(t *testing.T) {
	tg := New(Options{DatesOnly: true})
	got := brief(tg.Tag("Now, three days after Friday, talks resume every week.", pub))
	want := []string{"Friday|DATE|2017-06-02"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("DatesOnly mismatch (-want +got):\n%s", diff)
	}
}

func TestConcurrentUse(t *testing.T) {
	tg := New(Options{})
	done := make(chan []string)
	for range 8 {
		go func() {
			var last []string
			for range 200 {
				last = brief(tg.Tag("He said on Friday, June 2, 2017, at 5 p.m. that talks lasted three days.", pub))
			}
			done <- last
		}()
	}
	want := []string{"Friday, June 2, 2017|DATE|2017-06-02", "5 p.m.|TIME|2017-06-02T17:00", "three days|DURATION|P3D"}
	for range 8 {
		if diff := cmp.Diff(want, <-done); diff != "" {
			t.Fatalf("concurrent Tag mismatch (-want +got):\n%s", diff)
		}
	}
}

// TestTagAnchored: anaphoric expressions count from the day the text named
// last (earlier in the sentence, else the anchor); the rest from the
// publication date.
func TestTagAnchored(t *testing.T) {
	apr20 := news.NewDate(2017, 4, 20)
	tests := []struct {
		name   string
		anchor news.Date
		text   string
		want   []string
	}{
		{"later from anchor", apr20, "Two days later, the rig sank.", []string{"Two days later|DATE|2017-04-22"}},
		{"later without anchor names no day", news.Date{}, "Two days later, the rig sank.", []string{"Two days later|DATE|XXXX-XX-XX"}},
		{"later from the same sentence", news.Date{}, "The rig exploded on April 20 and sank two days later.", []string{"April 20|DATE|2017-04-20", "two days later|DATE|2017-04-22"}},
		{"same sentence beats anchor", apr20, "Talks began on May 2 and ended a week later.", []string{"May 2|DATE|2017-05-02", "a week later|DATE|2017-W19"}},
		{"the next day", apr20, "The next day, oil reached the coast.", []string{"The next day|DATE|2017-04-21"}},
		{"the following day", apr20, "The following day, the well was capped.", []string{"The following day|DATE|2017-04-21"}},
		{"the previous day", apr20, "Officials had met the previous day.", []string{"the previous day|DATE|2017-04-19"}},
		{"that day", apr20, "That day, oil reached the coast.", []string{"That day|DATE|2017-04-20"}},
		{"the same day", apr20, "The well was capped the same day.", []string{"the same day|DATE|2017-04-20"}},
		{"the day before", apr20, "The day before, workers had argued.", []string{"The day before|DATE|2017-04-19"}},
		{"the day after an event is not resolved", apr20, "Crews arrived the day after the explosion.", []string{}},
		{"ago counts from publication", apr20, "The plan was drafted two days ago.", []string{"two days ago|DATE|2017-06-03"}},
		{"yesterday counts from publication", apr20, "He resigned yesterday.", []string{"yesterday|DATE|2017-06-04"}},
		{"weekday counts from publication", apr20, "Putin said on Friday that talks had failed.", []string{"Friday|DATE|2017-06-02"}},
		// A day of the month named alone takes the narrative's month or one
		// next to it, agreeing with the tense (publication June 5).
		{"day of month in the anchor's month", apr20, "On the 25th, the well was capped.", []string{"the 25th|DATE|2017-04-25"}},
		{"day of month in the next month", news.NewDate(2017, 4, 28), "Talks ended on the 3rd.", []string{"the 3rd|DATE|2017-05-03"}},
		{"day of month without anchor, past", news.Date{}, "Talks ended on the 3rd.", []string{"the 3rd|DATE|2017-06-03"}},
		{"day of month without anchor, past before publication", news.Date{}, "Talks began on the 20th and ended on the 3rd.", []string{"the 20th|DATE|2017-05-20", "the 3rd|DATE|2017-06-03"}},
		{"day of month without anchor, future", news.Date{}, "The board will meet on the 12th.", []string{"the 12th|DATE|2017-06-12"}},
		{"the next weekday", news.Date{}, "He was charged on May 3 and appeared the next Monday.", []string{"May 3|DATE|2017-05-03", "the next Monday|DATE|2017-05-08"}},
		{"that night", apr20, "That night, oil reached the coast.", []string{"That night|TIME|2017-04-20TNI"}},
		{"that morning after a day", news.Date{}, "He arrived on May 2 and spoke that morning.", []string{"May 2|DATE|2017-05-02", "that morning|TIME|2017-05-02TMO"}},
		{"an ordinal before a noun is no day", news.Date{}, "He fell from the 3rd floor on the 12th time.", []string{}},
		{"an ordinal without a preposition is no day", news.Date{}, "The 25th was quiet.", []string{}},
	}
	tg := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, brief(tg.TagAnchored(tt.text, pub, tt.anchor))); diff != "" {
				t.Errorf("TagAnchored(%q, anchor %s) (-want +got):\n%s", tt.text, tt.anchor, diff)
			}
		})
	}
}

func TestAnchor(t *testing.T) {
	tg := New(Options{})
	prev := news.NewDate(2017, 4, 20)
	for _, tt := range []struct {
		text string
		want news.Date
	}{
		{"Nothing is dated here.", prev},
		{"The talks of May 2 and May 9 failed.", news.NewDate(2017, 5, 9)},
		{"Talks failed in May.", prev}, // a month is no day
		{"He left at 5 p.m. on Friday.", news.NewDate(2017, 6, 2)},
	} {
		if got := Anchor(tg.Tag(tt.text, pub), prev); got != tt.want {
			t.Errorf("Anchor(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}
