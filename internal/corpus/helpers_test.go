package corpus

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/testfixture"
)

// t17Files is a small invented corpus in the Timeline17 layout: topic
// "quake" from two outlets (one empty article) and topic "storm" from one.
var t17Files = testfixture.Files{
	"quake_alpha/keywords.json":                                  `["quake", "orlen"]`,
	"quake_alpha/timelines/alpha.txt":                            "2030-05-01\nA quake struck Orlen Valley .\n--------------------------------\n",
	testfixture.T17Doc("quake_alpha", "2030-05-01", "1.htm.txt"): "A quake struck Orlen Valley on Tuesday . \nThe Orlen Valley council said 12 homes were damaged . \n",
	testfixture.T17Doc("quake_alpha", "2030-05-02", "2.htm.txt"): "Aftershocks continued , officials said . \n\nSchools reopened on Thursday . \n",
	testfixture.T17Doc("quake_alpha", "2030-05-02", "3.htm.txt"): "",
	"quake_beta/keywords.json":                                   `["quake", "aftershock"]`,
	"quake_beta/timelines/beta.txt":                              "2030-05-01\nAna Pell felt the ground move .\n--------------------------------\n",
	testfixture.T17Doc("quake_beta", "2030-05-01", "1.htm.txt"):  "`` We felt the ground move , '' said Ana Pell -LRB- 34 -RRB- . \n",
	"storm_gamma/keywords.json":                                  `["storm"]`,
	"storm_gamma/timelines/g.txt":                                "2030-07-09\nStorm Kessa made landfall .\n--------------------------------\n",
	testfixture.T17Doc("storm_gamma", "2030-07-09", "7.htm.txt"): "Storm Kessa made landfall . \n",
}

// t17Fixture writes t17Files into a folder "t17" of a fresh temporary
// folder and returns its path.
func t17Fixture(t testing.TB) string {
	t.Helper()
	return testfixture.Write(t, filepath.Join(t.TempDir(), "t17"), t17Files)
}

func writeGzip(t *testing.T, path, body string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write([]byte(body)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
