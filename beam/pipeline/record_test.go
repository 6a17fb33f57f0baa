package pipeline

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dateline-news/dateline/internal/news"
)

func TestRecordLineMatchesMarshal(t *testing.T) {
	tests := []struct {
		name string
		a    news.Article
		d    Dedup
	}{
		{"bare", news.Article{ID: "x", Published: time.Date(2021, 3, 4, 0, 0, 0, 0, time.UTC), Text: "Hi."},
			Dedup{Group: "x", Sources: 1, Independent: 1, Body: "0", Version: 1}},
		{"annotated", news.Article{ID: "a/b.txt", Source: "S <&>", Published: time.Date(2021, 3, 4, 10, 15, 0, 0, time.FixedZone("", 3600)),
			Text: "On Monday, he said \"yes\".", Sentences: []news.Sentence{{Text: "On Monday, he said \"yes\".", End: 25,
				Mentions: []news.Mention{{Start: 3, End: 9, Text: "Monday", Type: news.TypeDate, Value: "2021-03-01", Date: news.NewDate(2021, 3, 1), Granularity: news.GranDay, Relative: true}}}},
			Quotes: []news.Quote{{Start: 20, End: 23, Text: "yes", Direct: true, Verb: "said", SpeakerStart: 11, SpeakerEnd: 13, SpeakerMention: "he"}}},
			Dedup{Group: "a/a.txt", Sources: 3, Independent: 2, Wire: "reuters", Body: "ff", Terms: 4, MinHash: []uint32{1, 2}, Version: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art, err := json.Marshal(&tt.a)
			if err != nil {
				t.Fatal(err)
			}
			got, err := recordLine(art, tt.d)
			if err != nil {
				t.Fatal(err)
			}
			want, err := json.Marshal(Record{Article: tt.a, Dedup: tt.d})
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("recordLine =\n%s\nwant json.Marshal(Record) =\n%s", got, want)
			}
		})
	}
	if _, err := recordLine([]byte("[]"), Dedup{}); err == nil {
		t.Error("recordLine accepted a JSON array")
	}
}

func TestCodecRoundTrip(t *testing.T) {
	type msg struct {
		N     node
		Sh    []uint64
		MH    []uint32
		Bytes []byte
	}
	tests := []struct {
		name string
		m    msg
	}{
		{"zero", msg{Sh: []uint64{}, Bytes: []byte{}}},
		{"full", msg{node{"id/ü", -62135596800, 999999999, "ap", 1<<64 - 1}, []uint64{0, 1, 1<<64 - 1}, []uint32{7, 1<<32 - 1}, []byte("{}")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e enc
			e.node(&tt.m.N)
			e.u64s(tt.m.Sh)
			e.u32s(tt.m.MH)
			e.bytes(tt.m.Bytes)
			d := dec{b: e.b}
			got := msg{N: d.node(), Sh: d.u64s(), MH: d.u32s(), Bytes: d.bytes()}
			if d.err != nil || len(d.b) != 0 {
				t.Fatalf("decode: err %v, %d bytes left", d.err, len(d.b))
			}
			if diff := cmp.Diff(tt.m, got, cmp.AllowUnexported(node{})); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
			for n := range len(e.b) {
				d := dec{b: e.b[:n]}
				d.node()
				d.u64s()
				d.u32s()
				d.bytes()
				if d.err == nil {
					t.Errorf("truncated to %d of %d bytes: no error", n, len(e.b))
				}
			}
		})
	}
}

// FuzzDecode feeds arbitrary bytes to the message decoder: it must report
// an error or decode, never panic or over-allocate.
func FuzzDecode(f *testing.F) {
	var e enc
	e.node(&node{id: "a", sec: 5, wire: "w"})
	e.u64s([]uint64{1, 2})
	f.Add(e.b)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		d := dec{b: b}
		n := d.node()
		sh := d.u64s()
		d.u32s()
		if d.err == nil && (len(n.id) > len(b) || 8*len(sh) > len(b)) {
			t.Fatalf("decoded more than the input holds")
		}
	})
}

func TestExpand(t *testing.T) {
	got, err := Expand(context.Background(), []string{filepath.Join("testdata", "corpus", "[ab]-*.txt"), filepath.Join("testdata", "corpus", "page.html")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join("testdata", "corpus", "a-harbour.txt"),
		filepath.Join("testdata", "corpus", "b-harbour-wire.txt"),
		filepath.Join("testdata", "corpus", "page.html"),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Expand (-want +got):\n%s", diff)
	}
	for _, bad := range []string{filepath.Join("testdata", "nothing-*"), "[bad"} {
		if _, err := Expand(context.Background(), []string{bad}); err == nil {
			t.Errorf("Expand(%q): no error", bad)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		ok   bool
	}{
		{"ok", Config{Inputs: []string{"x"}, Output: "o", Shards: 1}, true},
		{"no inputs", Config{Output: "o", Shards: 1}, false},
		{"no output", Config{Inputs: []string{"x"}, Shards: 1}, false},
		{"no shards", Config{Inputs: []string{"x"}, Output: "o"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.cfg.Validate(); (err == nil) != tt.ok {
				t.Errorf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}
