package dedup

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed tables/*.txt
var tableFS embed.FS

// tables holds the parsed normalisation tables. It is built once and never
// modified afterwards.
type tables struct {
	// phrases maps the first word of a multi-word variant to the variants
	// starting with it, longest first.
	phrases map[string][]phrase
	// words maps a stemmed single-word variant to its canonical form.
	words map[string]canon
	// raw maps an unstemmed single-word variant to its canonical form; used
	// for all-capitals words, which are never stemmed.
	raw       map[string]canon
	stop      map[string]bool
	orgHeads  map[string]bool
	wireNames []wireName // longest name first
	boiler    []string   // lowercase line prefixes
}

// canon is the canonical form of a table variant. drop marks filler words
// that are removed like stopwords.
type canon struct {
	term string
	drop bool
}

type phrase struct {
	words []string
	canon canon
}

type wireName struct {
	name  string // lowercase, as written in the table
	words []string
	agent string // canonical agency key
}

// connectors may appear inside a capitalised name ("Bank of England").
var connectors = map[string]bool{
	"of": true, "for": true, "and": true, "the": true, "on": true, "in": true,
	"de": true, "du": true, "des": true, "la": true, "le": true, "del": true,
	"da": true, "von": true, "van": true, "al": true, "el": true,
}

var loadTables = sync.OnceValue(func() *tables {
	t, err := parseTables()
	if err != nil {
		// The tables are embedded: a parse error is a bug caught by tests.
		panic(err)
	}
	return t
})

func readTable(name string) ([]string, error) {
	b, err := tableFS.ReadFile("tables/" + name)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		lines = append(lines, l)
	}
	return lines, nil
}

func parseTables() (*tables, error) {
	t := &tables{
		phrases:  map[string][]phrase{},
		words:    map[string]canon{},
		raw:      map[string]canon{},
		stop:     map[string]bool{},
		orgHeads: map[string]bool{},
	}
	stop, err := readTable("stopwords.txt")
	if err != nil {
		return nil, err
	}
	for _, w := range stop {
		t.stop[w] = true
	}
	heads, err := readTable("orgheads.txt")
	if err != nil {
		return nil, err
	}
	for _, w := range heads {
		t.orgHeads[w] = true
	}
	t.boiler, err = readTable("boilerplate.txt")
	if err != nil {
		return nil, err
	}
	wires, err := readTable("wire.txt")
	if err != nil {
		return nil, err
	}
	for _, l := range wires {
		parts := splitBar(l)
		if len(parts) < 2 {
			return nil, fmt.Errorf("dedup: wire.txt: %q: want KEY | NAME [| NAME]", l)
		}
		for _, n := range parts[1:] {
			n = strings.ToLower(n)
			t.wireNames = append(t.wireNames, wireName{name: n, words: strings.Fields(n), agent: parts[0]})
		}
	}
	// Longest names first so "thomson reuters" wins over "reuters".
	sortWireNames(t.wireNames)

	syn, err := readTable("synonyms.txt")
	if err != nil {
		return nil, err
	}
	seen := map[string]string{}
	for _, l := range syn {
		parts := splitBar(l)
		if len(parts) < 2 {
			return nil, fmt.Errorf("dedup: synonyms.txt: %q: want CANONICAL | VARIANT [| VARIANT]", l)
		}
		c := canon{term: parts[0]}
		if strings.HasPrefix(c.term, "!") {
			c = canon{term: c.term[1:], drop: true}
		}
		for _, v := range parts {
			v = strings.TrimPrefix(v, "!")
			words := tableWords(v)
			if len(words) == 0 {
				continue
			}
			key := strings.Join(words, " ")
			if prev, ok := seen[key]; ok && prev != c.term {
				return nil, fmt.Errorf("dedup: synonyms.txt: %q maps to both %q and %q", v, prev, c.term)
			}
			seen[key] = c.term
			if len(words) > 1 {
				t.phrases[words[0]] = append(t.phrases[words[0]], phrase{words: words, canon: c})
				continue
			}
			t.raw[words[0]] = c
			st := stem(words[0])
			if prev, ok := t.words[st]; ok && prev.term != c.term {
				return nil, fmt.Errorf("dedup: synonyms.txt: stem %q of %q maps to both %q and %q", st, v, prev.term, c.term)
			}
			t.words[st] = c
		}
	}
	for k, ps := range t.phrases {
		sortPhrases(ps)
		t.phrases[k] = ps
	}
	return t, nil
}

func splitBar(l string) []string {
	var out []string
	for _, p := range strings.Split(l, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// tableWords tokenizes a table entry the way text is tokenized, so that
// "u.s.a" and "U.S.A." meet.
func tableWords(s string) []string {
	var out []string
	for _, tk := range tokenize(s, nil) {
		out = append(out, tk.text)
	}
	return out
}

func sortWireNames(ws []wireName) {
	// Insertion sort: the table is small and this keeps ties in file order.
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && len(ws[j].name) > len(ws[j-1].name); j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
}

func sortPhrases(ps []phrase) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].words) > len(ps[j-1].words); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// stem strips common English inflections. It only has to map the forms of
// one word to one key consistently; it is not a linguistic stemmer.
func stem(w string) string {
	n := len(w)
	if n <= 3 || !isASCIILower(w) {
		return w
	}
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		w = w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		w = w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		w = w[:n-2]
	}
	n = len(w)
	if n > 4 && w[n-1] == 'e' {
		w = w[:n-1]
	}
	// "stopped" → "stopp" → "stop": undouble a final consonant.
	n = len(w)
	if n > 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		w = w[:n-1]
	}
	return w
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
