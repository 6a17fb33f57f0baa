package server

import (
	"net/http"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotes lists quotes through /api/quotes from both backends: by
// speaker (any variant of the name), by the day said, with a limit, and
// refuses bad parameters.
func TestQuotes(t *testing.T) {
	db := openStore(t)
	storeURL := serveBackend(t, NewStore(db, StoreOptions{Annotator: sharedAnnotator()}), Options{Token: "t"})
	body, err := os.ReadFile("testdata/harbour.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if r := do(t, http.MethodPost, storeURL+"/api/articles", "application/x-ndjson", string(body), "Authorization", "Bearer t"); r.status != 201 {
		t.Fatalf("add: %d %s", r.status, r.body)
	}
	memURL := newTestServer(t, Options{}).URL
	tests := []struct {
		name, params string
		want         []string // quote texts, in order
		more         bool
	}{
		{"by surname", "speaker=Menz", []string{"We will stay out until the offer improves", "This is a fair deal for the harbour"}, false},
		{"by full name and day said", "speaker=Rosa+Menz&from=2024-02-20&to=2024-02-28", []string{"This is a fair deal for the harbour"}, false},
		{"a body", "speaker=Mediators", []string{"progress in the strike talks was slow"}, false},
		{"nobody quoted", "speaker=Jan+Roe", nil, false},
		{"limit", "from=2024-02-12&limit=1", []string{"We will stay out until the offer improves"}, true},
	}
	for name, url := range map[string]string{"memory": memURL, "store": storeURL} {
		for _, tt := range tests {
			t.Run(name+"/"+tt.name, func(t *testing.T) {
				r := get(t, url+"/api/quotes?"+tt.params)
				if r.status != http.StatusOK {
					t.Fatalf("status %d: %s", r.status, r.body)
				}
				res := decode[QuotesResult](t, r)
				var got []string
				for _, q := range res.Quotes {
					got = append(got, q.Quote)
					if q.Speaker == "Menz" {
						t.Errorf("speaker %q: want the corpus's name, Rosa Menz", q.Speaker)
					}
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("quotes (-want +got):\n%s", diff)
				}
				if res.More != tt.more {
					t.Errorf("more = %v, want %v", res.More, tt.more)
				}
			})
		}
		for _, bad := range []string{"limit=0", "from=2024-02-30", "from=2024-03-01&to=2024-02-01", "who=Menz"} {
			if r := get(t, url+"/api/quotes?"+bad); r.status != http.StatusBadRequest {
				t.Errorf("%s: %s: status %d, want 400", name, bad, r.status)
			}
		}
	}
}
