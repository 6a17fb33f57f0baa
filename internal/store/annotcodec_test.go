package store

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/dateline-news/dateline/internal/annotate"
	"github.com/dateline-news/dateline/internal/demo"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/google/go-cmp/cmp"
)

// encodeJSONAnnotations is the JSON encoding stores used before the binary
// one; kept to test that old stores still read.
func encodeJSONAnnotations(a *news.Article) ([]byte, error) {
	ann := annotations{Quotes: a.Quotes}
	if len(a.Sentences) > 0 {
		ann.Sentences = make([]news.Sentence, len(a.Sentences))
		for i, s := range a.Sentences {
			if s.Start >= 0 && s.Start <= s.End && s.End <= len(a.Text) && a.Text[s.Start:s.End] == s.Text {
				s.Text = ""
			}
			ann.Sentences[i] = s
		}
	}
	b, err := json.Marshal(ann)
	if err != nil {
		return nil, fmt.Errorf("encode annotations: %w", err)
	}
	return b, nil
}

// annotatedDemo returns the demo corpus annotated: sentences, every kind
// of time expression, direct and reported quotes with speakers.
func annotatedDemo(t testing.TB) []*news.Article {
	t.Helper()
	arts, err := demo.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := annotate.New().All(context.Background(), arts, 0); err != nil {
		t.Fatal(err)
	}
	return arts
}

func TestAnnotationsRoundTrip(t *testing.T) {
	arts := annotatedDemo(t)
	quotes := 0
	for _, a := range arts {
		quotes += len(a.Quotes)
	}
	if quotes == 0 {
		t.Fatal("the demo corpus has no quotes: the test would not cover them")
	}
	// Texts that are not their span, and unusual values, must survive too.
	odd := *arts[0]
	odd.Sentences = append([]news.Sentence(nil), odd.Sentences...)
	odd.Sentences[0].Text = "rewritten"
	odd.Sentences[0].Mentions = []news.Mention{{Start: -1, End: 3, Text: "x", Type: "ODD", Value: "", Granularity: news.GranMonth, Relative: true}}
	odd.Quotes = []news.Quote{{Start: 5, End: 2, Text: "q", SpeakerStart: -1, SpeakerEnd: -1, SpeakerMention: "she", SpeakerDescription: "a woman in Fennick", Said: news.NewDate(2017, 6, 2)}}
	arts = append(arts, &odd)
	for _, a := range arts {
		t.Run(a.ID, func(t *testing.T) {
			for _, enc := range []struct {
				name string
				f    func(*news.Article) ([]byte, error)
			}{{"binary", encodeAnnotations}, {"json (old stores)", encodeJSONAnnotations}} {
				b, err := enc.f(a)
				if err != nil {
					t.Fatal(err)
				}
				got := &news.Article{ID: a.ID, Text: a.Text}
				if err := decodeAnnotations(got, b); err != nil {
					t.Fatalf("%s: %v", enc.name, err)
				}
				if diff := cmp.Diff(a.Sentences, got.Sentences); diff != "" {
					t.Errorf("%s: sentences (-want +got):\n%s", enc.name, diff)
				}
				if diff := cmp.Diff(a.Quotes, got.Quotes); diff != "" {
					t.Errorf("%s: quotes (-want +got):\n%s", enc.name, diff)
				}
			}
		})
	}
}

// oldBlob encodes one reported quote of text "Ann said she would go." as
// blobs of the given version wrote it: version 1 without the speaker
// description, version 2 without the day said.
func oldBlob(version byte, text string) []byte {
	e := &encoder{}
	e.b = append(e.b, version)
	e.int(0) // sentences
	e.int(1) // quotes
	e.int(9)
	e.int(21)
	e.str("she would go", text, 9, 21)
	e.bool(false)
	e.str("said", "", -1, -1)
	e.str("Ann", text, 0, 3)
	e.int(0)
	e.int(3)
	e.str("Ann Lee", "", -1, -1)
	e.str("", "", -1, -1)
	e.int(0)
	if version >= binaryV2 {
		e.str("a neighbour", "", -1, -1)
	}
	return e.b
}

// TestDecodeOldVersions pins that blobs written before quotes carried a
// speaker description (version 1) or the day they were said (version 2)
// still decode.
func TestDecodeOldVersions(t *testing.T) {
	text := "Ann said she would go."
	for _, version := range []byte{binaryV1, binaryV2} {
		got := &news.Article{ID: "old", Text: text}
		if err := decodeAnnotations(got, oldBlob(version, text)); err != nil {
			t.Fatalf("version %d: %v", version, err)
		}
		want := []news.Quote{{Start: 9, End: 21, Text: "she would go", Verb: "said", SpeakerMention: "Ann", SpeakerStart: 0, SpeakerEnd: 3, Speaker: "Ann Lee"}}
		if version >= binaryV2 {
			want[0].SpeakerDescription = "a neighbour"
		}
		if diff := cmp.Diff(want, got.Quotes); diff != "" {
			t.Errorf("version %d: quotes (-want +got):\n%s", version, diff)
		}
	}
}

func TestDecodeAnnotationsCorrupt(t *testing.T) {
	a := annotatedDemo(t)[0]
	b, err := encodeAnnotations(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{1, 2, len(b) / 2, len(b) - 1} {
		t.Run(fmt.Sprint("truncated at ", cut), func(t *testing.T) {
			got := &news.Article{ID: a.ID, Text: a.Text}
			if err := decodeAnnotations(got, b[:cut]); err == nil {
				t.Errorf("decoding %d of %d bytes succeeded", cut, len(b))
			}
		})
	}
	t.Run("text shorter than the spans", func(t *testing.T) {
		got := &news.Article{ID: a.ID, Text: "short"}
		if err := decodeAnnotations(got, b); err == nil {
			t.Error("decoding against a shorter text succeeded")
		}
	})
}

func FuzzDecodeAnnotations(f *testing.F) {
	arts := annotatedDemo(f)
	for _, a := range arts[:5] {
		b, _ := encodeAnnotations(a)
		f.Add(b, a.Text)
		j, _ := json.Marshal(annotations{Sentences: a.Sentences})
		f.Add(j, a.Text)
	}
	f.Fuzz(func(t *testing.T, b []byte, text string) {
		a := &news.Article{ID: "x", Text: text}
		if err := decodeAnnotations(a, b); err != nil {
			return
		}
		// Whatever decodes must encode and decode to the same thing.
		again, err := encodeAnnotations(a)
		if err != nil {
			t.Fatal(err)
		}
		back := &news.Article{ID: "x", Text: text}
		if err := decodeAnnotations(back, again); err != nil {
			t.Fatalf("re-decoding: %v", err)
		}
		if !cmp.Equal(a.Sentences, back.Sentences) || !cmp.Equal(a.Quotes, back.Quotes) {
			t.Fatal("round trip changed the annotations")
		}
	})
}

func BenchmarkDecodeAnnotations(b *testing.B) {
	arts := annotatedDemo(b)
	for _, enc := range []struct {
		name string
		f    func(*news.Article) ([]byte, error)
	}{{"binary", encodeAnnotations}, {"json", encodeJSONAnnotations}} {
		blobs := make([][]byte, len(arts))
		for i, a := range arts {
			blobs[i], _ = enc.f(a)
		}
		b.Run(enc.name, func(b *testing.B) {
			for b.Loop() {
				for i, a := range arts {
					got := &news.Article{ID: a.ID, Text: a.Text}
					if err := decodeAnnotations(got, blobs[i]); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(arts)), "ns/article")
		})
	}
}
