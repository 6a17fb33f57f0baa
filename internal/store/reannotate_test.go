package store

import (
	"context"
	"errors"
	"testing"

	"github.com/dateline-news/dateline/internal/news"
)

// TestReannotate pins that annotating a store again replaces each
// article's mentions and quotes, keeps its sentences, counts the new ones,
// rebuilds the speaker directory, annotates an article whose blob is
// damaged from its text, and stops at the annotator's error.
func TestReannotate(t *testing.T) {
	ctx := context.Background()
	d := openTemp(t)
	put(t, d, quoted("a", "Putin", "Putin"), quoted("b", "Merkel"), quoted("c"))
	if _, err := d.SQL().ExecContext(ctx, "UPDATE articles SET annotations = x'07ff' WHERE id = 'c'"); err != nil {
		t.Fatal(err)
	}
	said := news.NewDate(2021, 3, 3)
	var seen []string
	var done []int
	res, err := d.Reannotate(ctx, 2, func(batch []*news.Article) error {
		for _, a := range batch {
			seen = append(seen, a.ID)
			if len(a.Quotes) > 0 {
				t.Errorf("%s: quotes not cleared before annotating", a.ID)
			}
			if a.ID == "c" {
				if len(a.Sentences) != 0 {
					t.Errorf("damaged c: %d sentences kept", len(a.Sentences))
				}
				a.Sentences = []news.Sentence{{Start: 0, End: len(a.Text), Text: a.Text}}
			} else if len(a.Sentences) != 1 {
				t.Errorf("%s: %d sentences, want the stored one", a.ID, len(a.Sentences))
			}
			a.Sentences[0].Mentions = []news.Mention{{Start: 0, End: 5, Text: "Words", Type: news.TypeDate, Value: "2021-03-03", Date: said, Granularity: news.GranDay}}
			a.Quotes = []news.Quote{{Start: 0, End: 5, Text: "Words", Verb: "said", SpeakerMention: "Lee", Speaker: "Ann Lee", SpeakerStart: -1, SpeakerEnd: -1, Said: said}}
		}
		return nil
	}, func(n int) { done = append(done, n) })
	if err != nil {
		t.Fatal(err)
	}
	if res.Articles != 3 || res.Damaged != 1 {
		t.Errorf("result %+v, want 3 articles, 1 damaged", res)
	}
	if len(seen) != 3 || len(done) != 2 || done[1] != 3 {
		t.Errorf("annotated %v, progress %v; want 3 articles in batches of 2", seen, done)
	}
	err = d.Each(ctx, Query{}, func(a *news.Article) error {
		if len(a.Quotes) != 1 || a.Quotes[0].Said != said || len(a.Sentences) != 1 || len(a.Sentences[0].Mentions) != 1 {
			t.Errorf("%s: stored annotations %+v / %+v", a.ID, a.Sentences, a.Quotes)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	st, err := d.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Quotes != 3 || st.Mentions != 3 {
		t.Errorf("stats: %d quotes, %d mentions; want 3 and 3", st.Quotes, st.Mentions)
	}
	dir, err := d.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if dir.Len() != 1 || dir.Canonical("Lee") != "Ann Lee" {
		t.Errorf("speaker directory not rebuilt: %d names", dir.Len())
	}

	boom := errors.New("boom")
	if _, err := d.Reannotate(ctx, 2, func([]*news.Article) error { return boom }, nil); !errors.Is(err, boom) {
		t.Errorf("annotator error: got %v", err)
	}
	if _, err := d.Reannotate(ctx, 0, nil, nil); err == nil {
		t.Error("batch 0: no error")
	}
}
