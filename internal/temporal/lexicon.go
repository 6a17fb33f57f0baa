package temporal

import "time"

// class is a bit set of the roles a word can play in a time expression.
type class uint32

const (
	cMonth        class = 1 << iota // january, jan, sept
	cWeekday                        // monday, mon, tues
	cCardinal                       // one … ninety, hundred, dozen
	cOrdinal                        // first … thirty-first (num holds the value)
	cUnit                           // day(s), week(s), … (unit, plural)
	cSeason                         // spring, summer, fall, autumn, winter
	cPartDay                        // morning, afternoon, evening, night (pod)
	cDeictic                        // today, now, recently … (deictic)
	cRel                            // this, last, next, past, coming … (rel)
	cPos                            // early, late, mid, end, beginning … (pos)
	cApprox                         // about, nearly, more, least … (extent-only)
	cSetAdv                         // daily, weekly, annually … (unit)
	cQuant                          // every, each, per
	cVague                          // several, few, many, couple, some
	cAgo                            // ago, earlier, later, before, after, hence
	cFuture                         // will, shall, 'll … : future-tense cue
	cPast                           // said, was, were … : past-tense cue
	cHoliday                        // christmas, easter … (holiday)
	cDecadeWord                     // nineties, eighties … (num = 90, 80)
	cMeridiem                       // am, pm
	cZone                           // gmt, utc, est, edt, et, bst, cet …
	cFunc                           // function words the grammar names: the, of, a …
	cTenseNeutral                   // is, are, says: present, do not decide
	cPrep                           // in, on, since, until … (left context for months)
	cModal                          // could, can, may, might, to … (before a verb)
	cYearWord                       // nineteen, eighteen: may start a spoken year
)

// unit is a calendar or clock unit.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// rel is the meaning of a relative modifier.
type rel uint8

const (
	rNone rel = iota
	rThis
	rLast // last, past, previous, preceding
	rNext // next, coming, following, upcoming
	rCurrent
	rRecent
)

// pos is a position inside a period (TIMEX3 mod START/MID/END).
type pos uint8

const (
	pNone pos = iota
	pEarly
	pMid
	pLate
)

// deictic words with their own values.
type deictic uint8

const (
	dNone deictic = iota
	dToday
	dYesterday
	dTomorrow
	dTonight
	dNow     // PRESENT_REF
	dRecent  // PAST_REF
	dFuture  // FUTURE_REF
	dPast    // "the past" → PAST_REF
	dCurrent // "current" adjective → PRESENT_REF
)

// entry is what the lexicon knows about one lower-case word.
type entry struct {
	w       string
	cls     class
	num     int          // cardinal/ordinal value, month 1–12, decade
	wd      time.Weekday // weekday
	unit    unit
	plural  bool
	rel     rel
	pos     pos
	deictic deictic
	pod     string // TIMEX3 part of day: MO, AF, EV, NI, or "12"/"24" for noon/midnight
	season  string // SP, SU, FA, WI
	hol     string // holiday name key
	needCap bool   // month/weekday reading requires a capital ("may", "march", "sun")
	needCtx bool   // month reading needs a date context ("may", "march")
}

// triggers are the classes that make a sentence worth parsing; a sentence
// without any of them (and without a digit) is skipped at once.
const triggers = cMonth | cWeekday | cUnit | cSeason | cPartDay | cDeictic |
	cSetAdv | cHoliday | cDecadeWord | cYearWord

func buildLexicon() map[string]*entry {
	lx := make(map[string]*entry, 600)
	add := func(w string, f func(e *entry)) {
		e := lx[w]
		if e == nil {
			e = &entry{w: w}
			lx[w] = e
		}
		f(e)
	}
	months := []struct {
		names []string
	}{
		{[]string{"january", "jan"}}, {[]string{"february", "feb"}},
		{[]string{"march", "mar"}}, {[]string{"april", "apr"}},
		{[]string{"may"}}, {[]string{"june", "jun"}}, {[]string{"july", "jul"}},
		{[]string{"august", "aug"}}, {[]string{"september", "sept", "sep"}},
		{[]string{"october", "oct"}}, {[]string{"november", "nov"}},
		{[]string{"december", "dec"}},
	}
	for i, m := range months {
		for _, n := range m.names {
			add(n, func(e *entry) {
				e.cls |= cMonth
				e.num = i + 1
				switch n {
				case "may", "march", "mar", "jan", "jun", "jul", "dec", "sep", "apr", "aug":
					e.needCap = true
				}
				if n == "may" || n == "march" || n == "mar" || n == "jan" || n == "dec" {
					e.needCtx = true
				}
			})
		}
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"},
		{"wednesday", "wed"}, {"thursday", "thu", "thur", "thurs"},
		{"friday", "fri"}, {"saturday", "sat"},
	}
	for i, names := range days {
		for _, n := range names {
			add(n, func(e *entry) {
				e.cls |= cWeekday
				e.wd = time.Weekday(i)
				if len(n) <= 4 {
					e.needCap = true
				}
			})
		}
		add(names[0]+"s", func(e *entry) { e.cls |= cWeekday; e.wd = time.Weekday(i); e.plural = true })
	}
	card := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen"}
	for i, n := range card {
		add(n, func(e *entry) { e.cls |= cCardinal; e.num = i })
	}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, n := range tens {
		if n != "" {
			add(n, func(e *entry) { e.cls |= cCardinal; e.num = i * 10 })
		}
	}
	add("hundred", func(e *entry) { e.cls |= cCardinal; e.num = 100 })
	add("thousand", func(e *entry) { e.cls |= cCardinal; e.num = 1000 })
	add("dozen", func(e *entry) { e.cls |= cCardinal; e.num = 12 })
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, n := range ords {
		if n != "" {
			add(n, func(e *entry) { e.cls |= cOrdinal; e.num = i })
		}
	}
	add("thirtieth", func(e *entry) { e.cls |= cOrdinal; e.num = 30 })
	add("twenty-first", func(e *entry) { e.cls |= cOrdinal; e.num = 21 })
	add("last", func(e *entry) { e.cls |= cRel; e.rel = rLast })
	units := []struct {
		sg, pl string
		u      unit
	}{
		{"second", "seconds", uSecond}, {"minute", "minutes", uMinute}, {"hour", "hours", uHour},
		{"day", "days", uDay}, {"week", "weeks", uWeek}, {"weekend", "weekends", uWeekend},
		{"fortnight", "fortnights", uFortnight}, {"month", "months", uMonth},
		{"quarter", "quarters", uQuarter}, {"year", "years", uYear}, {"decade", "decades", uDecade},
		{"century", "centuries", uCentury}, {"min", "mins", uMinute}, {"hr", "hrs", uHour},
		{"yr", "yrs", uYear}, {"sec", "secs", uSecond},
	}
	for _, u := range units {
		add(u.sg, func(e *entry) { e.cls |= cUnit; e.unit = u.u })
		add(u.pl, func(e *entry) { e.cls |= cUnit; e.unit = u.u; e.plural = true })
	}
	for w, s := range map[string]string{"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"} {
		add(w, func(e *entry) { e.cls |= cSeason; e.season = s })
	}
	for w, p := range map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV",
		"night": "NI", "noon": "12", "midday": "12", "midnight": "24", "mornings": "MO",
		"afternoons": "AF", "evenings": "EV", "nights": "NI", "overnight": "NI", "dawn": "MO"} {
		add(w, func(e *entry) { e.cls |= cPartDay; e.pod = p })
	}
	for w, d := range map[string]deictic{"today": dToday, "yesterday": dYesterday,
		"tomorrow": dTomorrow, "tonight": dTonight, "now": dNow, "currently": dNow,
		"nowadays": dNow, "presently": dNow, "recently": dRecent, "lately": dRecent,
		"future": dFuture,
		"past":   dPast, "current": dCurrent, "recent": dRecent, "today's": dToday} {
		add(w, func(e *entry) { e.cls |= cDeictic; e.deictic = d })
	}
	for w, r := range map[string]rel{"this": rThis, "these": rThis, "last": rLast, "past": rLast,
		"previous": rLast, "preceding": rLast, "prior": rLast, "next": rNext, "coming": rNext,
		"following": rNext, "upcoming": rNext, "current": rCurrent, "recent": rRecent, "that": rThis} {
		add(w, func(e *entry) { e.cls |= cRel; e.rel = r })
	}
	for w, p := range map[string]pos{"early": pEarly, "late": pLate, "mid": pMid, "middle": pMid,
		"end": pLate, "beginning": pEarly, "start": pEarly, "earlier": pEarly, "later": pLate} {
		add(w, func(e *entry) { e.cls |= cPos; e.pos = p })
	}
	for _, w := range []string{"about", "around", "approximately", "nearly", "almost", "roughly",
		"some", "over", "under", "more", "less", "fewer", "least", "most", "than", "up", "just",
		"only", "another", "additional", "further", "full", "entire", "whole"} {
		add(w, func(e *entry) { e.cls |= cApprox })
	}
	for w, u := range map[string]unit{"daily": uDay, "weekly": uWeek, "monthly": uMonth,
		"yearly": uYear, "hourly": uHour, "nightly": uDay, "biweekly": uFortnight, "fortnightly": uFortnight} {
		add(w, func(e *entry) { e.cls |= cSetAdv; e.unit = u })
	}
	for _, w := range []string{"every", "each", "per"} {
		add(w, func(e *entry) { e.cls |= cQuant })
	}
	for _, w := range []string{"several", "few", "many", "couple", "some", "numerous"} {
		add(w, func(e *entry) { e.cls |= cVague })
	}
	for _, w := range []string{"ago", "earlier", "later", "before", "after", "hence", "since", "from", "on", "prior"} {
		add(w, func(e *entry) { e.cls |= cAgo })
	}
	for _, w := range []string{"will", "ll", "shall", "wo", "would", "should", "might", "going",
		"due", "scheduled", "expected", "plans", "plan", "planning", "upcoming",
		"next", "tomorrow", "intends", "intend", "aims", "set"} {
		add(w, func(e *entry) { e.cls |= cFuture })
	}
	for _, w := range []string{"said", "was", "were", "had", "did", "told", "went", "came", "took",
		"gave", "made", "met", "left", "held", "began", "fell", "rose", "won", "lost", "saw", "sent",
		"spent", "found", "became", "brought", "bought", "thought", "wrote", "spoke", "broke",
		"chose", "drove", "flew", "got", "led", "paid", "ran", "sat", "sold", "stood", "struck",
		"felt", "kept", "knew", "heard", "meant", "shot", "sought", "taught", "threw", "ate",
		"fled", "hung", "built", "caught", "dealt", "fought", "grew", "slid", "sank", "swore",
		"wept", "withdrew", "yesterday", "ago", "last", "earlier", "previously", "recently", "tore"} {
		add(w, func(e *entry) { e.cls |= cPast })
	}
	for _, w := range []string{"is", "are", "says", "say", "be", "been", "being", "has", "have", "am"} {
		add(w, func(e *entry) { e.cls |= cTenseNeutral })
	}
	for _, w := range []string{"christmas", "easter", "thanksgiving", "halloween", "valentine",
		"hanukkah", "ramadan", "eid", "new", "independence", "labor", "memorial", "election",
		"veterans", "boxing", "eve"} {
		add(w, func(e *entry) { e.cls |= cHoliday; e.hol = w })
	}
	// "new", "labor", "memorial", "election", "independence", "veterans", "boxing", "eve" only
	// start a holiday name; they are not triggers on their own.
	for _, w := range []string{"new", "independence", "labor", "memorial", "election", "veterans", "boxing", "eve", "eid", "valentine"} {
		lx[w].cls &^= cHoliday
		lx[w].hol = w
	}
	for w, n := range map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
		"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90} {
		add(w, func(e *entry) { e.cls |= cDecadeWord; e.num = n })
	}
	for _, w := range []string{"am", "pm"} {
		add(w, func(e *entry) { e.cls |= cMeridiem })
	}
	for _, w := range []string{"gmt", "utc", "est", "edt", "et", "bst", "cet", "cest", "pst", "pdt",
		"cst", "cdt", "mst", "mdt", "ist", "jst"} {
		add(w, func(e *entry) { e.cls |= cZone })
	}
	for _, w := range []string{"the", "a", "an", "of", "and", "or", "to", "at", "in", "s", "th",
		"st", "nd", "rd", "fiscal", "half", "times", "once", "twice", "year-ago", "ago", "o'clock",
		"same", "within", "for", "during", "since", "by", "this", "that", "its",
		"their", "his", "her", "our", "rest", "remainder", "course", "term", "near", "long", "short",
		"moment", "time", "period", "ad", "bc", "ce", "bce", "day", "eve", "one", "sometime", "from",
		"through", "between", "y", "until", "till", "is", "was", "what", "on", "old", "o", "clock",
		"right", "no", "well", "other", "percent", "straight", "consecutive", "latest", "final", "so",
		"be", "been", "being", "are", "than", "now", "day", "near", "rest", "days", "when", "which", "while", "because",
		"where", "who", "if", "but", "with", "as", "against", "amid", "despite"} {
		add(w, func(e *entry) { e.cls |= cFunc })
	}
	for _, w := range []string{"in", "on", "since", "until", "till", "by", "from", "to", "through",
		"during", "before", "after", "of", "between", "for", "early", "late", "mid", "last", "next",
		"this", "throughout", "as", "around", "at", "into", "and", "or", "that"} {
		add(w, func(e *entry) { e.cls |= cPrep })
	}
	lx["nineteen"].cls |= cYearWord
	lx["eighteen"].cls |= cYearWord
	for _, w := range []string{"could", "can", "may", "might", "must", "to", "would", "will", "should", "did", "does", "do"} {
		add(w, func(e *entry) { e.cls |= cModal })
	}
	return lx
}
