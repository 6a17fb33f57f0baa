package tlsbench

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/dateline-news/dateline/internal/learn"
	"github.com/dateline-news/dateline/internal/news"
	"github.com/dateline-news/dateline/internal/rouge"
	"github.com/dateline-news/dateline/internal/timeline"

	"github.com/dateline-news/dateline/internal/tlseval"
)

func expBench(t *testing.T) *Bench {
	if os.Getenv("DLQ_EXP") == "" {
		t.Skip("DLQ_EXP not set")
	}
	b, err := Load(context.Background(), "/work/shared/data/t17", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func pr(name string, rep *Report) {
	fmt.Printf("%-40s AR1 %.4f AR2 %.4f D %.4f  (AR1 P %.4f R %.4f)\n", name, rep.Mean.AR1.F, rep.Mean.AR2.F, rep.Mean.Date.F, rep.Mean.AR1.P, rep.Mean.AR1.R)
}

func TestExpOracle(t *testing.T) {
	b := expBench(t)
	for _, v := range expVariants() {
		oracle(t, b, v)
	}
}

func oracle(t *testing.T, b *Bench, v timeline.Variant) {
	methods := map[*topicData]*timeline.Method{}
	if v.Method.Learned {
		var err error
		methods, err = leaveOneTopicOut(context.Background(), v.Method, b.topics, b.tasks, b.workers)
		if err != nil {
			t.Fatal(err)
		}
	}
	var res []TaskResult
	for _, tk := range b.tasks {
		m := v.Method
		if fm, ok := methods[tk.topic]; ok {
			m = fm
		}
		p := m.Prepare(tk.topic.corpus, tk.opts)
		pred := tlseval.Timeline{}
		for _, d := range tk.ref.Dates() {
			if s := p.Summary(d, tk.opts.Sentences); len(s) > 0 {
				pred[d] = s
			}
		}
		ref := tlseval.PrepareReference(tk.ref)
		r, d := ref.AlignPlusM1(pred)
		tr := tk.res
		tr.AR1, tr.AR2, tr.Date = fromTLS(r.Rouge1), fromTLS(r.Rouge2), fromTLS(d)
		res = append(res, tr)
	}
	mm := Mean(res)
	fmt.Printf("%-30s date oracle: AR1 %.4f AR2 %.4f D %.4f (P %.4f R %.4f)\n", v.Name, mm.AR1.F, mm.AR2.F, mm.Date.F, mm.AR1.P, mm.AR1.R)
}

func TestExpVariants(t *testing.T) {
	b := expBench(t)
	for _, v := range expVariants() {
		rep, err := b.Evaluate(context.Background(), v.Method, "")
		if err != nil {
			t.Fatal(err)
		}
		pr(v.Name, rep)
		if os.Getenv("DLQ_TASKS") != "" {
			for _, tr := range rep.Tasks {
				fmt.Printf("   %-45.45s %.4f %.4f %.4f\n", tr.Timeline, tr.AR1.F, tr.AR2.F, tr.Date.F)
			}
		}
	}
}

func expVariants() []timeline.Variant {
	var vs []timeline.Variant
	add := func(name string, f func(m *timeline.Method)) {
		m := timeline.Default()
		f(m)
		m.Name = name
		vs = append(vs, timeline.Variant{Name: name, Method: m})
	}
	add("default", func(*timeline.Method) {})
	add("cut day mentions", func(m *timeline.Method) { m.CutDayMentions = true })
	add("cut + drop stamped", func(m *timeline.Method) { m.CutDayMentions = true; m.DropStamped = true })
	return vs
}

func TestExpPools(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	an := rouge.NewAnalyzer()
	type agg struct{ n, dates int; sum, best float64 }
	cls := map[string]*agg{}
	get := func(k string) *agg {
		if cls[k] == nil {
			cls[k] = &agg{}
		}
		return cls[k]
	}
	var nd int
	var oracleBest, centBest, cosTop float64
	for _, tk := range b.tasks {
		p := m.Prepare(tk.topic.corpus, tk.opts)
		for _, d := range tk.ref.Dates() {
			texts, X := p.SentenceFeatures(d)
			if len(texts) == 0 {
				continue
			}
			nd++
			refProf := an.Profile(tk.ref[d]...)
			best := map[string]float64{}
			var bi, ci int
			var bv, cv float64 = -1, -1
			for i, s := range texts {
				c := rouge.Count(an.Profile(s), refProf)
				y := fscore(c.Rouge1) + fscore(c.Rouge2)
				x := X[i]
				k := "lead"
				switch {
				case x[16] == 1:
					k = "retro14"
				case x[17] == 1:
					k = "recent3-13"
				case x[2] == 1 && x[14] > 0 && x[15] == 0:
					k = "mention lag1-2/before"
				case x[2] == 1:
					k = "mention same"
				}
				a := get(k)
				a.n++
				a.sum += y
				best[k] = max(best[k], y)
				if y > bv {
					bv, bi = y, i
				}
				if x[0] > cv {
					cv, ci = x[0], i
				}
			}
			_ = bi
			oracleBest += bv
			for k, v := range best {
				get(k).dates++
				get(k).best += v
			}
			cs := p.Summary(d, 1)
			if len(cs) > 0 {
				c := rouge.Count(an.Profile(cs[0]), refProf)
				centBest += fscore(c.Rouge1) + fscore(c.Rouge2)
			}
			c := rouge.Count(an.Profile(texts[ci]), refProf)
			cosTop += fscore(c.Rouge1) + fscore(c.Rouge2)
		}
	}
	fmt.Printf("dates %d: oracle best %.4f, centroid pick %.4f, top cosine %.4f\n", nd, oracleBest/float64(nd), centBest/float64(nd), cosTop/float64(nd))
	for k, a := range cls {
		fmt.Printf("%-25s n %6d mean %.4f dates %4d mean-best %.4f\n", k, a.n, a.sum/float64(a.n), a.dates, a.best/float64(max(a.dates, 1)))
	}
}

type dayPool struct {
	topic int
	y     []float64
	X     [][]float64
	cent  float64
}

func collectPools(b *Bench, m *timeline.Method) []dayPool {
	an := rouge.NewAnalyzer()
	var out []dayPool
	topicIdx := map[*topicData]int{}
	for i, td := range b.topics {
		topicIdx[td] = i
	}
	for _, tk := range b.tasks {
		p := m.Prepare(tk.topic.corpus, tk.opts)
		for _, d := range tk.ref.Dates() {
			texts, X := p.SentenceFeatures(d)
			if len(texts) == 0 {
				continue
			}
			refProf := an.Profile(tk.ref[d]...)
			dp := dayPool{topic: topicIdx[tk.topic], X: X}
			for _, s := range texts {
				c := rouge.Count(an.Profile(s), refProf)
				dp.y = append(dp.y, fscore(c.Rouge1)+fscore(c.Rouge2))
			}
			if cs := p.Summary(d, 1); len(cs) > 0 {
				c := rouge.Count(an.Profile(cs[0]), refProf)
				dp.cent = fscore(c.Rouge1) + fscore(c.Rouge2)
			}
			out = append(out, dp)
		}
	}
	return out
}

func withinPairs(dp dayPool, maxPairs int, mask []bool) ([][]float64, []float64) {
	var X [][]float64
	var y []float64
	n := len(dp.y)
	step := 1
	if n*n/2 > maxPairs {
		step = n * n / 2 / maxPairs
	}
	c := 0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if dp.y[i] == dp.y[j] {
				continue
			}
			c++
			if c%step != 0 {
				continue
			}
			d := make([]float64, len(dp.X[i]))
			e := make([]float64, len(dp.X[i]))
			for k := range d {
				if mask == nil || mask[k] {
					d[k] = dp.X[i][k] - dp.X[j][k]
					e[k] = -d[k]
				}
			}
			lab := 0.0
			if dp.y[i] > dp.y[j] {
				lab = 1
			}
			X, y = append(X, d, e), append(y, lab, 1-lab)
		}
	}
	return X, y
}

func TestExpSentRanker(t *testing.T) {
	b := expBench(t)
	pools := collectPools(b, timeline.Default())
	evalMask := func(name string, mask []bool) {
		var tot, cent float64
		for ti := range b.topics {
			var X [][]float64
			var y []float64
			for _, dp := range pools {
				if dp.topic != ti {
					x, yy := withinPairs(dp, 200, mask)
					X, y = append(X, x...), append(y, yy...)
				}
			}
			mdl, err := learn.Logistic(X, y, 1)
			if err != nil {
				t.Fatal(err)
			}
			if ti == 0 && name == "all" {
				for i, w := range mdl.Weights {
					fmt.Printf("  %s %.3f\n", timeline.SentenceFeatureNames[i], w)
				}
			}
			for _, dp := range pools {
				if dp.topic != ti {
					continue
				}
				bi, bv := 0, -1e9
				for i, x := range dp.X {
					if s := mdl.Score(x); s > bv {
						bi, bv = i, s
					}
				}
				tot += dp.y[bi]
				cent += dp.cent
			}
		}
		fmt.Printf("%-30s ranker %.4f centroid %.4f\n", name, tot/float64(len(pools)), cent/float64(len(pools)))
	}
	evalMask("all", nil)
	mk := func(idx ...int) []bool {
		m := make([]bool, len(timeline.SentenceFeatureNames))
		for _, i := range idx {
			m[i] = true
		}
		return m
	}
	evalMask("cos only", mk(0))
	evalMask("cos topic", mk(0, 1))
	evalMask("cos topic len", mk(0, 1, 6, 7))
	evalMask("cos topic len retro", mk(0, 1, 6, 7, 16, 17))
	evalMask("cos topic + new", mk(0, 1, 18, 19, 20, 21))
	evalMask("cos topic len + new", mk(0, 1, 6, 7, 18, 19, 20, 21))
	evalMask("copies", mk(0, 1, 21))
	evalMask("mention", mk(0, 1, 18))
	evalMask("later", mk(0, 1, 19))
}

func TestExpRetro(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	an := rouge.NewAnalyzer()
	for _, tk := range b.tasks {
		p := m.Prepare(tk.topic.corpus, tk.opts)
		var nd, nr int
		var cent, retroMean, retroBest, centAll float64
		for _, d := range tk.ref.Dates() {
			texts, X := p.SentenceFeatures(d)
			if len(texts) == 0 {
				continue
			}
			refProf := an.Profile(tk.ref[d]...)
			var cs float64
			if s := p.Summary(d, 1); len(s) > 0 {
				c := rouge.Count(an.Profile(s[0]), refProf)
				cs = fscore(c.Rouge1) + fscore(c.Rouge2)
			}
			centAll += cs
			var sum, best float64
			n := 0
			for i, s := range texts {
				if X[i][16] != 1 {
					continue
				}
				c := rouge.Count(an.Profile(s), refProf)
				y := fscore(c.Rouge1) + fscore(c.Rouge2)
				sum += y
				best = max(best, y)
				n++
			}
			nd++
			if n > 0 {
				nr++
				nr2 := float64(n)
				retroMean += sum / nr2
				retroBest += best
				cent += cs
			}
		}
		fmt.Printf("%-40.40s dates %3d withretro %3d cent(all) %.3f | on retro dates: cent %.3f retroMean %.3f retroBest %.3f\n",
			tk.name, nd, nr, centAll/float64(max(nd, 1)), cent/float64(max(nr, 1)), retroMean/float64(max(nr, 1)), retroBest/float64(max(nr, 1)))
	}
}

type dateTask struct {
	topic int
	l     int
	X     [][]float64
	y     []float64
}

func collectDates(b *Bench, m *timeline.Method) []dateTask {
	topicIdx := map[*topicData]int{}
	for i, td := range b.topics {
		topicIdx[td] = i
	}
	var out []dateTask
	for _, tk := range b.tasks {
		p := m.Prepare(tk.topic.corpus, tk.opts)
		days, X := p.DateFeatures()
		dt := dateTask{topic: topicIdx[tk.topic], l: tk.opts.Dates, X: X}
		for _, d := range days {
			_, ok := tk.ref[d]
			y := 0.0
			if ok {
				y = 1
			}
			dt.y = append(dt.y, y)
		}
		out = append(out, dt)
	}
	return out
}

func maskNames(names ...string) []bool {
	m := make([]bool, len(timeline.DateFeatureNames))
	for _, n := range names {
		i := slices.Index(timeline.DateFeatureNames, n)
		if i < 0 {
			panic(n)
		}
		m[i] = true
	}
	return m
}

func masked(X [][]float64, mask []bool) [][]float64 {
	out := make([][]float64, len(X))
	for i, x := range X {
		v := make([]float64, len(x))
		for k := range x {
			if mask[k] {
				v[k] = x[k]
			}
		}
		out[i] = v
	}
	return out
}

// hardOnly keeps each task's days ranked in the top n*L by feature 1 (mention_docs).
func hardOnly(dts []dateTask, n float64) []dateTask {
	var out []dateTask
	for _, dt := range dts {
		idx := make([]int, len(dt.X))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return dt.X[idx[a]][1] > dt.X[idx[b]][1] })
		keep := idx[:min(len(idx), int(n*float64(dt.l)))]
		nd := dateTask{topic: dt.topic, l: dt.l}
		for _, i := range keep {
			nd.X = append(nd.X, dt.X[i])
			nd.y = append(nd.y, dt.y[i])
		}
		out = append(out, nd)
	}
	return out
}

// lotoDates returns mean top-L precision over tasks with LOTO-fit pairwise ranker.
func lotoDates(dts []dateTask, ntopics int, mask []bool, maxNeg int, lambda float64) float64 {
	return lotoDates2(dts, dts, ntopics, mask, maxNeg, lambda)
}

func lotoDates2(train, dts []dateTask, ntopics int, mask []bool, maxNeg int, lambda float64) float64 {
	var tot float64
	for ti := 0; ti < ntopics; ti++ {
		var pX [][]float64
		var pY []float64
		for _, dt := range train {
			if dt.topic == ti {
				continue
			}
			x, y := pairs(masked(dt.X, mask), dt.y, maxNeg)
			if len(x) > maxPairsPerTask {
				step := len(x) / maxPairsPerTask
				var sx [][]float64
				var sy []float64
				for i := 0; i < len(x); i += 2 * step {
					sx, sy = append(sx, x[i], x[i+1]), append(sy, y[i], y[i+1])
				}
				x, y = sx, sy
			}
			pX, pY = append(pX, x...), append(pY, y...)
		}
		mdl, err := learn.Logistic(pX, pY, lambda)
		if err != nil {
			panic(err)
		}
		for _, dt := range dts {
			if dt.topic != ti {
				continue
			}
			tot += topL(dt, func(x []float64) float64 { return mdl.Score(x) })
		}
	}
	return tot / float64(len(dts))
}

func topL(dt dateTask, score func([]float64) float64) float64 {
	idx := make([]int, len(dt.X))
	sc := make([]float64, len(dt.X))
	for i := range idx {
		idx[i] = i
		sc[i] = score(dt.X[i])
	}
	sort.SliceStable(idx, func(a, b int) bool { return sc[idx[a]] > sc[idx[b]] })
	hit := 0
	for _, i := range idx[:min(dt.l, len(idx))] {
		if dt.y[i] > 0 {
			hit++
		}
	}
	return float64(hit) / float64(dt.l)
}

func TestExpDates(t *testing.T) {
	b := expBench(t)
	for _, sc := range []timeline.Scaling{timeline.ScaleLogMax} {
		m := timeline.Default()
		m.DateScaling = sc
		dts := collectDates(b, m)
		base := []string{"mention_docs", "date_led_mentions", "late_docs", "later_docs"}
		fmt.Printf("scaling %d base %.4f\n", sc, lotoDates(dts, len(b.topics), maskNames(base...), 40, 1))
		for _, f := range timeline.DateFeatureNames[20:] {
			if slices.Contains(base, f) {
				continue
			}
			fmt.Printf("  +%-22s %.4f\n", f, lotoDates(dts, len(b.topics), maskNames(append(slices.Clone(base), f)...), 40, 1))
		}
		for _, mn := range []int{} {
			for _, lam := range []float64{0.1, 1, 10, 100} {
				fmt.Printf("  maxneg %d lambda %g: %.4f\n", mn, lam, lotoDates(dts, len(b.topics), maskNames(base...), mn, lam))
			}
		}
		fmt.Printf("  leads instead of docs %.4f\n", lotoDates(dts, len(b.topics), maskNames("lead_docs", "date_led_mentions", "late_docs", "later_docs"), 40, 1))
		fmt.Printf("  pubdays instead of docs %.4f\n", lotoDates(dts, len(b.topics), maskNames("mention_pub_days", "date_led_mentions", "late_docs", "later_docs"), 40, 1))
		for _, n := range []float64{} {
			fmt.Printf("  hard %g: %.4f\n", n, lotoDates2(hardOnly(dts, n), dts, len(b.topics), maskNames(base...), 40, 1))
			fmt.Printf("  hard %g all neg: %.4f\n", n, lotoDates2(hardOnly(dts, n), dts, len(b.topics), maskNames(base...), 10000, 1))
		}
		fmt.Printf("  mass instead of docs %.4f\n", lotoDates(dts, len(b.topics), maskNames("mention_mass", "date_led_mentions", "late_docs", "later_docs"), 40, 1))
		fmt.Printf("  topical instead of docs %.4f\n", lotoDates(dts, len(b.topics), maskNames("topical_docs", "date_led_mentions", "late_docs", "later_docs"), 40, 1))
		fmt.Printf("  distinct instead of docs %.4f\n", lotoDates(dts, len(b.topics), maskNames("distinct_mentions", "date_led_mentions", "late_docs", "later_docs"), 40, 1))
		fmt.Printf("  +all peaks %.4f\n", lotoDates(dts, len(b.topics), maskNames(append(slices.Clone(base), timeline.DateFeatureNames[20:]...)...), 40, 1))
		for _, f := range base[:0] {
			var rest []string
			for _, g := range base {
				if g != f {
					rest = append(rest, g)
				}
			}
			fmt.Printf("  -%-22s %.4f\n", f, lotoDates(dts, len(b.topics), maskNames(rest...), 40, 1))
		}
	}
}

func TestExpDateErrors(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	hist := map[int]int{}
	var missNoCand, missRanked int
	for _, tk := range b.tasks {
		p := m.Prepare(tk.topic.corpus, tk.opts)
		days, X := p.DateFeatures()
		sc := make([]float64, len(days))
		idx := make([]int, len(days))
		for i := range days {
			idx[i] = i
			sc[i] = m.DateModel.Score(X[i])
		}
		sort.SliceStable(idx, func(a, b int) bool { return sc[idx[a]] > sc[idx[b]] })
		refs := tk.ref.Dates()
		top := idx[:min(len(idx), tk.opts.Dates)]
		chosen := map[news.Date]bool{}
		for _, i := range top {
			d := days[i]
			chosen[d] = true
			best := 1 << 20
			for _, r := range refs {
				best = min(best, absI(d.Ordinal()-r.Ordinal()))
			}
			if best == 1 {
				_, okm := tk.ref[d.AddDays(-1)]
				_, okp := tk.ref[d.AddDays(1)]
				inTop := func(x news.Date) bool {
					for _, j := range top {
						if days[j] == x {
							return true
						}
					}
					return false
				}
				switch {
				case okm && !inTop(d.AddDays(-1)):
					hist[101]++ // chosen = ref+1, ref not chosen
				case okp && !inTop(d.AddDays(1)):
					hist[-101]++ // chosen = ref-1
				default:
					hist[100]++ // neighbour ref also chosen
				}
			}
			if best > 7 {
				best = 99
			}
			hist[best]++
		}
		cand := map[news.Date]bool{}
		for _, d := range days {
			cand[d] = true
		}
		rankOf := map[news.Date]int{}
		for rk, i := range idx {
			rankOf[days[i]] = rk
		}
		for _, r := range refs {
			if rk, ok := rankOf[r]; ok {
				q := float64(rk) / float64(tk.opts.Dates)
				switch {
				case q < 1:
					hist[1000]++
				case q < 1.5:
					hist[1500]++
				case q < 2:
					hist[2000]++
				case q < 4:
					hist[4000]++
				default:
					hist[9000]++
				}
			}
			if !chosen[r] {
				if cand[r] {
					missRanked++
				} else {
					missNoCand++
				}
			}
		}
	}
	fmt.Println("distance of chosen days to nearest ref:", hist)
	fmt.Println("missed refs: no candidate", missNoCand, "ranked too low", missRanked)
}

func absI(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func TestExpShow(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	an := rouge.NewAnalyzer()
	n := 0
	for ti, tk := range b.tasks {
		if ti%3 != 0 {
			continue
		}
		p := m.Prepare(tk.topic.corpus, tk.opts)
		for di, d := range tk.ref.Dates() {
			if di%7 != 3 {
				continue
			}
			texts, X := p.SentenceFeatures(d)
			if len(texts) == 0 {
				continue
			}
			refProf := an.Profile(tk.ref[d]...)
			bi, bv := 0, -1.0
			for i, s := range texts {
				c := rouge.Count(an.Profile(s), refProf)
				if y := fscore(c.Rouge1) + fscore(c.Rouge2); y > bv {
					bi, bv = i, y
				}
			}
			cs := p.Summary(d, 1)
			c := rouge.Count(an.Profile(cs[0]), refProf)
			fmt.Printf("== %s %s (pool %d)\nREF: %s\nPICK %.2f: %s\nBEST %.2f: %s  [cos %.2f topic %.2f ment %v lag %.1f]\n", tk.name, d, len(texts), tk.ref[d], fscore(c.Rouge1)+fscore(c.Rouge2), cs[0], bv, texts[bi], X[bi][0], X[bi][1], X[bi][2], X[bi][14])
			n++
		}
	}
}

func TestExpDateShow(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	m.DateScaling = timeline.ScaleMax
	for _, tk := range b.tasks {
		if !strings.Contains(tk.name, os.Getenv("DLQ_TASK")) {
			continue
		}
		p := timeline.Default().Prepare(tk.topic.corpus, tk.opts)
		days, X := p.DateFeatures()
		sc := make([]float64, len(days))
		idx := make([]int, len(days))
		for i := range days {
			idx[i] = i
			sc[i] = timeline.Default().DateModel.Score(X[i])
		}
		sort.SliceStable(idx, func(a, b int) bool { return sc[idx[a]] > sc[idx[b]] })
		pm := m.Prepare(tk.topic.corpus, tk.opts)
		_, R := pm.DateFeatures()
		fmt.Println(tk.name, "L", tk.opts.Dates)
		for rk, i := range idx[:min(len(idx), 3*tk.opts.Dates)] {
			_, ok := tk.ref[days[i]]
			mark := " "
			if ok {
				mark = "*"
			}
			fmt.Printf("%3d %s %s %.3f", rk, mark, days[i], sc[i])
			for _, j := range []int{0, 1, 8, 16, 18, 19} {
				fmt.Printf(" %s=%.2f", timeline.DateFeatureNames[j][:5], R[i][j])
			}
			fmt.Println()
		}
		for _, d := range tk.ref.Dates() {
			found := false
			for _, i := range idx[:min(len(idx), 3*tk.opts.Dates)] {
				found = found || days[i] == d
			}
			if !found {
				fmt.Println("   missing far:", d)
			}
		}
	}
}

func TestExpMentions(t *testing.T) {
	b := expBench(t)
	cnt := map[string]int{}
	for _, td := range b.topics[:3] {
		for _, a := range td.t.Articles {
			for _, s := range a.Sentences {
				for _, m := range s.Mentions {
					if m.Granularity != news.GranDay {
						continue
					}
					pre := strings.Fields(s.Text[:m.Start])
					p := "^"
					if len(pre) > 0 {
						p = pre[len(pre)-1]
					}
					post := strings.Fields(s.Text[m.End:])
					q := "$"
					if len(post) > 0 {
						q = post[0]
					}
					shape := fmt.Sprintf("%v %s [%s] %s", m.Relative, p, strings.ToLower(m.Text), q)
					cnt[shape]++
				}
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range cnt {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	for _, x := range kvs[:80] {
		fmt.Println(x.v, x.k)
	}
}

func TestExpWrite(t *testing.T) {
	b := expBench(t)
	for _, v := range expVariants() {
		if _, err := b.Evaluate(context.Background(), v.Method, "/tmp/exp/out-"+strings.ReplaceAll(v.Name, " ", "_")); err != nil {
			t.Fatal(err)
		}
	}
}

func TestExpPoolCeiling(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	m.CutDayMentions = true
	an := rouge.NewAnalyzer()
	var res []TaskResult
	for _, tk := range b.tasks {
		p := m.Prepare(tk.topic.corpus, tk.opts)
		pred := tlseval.Timeline{}
		for _, d := range tk.ref.Dates() {
			texts, _ := p.SentenceFeatures(d)
			if len(texts) == 0 {
				continue
			}
			refProf := an.Profile(tk.ref[d]...)
			var chosen []string
			used := map[int]bool{}
			for len(chosen) < tk.opts.Sentences && len(chosen) < len(texts) {
				bi, bv := -1, -1.0
				for i, s := range texts {
					if used[i] {
						continue
					}
					c := rouge.Count(an.Profile(append(slices.Clone(chosen), s)...), refProf)
					if v := fscore(c.Rouge1); v > bv {
						bi, bv = i, v
					}
				}
				used[bi] = true
				chosen = append(chosen, texts[bi])
			}
			pred[d] = chosen
		}
		ref := tlseval.PrepareReference(tk.ref)
		r, d := ref.AlignPlusM1(pred)
		tr := tk.res
		tr.AR1, tr.AR2, tr.Date = fromTLS(r.Rouge1), fromTLS(r.Rouge2), fromTLS(d)
		res = append(res, tr)
	}
	mm := Mean(res)
	fmt.Printf("pool ceiling (greedy R1 oracle) on gold dates: AR1 %.4f AR2 %.4f (P %.4f R %.4f)\n", mm.AR1.F, mm.AR2.F, mm.AR1.P, mm.AR1.R)
}

func textFeats(s string) []float64 {
	toks := strings.Fields(s)
	n := float64(len(toks))
	var caps, digits, said, q float64
	for i, t := range toks {
		r := []rune(t)[0]
		if i > 0 && unicode.IsUpper(r) {
			caps++
		}
		if strings.IndexFunc(t, unicode.IsDigit) >= 0 {
			digits++
		}
		switch strings.ToLower(t) {
		case "said", "says", "told", "according":
			said = 1
		}
	}
	if strings.HasSuffix(strings.TrimSpace(s), "?") {
		q = 1
	}
	return []float64{caps / n, digits / n, said, q, n}
}

var textFeatNames = []string{"caps_frac", "digit_frac", "said", "question", "words"}

func TestExpFeatAUC(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	m.CutDayMentions = true
	an := rouge.NewAnalyzer()
	names := append(slices.Clone(timeline.SentenceFeatureNames), textFeatNames...)
	conc := make([]float64, len(names))
	var tot float64
	for _, tk := range b.tasks {
		p := m.Prepare(tk.topic.corpus, tk.opts)
		for _, d := range tk.ref.Dates() {
			texts, X := p.SentenceFeatures(d)
			if len(texts) < 2 {
				continue
			}
			refProf := an.Profile(tk.ref[d]...)
			y := make([]float64, len(texts))
			for i, s := range texts {
				c := rouge.Count(an.Profile(s), refProf)
				y[i] = shareF(c.Rouge1, tk.opts.Sentences) + shareF(c.Rouge2, tk.opts.Sentences)
				X[i] = append(X[i], textFeats(s)...)
			}
			// per-date pairwise concordance, each date weighted 1
			var np float64
			c := make([]float64, len(names))
			for i := range y {
				for j := range y {
					if y[i] <= y[j] {
						continue
					}
					np++
					for f := range names {
						switch {
						case X[i][f] > X[j][f]:
							c[f]++
						case X[i][f] == X[j][f]:
							c[f] += 0.5
						}
					}
				}
			}
			if np == 0 {
				continue
			}
			tot++
			for f := range names {
				conc[f] += c[f] / np
			}
		}
	}
	for f, n := range names {
		fmt.Printf("%-22s %.3f\n", n, conc[f]/tot)
	}
}

func TestExpDatesInSample(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	dts := collectDates(b, m)
	for i := range dts {
		dts[i].topic = 0
	}
	// with all topics in one "topic", lotoDates with ntopics=... trains on none; do in-sample manually
	insample := func(mask []bool) float64 {
		var pX [][]float64
		var pY []float64
		for _, dt := range dts {
			x, y := pairs(masked(dt.X, mask), dt.y, 40)
			pX, pY = append(pX, x...), append(pY, y...)
		}
		mdl, _ := learn.Logistic(pX, pY, 1)
		var tot float64
		for _, dt := range dts {
			tot += topL(dt, func(x []float64) float64 { return mdl.Score(x) })
		}
		return tot / float64(len(dts))
	}
	base := []string{"mention_docs", "date_led_mentions", "late_docs", "later_docs"}
	fmt.Printf("in-sample base %.4f\n", insample(maskNames(base...)))
	all := make([]bool, len(timeline.DateFeatureNames))
	for i := range all {
		all[i] = true
	}
	fmt.Printf("in-sample all %.4f\n", insample(all))
}

func meanTopL(dts []dateTask, skip int, w []float64) float64 {
	var tot float64
	n := 0
	for _, dt := range dts {
		if dt.topic == skip {
			continue
		}
		tot += topL(dt, func(x []float64) float64 {
			var s float64
			for i, v := range w {
				s += v * x[i]
			}
			return s
		})
		n++
	}
	return tot / float64(n)
}

// coordAscent maximises mean top-L precision over tasks not in topic skip.
func coordAscent(dts []dateTask, skip int, w0 []float64, mask []bool) []float64 {
	w := slices.Clone(w0)
	best := meanTopL(dts, skip, w)
	steps := []float64{-1, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1}
	for round := 0; round < 4; round++ {
		improved := false
		for f := range w {
			if !mask[f] {
				continue
			}
			for _, st := range steps {
				c := slices.Clone(w)
				c[f] += st
				if v := meanTopL(dts, skip, c); v > best+1e-9 {
					best, w, improved = v, c, true
				}
			}
		}
		if !improved {
			break
		}
	}
	return w
}

func TestExpDatesDirect(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	dts := collectDates(b, m)
	for _, feats := range [][]string{
		{"mention_docs", "date_led_mentions", "late_docs", "later_docs"},
		{"mention_docs", "date_led_mentions", "late_docs", "later_docs", "published"},
		{"mention_docs", "date_led_mentions", "late_docs", "later_docs", "published", "month_mentions", "mention_burst", "explicit_mentions"},
	} {
		mask := maskNames(feats...)
		var tot float64
		for ti := range b.topics {
			w0 := make([]float64, len(mask))
			for i := range w0 {
				if mask[i] && timeline.DateFeatureNames[i] == "mention_docs" {
					w0[i] = 1
				}
			}
			w := coordAscent(dts, ti, w0, mask)
			for _, dt := range dts {
				if dt.topic == ti {
					tot += topL(dt, func(x []float64) float64 {
						var s float64
						for i, v := range w {
							s += v * x[i]
						}
						return s
					})
				}
			}
		}
		fmt.Printf("direct %v: %.4f\n", feats, tot/float64(len(dts)))
	}
}

func TestExpTermAUC(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	m.FitTerms = true
	exs := make([]examples, len(b.tasks))
	an := rouge.NewAnalyzer()
	for i, tk := range b.tasks {
		exs[i] = taskExamples(m, tk, an)
	}
	var n int
	for _, ex := range exs {
		n += len(ex.termY)
	}
	fmt.Println("term examples", n)
	fm, err := fit(m, exs)
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range fm.TermModel.Weights {
		fmt.Printf("  %-16s %.3f\n", timeline.TermFeatureNames[i], w)
	}
	// global AUC of each feature and of the model (in-sample)
	var X [][]float64
	var y []float64
	for _, ex := range exs {
		X, y = append(X, ex.termX...), append(y, ex.termY...)
	}
	auc := func(score func(x []float64) float64) float64 {
		idx := make([]int, len(X))
		for i := range idx {
			idx[i] = i
		}
		sc := make([]float64, len(X))
		for i := range X {
			sc[i] = score(X[i])
		}
		sort.Slice(idx, func(a, b int) bool { return sc[idx[a]] < sc[idx[b]] })
		var pos, neg, sum float64
		for r, i := range idx {
			if y[i] > 0 {
				pos++
				sum += float64(r)
			} else {
				neg++
			}
		}
		return (sum - pos*(pos-1)/2) / (pos * neg)
	}
	for f, name := range timeline.TermFeatureNames {
		fmt.Printf("AUC %-16s %.3f\n", name, auc(func(x []float64) float64 { return x[f] }))
	}
	fmt.Printf("AUC model %.3f\n", auc(fm.TermModel.Score))
}
