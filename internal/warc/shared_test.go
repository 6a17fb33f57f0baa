package warc

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/dateline-news/dateline/internal/corpus"
	"github.com/dateline-news/dateline/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

// sharedCounts are the outcomes on every file of shared/data/warc: read
// articles, and documents refused per reason. Dated pages in the crawls
// become articles; the test pages of gowarc have no date at all.
var sharedCounts = map[string]outcomeCounts{
	"gowarc/testdata/warcs/corrupted-mid-record.warc.gz.open":     {0, map[corpus.Reason]int{corpus.ReasonNoDate: 12, corpus.ReasonUnreadable: 1}},
	"gowarc/testdata/warcs/corrupted-trailing-bytes.warc.gz.open": {0, map[corpus.Reason]int{corpus.ReasonNoDate: 30, corpus.ReasonUnreadable: 1}},
	"gowarc/testdata/warcs/empty.warc.gz.open":                    {0, nil},
	"gowarc/testdata/warcs/good.warc.gz.open":                     {0, map[corpus.Reason]int{corpus.ReasonNoDate: 50}},
	"gowarc/testdata/warcs/single-record.warc.gz.open":            {0, map[corpus.Reason]int{corpus.ReasonNoDate: 1}},
	"gowarc/testdata/warcs/skip-non-open.warc.gz":                 {0, map[corpus.Reason]int{corpus.ReasonNoDate: 10}},
	"gowarc/testdata/warcs/test.warc.gz":                          {0, map[corpus.Reason]int{corpus.ReasonNotArticle: 3}},
	"resiliparse/tests/data/block-sized-records.warc":             {0, map[corpus.Reason]int{corpus.ReasonNotArticle: 3}},
	"resiliparse/tests/data/block-sized-records.warc.gz":          {0, map[corpus.Reason]int{corpus.ReasonNotArticle: 3}},
	"resiliparse/tests/data/block-sized-records.warc.lz4":         {0, map[corpus.Reason]int{corpus.ReasonUnknownFormat: 1}},
	"resiliparse/tests/data/clipped.warc.gz":                      {0, map[corpus.Reason]int{corpus.ReasonUnreadable: 1}},
	"resiliparse/tests/data/clueweb-quirk.warc.gz":                {29, map[corpus.Reason]int{corpus.ReasonNotArticle: 1}},
	"resiliparse/tests/data/warcfile.warc":                        {14, map[corpus.Reason]int{corpus.ReasonNoDate: 2, corpus.ReasonNotArticle: 34}},
	"resiliparse/tests/data/warcfile.warc.gz":                     {14, map[corpus.Reason]int{corpus.ReasonNoDate: 2, corpus.ReasonNotArticle: 34}},
	"resiliparse/tests/data/warcfile.warc.lz4":                    {0, map[corpus.Reason]int{corpus.ReasonUnknownFormat: 1}},
	"warcio/test/data/bad.arc":                                    {0, map[corpus.Reason]int{corpus.ReasonUnknownFormat: 1}},
	"warcio/test/data/example-bad-non-chunked.warc.gz":            {0, map[corpus.Reason]int{corpus.ReasonMalformed: 1, corpus.ReasonNoDate: 1, corpus.ReasonNotArticle: 4}},
	"warcio/test/data/example-bad.warc.gz.bad":                    {0, map[corpus.Reason]int{corpus.ReasonNoDate: 1, corpus.ReasonNotArticle: 5}},
	"warcio/test/data/example-digest.warc":                        {0, map[corpus.Reason]int{corpus.ReasonNotArticle: 4}},
	"warcio/test/data/example-iana.org-chunked.warc":              {1, map[corpus.Reason]int{corpus.ReasonNotArticle: 2}},
	"warcio/test/data/example-resource.warc.gz":                   {0, map[corpus.Reason]int{corpus.ReasonNoDate: 1, corpus.ReasonNotArticle: 2}},
	"warcio/test/data/example-space-in-target-uri.warc.gz":        {0, map[corpus.Reason]int{corpus.ReasonNotArticle: 2}},
	"warcio/test/data/example-space-in-url.arc":                   {0, map[corpus.Reason]int{corpus.ReasonUnknownFormat: 1}},
	"warcio/test/data/example-trunc.warc":                         {0, map[corpus.Reason]int{corpus.ReasonMalformed: 1, corpus.ReasonNotArticle: 3}},
	"warcio/test/data/example-wget-bad-target-uri.warc.gz":        {0, map[corpus.Reason]int{corpus.ReasonNoDate: 1, corpus.ReasonNotArticle: 5}},
	"warcio/test/data/example-wrong-chunks.warc.gz":               {0, map[corpus.Reason]int{corpus.ReasonMalformed: 1, corpus.ReasonNotArticle: 1}},
	"warcio/test/data/example.arc":                                {0, map[corpus.Reason]int{corpus.ReasonUnknownFormat: 1}},
	"warcio/test/data/example.arc.gz":                             {0, map[corpus.Reason]int{corpus.ReasonUnknownFormat: 1}},
	"warcio/test/data/example.warc":                               {0, map[corpus.Reason]int{corpus.ReasonNoDate: 1, corpus.ReasonNotArticle: 5}},
	"warcio/test/data/example.warc.gz":                            {0, map[corpus.Reason]int{corpus.ReasonNoDate: 1, corpus.ReasonNotArticle: 5}},
	"warcio/test/data/post-test.warc.gz":                          {0, map[corpus.Reason]int{corpus.ReasonNotArticle: 6}},
	"whirlwind/whirlwind.warc.gz":                                 {1, map[corpus.Reason]int{corpus.ReasonNotArticle: 3}},
	"whirlwind/whirlwind.warc.wat.gz":                             {0, map[corpus.Reason]int{corpus.ReasonNotArticle: 2}},
	"whirlwind/whirlwind.warc.wet.gz":                             {0, map[corpus.Reason]int{corpus.ReasonNotArticle: 2}},
}

// brokenOrigins name the damaged records of each file.
var brokenOrigins = map[string][]string{
	"gowarc/testdata/warcs/corrupted-mid-record.warc.gz.open":     []string{"gowarc/testdata/warcs/corrupted-mid-record.warc.gz.open#offset=1219"},
	"gowarc/testdata/warcs/corrupted-trailing-bytes.warc.gz.open": []string{"gowarc/testdata/warcs/corrupted-trailing-bytes.warc.gz.open#offset=2362"},
	"resiliparse/tests/data/clipped.warc.gz":                      []string{"resiliparse/tests/data/clipped.warc.gz#offset=0"},
	"warcio/test/data/example-bad-non-chunked.warc.gz":            []string{"warcio/test/data/example-bad-non-chunked.warc.gz#offset=0+3370"},
	"warcio/test/data/example-trunc.warc":                         []string{"warcio/test/data/example-trunc.warc#offset=1197"},
	"warcio/test/data/example-wrong-chunks.warc.gz":               []string{"warcio/test/data/example-wrong-chunks.warc.gz#offset=0"},
}

type outcomeCounts struct {
	Articles int
	Errors   map[corpus.Reason]int
}

func TestSharedWARCs(t *testing.T) {
	dir := sharedtest.Dir(t, "data", "warc")
	var files []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() != "LICENSE" {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var seen []string
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, f))
			if err != nil {
				t.Fatal(err)
			}
			o, _ := read(t, f, data, Options{})
			got := outcomeCounts{Articles: len(o.Articles), Errors: o.Errors}
			seen = append(seen, f)
			want, ok := sharedCounts[f]
			if !ok {
				t.Fatalf("no expected counts for %s", f)
			}
			if want.Errors == nil {
				want.Errors = map[corpus.Reason]int{}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
			var broken []string
			for i, r := range o.Reasons {
				if r == corpus.ReasonMalformed || r == corpus.ReasonUnreadable {
					broken = append(broken, o.Origins[i])
				}
			}
			if diff := cmp.Diff(brokenOrigins[f], broken); diff != "" {
				t.Errorf("broken records (-want +got):\n%s", diff)
			}
		})
	}
	if len(seen) != len(sharedCounts) {
		t.Errorf("%d files read, %d expected", len(seen), len(sharedCounts))
	}
}
