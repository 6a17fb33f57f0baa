package ingest

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

//go:embed gen.txt
var genText string

// GenOptions configure [Generate].
type GenOptions struct {
	// Articles is the number of articles to write.
	Articles int
	// Seed makes the corpus reproducible; the same seed and count give
	// the same bytes.
	Seed uint64
	// From and Days bound the publication dates: From plus up to Days
	// days. Zero values mean 2010-01-01 and ten years.
	From time.Time
	Days int
	// Copies is the fraction of articles that are agency copies of an
	// earlier article (re-credited, re-headlined), for the folding to
	// find; 0 means 0.05, negative none.
	Copies float64
}

// genTables is the parsed built-in text.
type genTables struct {
	templates []string
	slots     map[string][]string
	topics    []genTopic
}

type genTopic struct {
	name  string
	words []string
}

func parseGen() (*genTables, error) {
	g := &genTables{slots: map[string][]string{}}
	section := ""
	for i, l := range strings.Split(genText, "\n") {
		l = strings.TrimSpace(l)
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]"):
			section = l[1 : len(l)-1]
		case section == "templates":
			g.templates = append(g.templates, l)
		case section == "topics":
			name, words, ok := strings.Cut(l, ":")
			if !ok {
				return nil, fmt.Errorf("gen.txt:%d: want TOPIC: word, word", i+1)
			}
			t := genTopic{name: strings.TrimSpace(name)}
			for _, w := range strings.Split(words, ",") {
				t.words = append(t.words, strings.TrimSpace(w))
			}
			g.topics = append(g.topics, t)
		case section != "":
			g.slots[section] = append(g.slots[section], l)
		default:
			return nil, fmt.Errorf("gen.txt:%d: text outside a section", i+1)
		}
	}
	if len(g.templates) == 0 || len(g.topics) == 0 {
		return nil, fmt.Errorf("gen.txt: no templates or topics")
	}
	return g, nil
}

// genRecord is one JSONL line, in the layout package corpus reads.
type genRecord struct {
	ID     string `json:"id"`
	Source string `json:"source"`
	Title  string `json:"title"`
	Time   string `json:"time"`
	Text   string `json:"text"`
}

// Generate writes a synthetic corpus of opts.Articles JSONL records to w:
// articles of 8 to 20 sentences made from the built-in templates, each
// slot filled at random (people, places, organisations, numbers, weekdays
// and the words of one of the built-in topics), dated in order across the
// date range (as a crawl would be) with a few days of jitter. A fraction of the articles are agency copies of an earlier
// one. It is meant for benchmarks: the text reads like news but says
// nothing.
func Generate(w io.Writer, opts GenOptions) error {
	g, err := parseGen()
	if err != nil {
		return err
	}
	from := opts.From
	if from.IsZero() {
		from = time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	days := opts.Days
	if days <= 0 {
		days = 3652
	}
	copies := opts.Copies
	switch {
	case copies == 0:
		copies = 0.05
	case copies < 0:
		copies = 0
	}
	r := rand.New(rand.NewPCG(opts.Seed, 0x6765_6e65_7261_7465))
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	sources := g.slots["sources"]
	agencies := []string{"Reuters", "AP", "AFP"}
	// A small ring of recent originals to copy from keeps memory flat.
	var recent [64]genRecord
	for i := range opts.Articles {
		var rec genRecord
		if i > 0 && r.Float64() < copies {
			orig := recent[r.IntN(min(i, len(recent)))]
			agency := agencies[r.IntN(len(agencies))]
			rec = genRecord{
				ID:     fmt.Sprintf("gen/%08d", i),
				Source: sources[r.IntN(len(sources))],
				Title:  orig.Title + " (" + agency + ")",
				Time:   orig.Time,
				Text:   strings.ToUpper(g.pick(r, "places")) + " (" + agency + ") - " + orig.Text,
			}
		} else {
			rec = g.article(r, i, opts.Articles, sources, from, days)
			recent[i%len(recent)] = rec
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("generate: %w", err)
	}
	return nil
}

func (g *genTables) pick(r *rand.Rand, slot string) string {
	vs := g.slots[slot]
	if len(vs) == 0 {
		return slot
	}
	return vs[r.IntN(len(vs))]
}

func (g *genTables) article(r *rand.Rand, i, n int, sources []string, from time.Time, days int) genRecord {
	topic := g.topics[r.IntN(len(g.topics))]
	// Dates advance with the article number, as in a crawl, with a few
	// days of jitter.
	day := int(int64(i)*int64(days)/int64(max(n, 1))) + r.IntN(5) - 2
	pub := from.AddDate(0, 0, max(day, 0)).Add(time.Duration(r.IntN(86400)) * time.Second)
	var b strings.Builder
	var title string
	for s := range 8 + r.IntN(13) {
		sent := g.sentence(r, topic)
		if s == 0 {
			title = strings.TrimSuffix(sent, ".")
			if len(title) > 80 {
				title = title[:strings.LastIndexByte(title[:80], ' ')]
			}
		}
		if s > 0 {
			if s%3 == 0 {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(sent)
	}
	return genRecord{
		ID:     fmt.Sprintf("gen/%08d", i),
		Source: sources[r.IntN(len(sources))],
		Title:  title,
		Time:   pub.Format(time.RFC3339),
		Text:   b.String(),
	}
}

// sentence fills a random template: {slot} takes a value of that slot,
// {topic} one of the topic's words.
func (g *genTables) sentence(r *rand.Rand, topic genTopic) string {
	t := g.templates[r.IntN(len(g.templates))]
	var b strings.Builder
	for {
		open := strings.IndexByte(t, '{')
		if open < 0 {
			b.WriteString(t)
			break
		}
		cls := strings.IndexByte(t[open:], '}')
		if cls < 0 {
			b.WriteString(t)
			break
		}
		b.WriteString(t[:open])
		slot := t[open+1 : open+cls]
		switch slot {
		case "topic":
			b.WriteString(topic.words[r.IntN(len(topic.words))])
		case "number":
			b.WriteString(fmt.Sprint(2 + r.IntN(998)))
		case "year":
			b.WriteString(fmt.Sprint(1990 + r.IntN(30)))
		default:
			b.WriteString(g.pick(r, slot))
		}
		t = t[open+cls+1:]
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}
