package quote

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/dateline-news/dateline/internal/temporal"
	"github.com/dateline-news/dateline/internal/text"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`"We will not retreat," he said.`,
		"“The talks are over,” said Vladimir Putin.",
		"Vladimir Putin told NBC News, “We have no such plans.”\n\n“Never.”",
		"`` It is over , '' the senator said .",
		"''It is over,'' Mr. Brown said. According to him, \"it",
		"\"\"\"“”” said, said: “",
		"Anna Smith said the plan was \"a disaster\" for the town, adding \"",
		"<tweet id=\"123\">“x”</tweet>",
		"''It is, 'he said,''' Mr. Brown said. ''Yes.''",
		"\"We will cut taxes.\"\n\n- Anna Smith.\n",
		"\"It was not fair,\" Jane Roe, 67, a nurse in Dover, Del., who voted, said, according to the Planet.",
		"SPRINGFIELD — The mayor issued a statement saying: \"We regret it.\" Now, \"it is over.\"",
		"Tom Jones shot back, \"No,\" and the crowd, which he called \"great,\" cheered",
		"`` lead '' says The death says `` scenario '' One , spokesman said",
		"`` NATO are liars .\nThey are siding with him , '' a rebel said .\nasked Jo Roe -LRB- D-Mich . -RRB-\n, the chair .",
		"Anna Smith said: “We are ready.\nNothing will change.\n“The vote is next week.”\n\n“",
		"The Centers for Disease Control and Prevention (CDC) said (C",
		"Putin said on Friday that it failed. \"We are ready,\" he added. On Saturday, Theresa May, 60, said late Sunday",
		"The report, citing new data, found that more than 1 million donors and the staff had left. Fauci told senators the",
		"Schumer's message was clear: \"No.\" The state news agency, Sana, said nearly 500 had died. Officials said",
		"‘We are ready,’ said Keir Starmer. ‘The students’ union isn’t closed,’ I 'm told. 'Yes,' she said. ‘",
	} {
		f.Add(s)
	}
	published := time.Date(2017, 6, 5, 9, 0, 0, 0, time.UTC)
	tagger := temporal.New(temporal.Options{})
	f.Fuzz(func(t *testing.T, src string) {
		var x Extractor
		atts := x.Extract(src)
		for _, a := range atts {
			if len(a.Content) == 0 {
				t.Fatalf("attribution without content: %+v", a)
			}
			for _, c := range a.Content {
				if c.Start < 0 || c.End > len(src) || c.Start >= c.End {
					t.Fatalf("bad content span %v in %d bytes", c, len(src))
				}
			}
			if a.Source.Valid() != a.Mention.Valid() {
				t.Fatalf("source %v and mention %v disagree", a.Source, a.Mention)
			}
			if a.Source.Valid() && (a.Source.End > len(src) || a.Mention.Start < a.Source.Start || a.Mention.End > a.Source.End) {
				t.Fatalf("mention %v outside source %v", a.Mention, a.Source)
			}
			if a.Cue.Valid() && src[a.Cue.Start:a.Cue.End] != a.Verb {
				t.Fatalf("verb %q is not the cue src %q", a.Verb, src[a.Cue.Start:a.Cue.End])
			}
		}
		art := &news.Article{Text: src}
		x.Annotate(art)
		for _, q := range art.Quotes {
			if q.Text != src[q.Start:q.End] {
				t.Fatalf("quote src %q is not src[%d:%d]", q.Text, q.Start, q.End)
			}
			if q.SpeakerStart >= 0 && q.SpeakerMention != src[q.SpeakerStart:q.SpeakerEnd] {
				t.Fatalf("speaker mention %q misplaced", q.SpeakerMention)
			}
		}
		// With dates tagged, as annotate does: no quote is said after
		// its article's publication.
		dated := &news.Article{Text: src, Published: published}
		dated.Sentences = text.Sentences(src)
		for i := range dated.Sentences {
			dated.Sentences[i].Mentions = tagger.Tag(dated.Sentences[i].Text, dated.PubDate())
		}
		x.Annotate(dated)
		for _, q := range dated.Quotes {
			if q.Said.After(dated.PubDate()) {
				t.Fatalf("quote %q said %s, after publication", q.Text, q.Said)
			}
		}
	})
}

// benchText is a synthetic article of about 4 KB with the common forms.
var benchText = strings.Repeat(`Vladimir Putin arrived in Berlin on Monday for talks with Angela Merkel. "We will not retreat," he said, "and we will not be threatened." The Kremlin leader told reporters that sanctions had failed and that Russia was ready to talk.

"It is a mistake," Tom Jones, a spokesman for the group, said on Tuesday. According to officials, the meeting lasted three hours. The so-called "reset" is over, analysts said.

`, 8)

func BenchmarkExtract(b *testing.B) {
	var x Extractor
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		x.Extract(benchText)
	}
}

// BenchmarkExtractPolNeAR runs over the first 200 PolNeAR training
// articles when the shared data is present.
func BenchmarkExtractPolNeAR(b *testing.B) {
	dir := sharedtest.Dir(b, "data", "polnear", "train", "text")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) > 200 {
		files = files[:200]
	}
	var texts []string
	size := 0
	for _, f := range files {
		bs, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(bs))
		size += len(bs)
	}
	var x Extractor
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			x.Extract(t)
		}
	}
}
