package pipelinetest

import (
	"path/filepath"
	"testing"

	"github.com/dateline-news/dateline/internal/testfixture"
)

// sameDay2 is the second day's article, identical in both trees.
const sameDay2 = "Rescue teams reached the villages on Sunday .\n\" We are still searching , \" a spokesman said .\n"

// t17a and t17b are two invented copies of one Timeline17 topic folder,
// quake_x, whose articles have the same IDs: the second day's article is
// the same in both (an identical re-read), the first day's is not (a
// duplicate ID with other text).
var (
	t17a = testfixture.Files{
		testfixture.T17Doc("quake_x", "2021-05-01", "1.htm.txt"): "An earthquake of magnitude 6.1 struck the coast on Saturday .\nThe tremor was felt 200 km away , officials said .\n",
		testfixture.T17Doc("quake_x", "2021-05-02", "2.htm.txt"): sameDay2,
	}
	t17b = testfixture.Files{
		testfixture.T17Doc("quake_x", "2021-05-01", "1.htm.txt"): "A different first report of the earthquake on May 1 .\n",
		testfixture.T17Doc("quake_x", "2021-05-02", "2.htm.txt"): sameDay2,
	}
)

// T17Inputs writes the two trees as folders t17a and t17b of a fresh
// temporary folder of tb and returns them, in that order: read together,
// they give one duplicate-id error and one identical re-read.
func T17Inputs(tb testing.TB) []string {
	tb.Helper()
	dir := tb.TempDir()
	return []string{
		testfixture.Write(tb, filepath.Join(dir, "t17a"), t17a),
		testfixture.Write(tb, filepath.Join(dir, "t17b"), t17b),
	}
}
