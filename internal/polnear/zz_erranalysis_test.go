package polnear

// Temporary error-analysis tool (not to be committed).
// POLNEAR_ERR=/work/shared/data/polnear/train go test -run TestErrAnalysis ./internal/polnear -v

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/internal/quote"
)

var eaText string

type eaPred struct {
	item
	a quote.Attribution
}

type eaCase struct {
	cat, sub string
	text     string
	w        float64
}

func TestErrAnalysis(t *testing.T) {
	dir := os.Getenv("POLNEAR_ERR")
	if dir == "" {
		t.Skip("POLNEAR_ERR not set")
	}
	n, _ := strconv.Atoi(os.Getenv("POLNEAR_ERR_N"))
	if n == 0 {
		n = 15
	}
	catFilter := os.Getenv("POLNEAR_ERR_CAT")
	arts, errs := Load(context.Background(), dir)
	if len(errs) > 0 {
		t.Log(errs)
	}
	var cases []eaCase
	var x quote.Extractor
	for _, art := range arts {
		atts := x.Extract(art.Text)
		eaText = art.Text
		tk := newTokenIndex(art.Text)
		var preds []eaPred
		for _, a := range atts {
			var content, src []Span
			for _, c := range a.Content {
				content = append(content, Span{c.Start, c.End})
			}
			if a.Source.Valid() {
				src = []Span{{a.Source.Start, a.Source.End}}
			}
			it := item{content: tk.set(content), source: tk.set(src), direct: a.Direct || HasQuoteMark(joinSpans(art.Text, content))}
			if len(it.content) > 0 && it.direct {
				preds = append(preds, eaPred{it, a})
			}
		}
		w := 1 / float64(len(art.Annotations))
		for _, ann := range art.Annotations {
			var gold []item
			var gatts []Attribution
			for _, a := range ann.Attributions {
				it := item{content: tk.set(a.Content), source: tk.set(a.Source), direct: HasQuoteMark(joinSpans(art.Text, a.Content))}
				if len(it.content) > 0 && it.direct {
					gold = append(gold, it)
					gatts = append(gatts, a)
				}
			}
			type pair struct {
				i, j  int
				ratio float64
			}
			var pairs []pair
			for i, p := range preds {
				for j, g := range gold {
					c := intersect(p.content, g.content)
					if c == 0 {
						continue
					}
					r := float64(c) / float64(max(len(p.content), len(g.content)))
					if r >= OverlapThreshold {
						pairs = append(pairs, pair{i, j, r})
					}
				}
			}
			sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].ratio > pairs[b].ratio })
			usedP := make([]bool, len(preds))
			usedG := make([]bool, len(gold))
			for _, pr := range pairs {
				if usedP[pr.i] || usedG[pr.j] {
					continue
				}
				usedP[pr.i], usedG[pr.j] = true, true
				p, g := preds[pr.i], gold[pr.j]
				ga := gatts[pr.j]
				var cat, sub string
				switch {
				case len(p.source) == 0 && len(g.source) == 0:
					continue
				case len(p.source) == 0:
					cat = "nosrc"
				case len(g.source) == 0:
					cat = "extrasrc"
				case intersect(p.source, g.source) == 0:
					cat = "wrong"
				case !equalInts(p.source, g.source):
					cat = "partial"
				default:
					cat = "ok"
				}
				sub = predKind(p.a)
				txt := describe(art, p.a, ga)
				cases = append(cases, eaCase{cat, sub, txt, w})
			}
			for i, p := range preds {
				if !usedP[i] && len(p.source) > 0 {
					// nearest gold (any, including non-direct) by overlap
					var bg Attribution
					best := 0
					for _, ga := range ann.Attributions {
						c := intersect(p.content, tk.set(ga.Content))
						if c > best {
							best, bg = c, ga
						}
					}
					sub := predKind(p.a)
					if best > 0 {
						gs := tk.set(bg.Content)
						r := float64(best) / float64(max(len(p.content), len(gs)))
						if HasQuoteMark(joinSpans(art.Text, bg.Content)) {
							sub += fmt.Sprintf("-olapdirect%.1f", r)
						} else {
							sub += fmt.Sprintf("-olapindirect%.1f", r)
						}
						if usedGAny(gold, gatts, usedG, bg) {
							sub += "-goldused"
						}
					} else {
						sub += "-nogold"
					}
					cases = append(cases, eaCase{"fpquote", sub, describe(art, p.a, bg), w})
				}
			}
			for j, g := range gold {
				if !usedG[j] && len(g.source) > 0 {
					best, bi := 0, -1
					for i, p := range preds {
						if c := intersect(p.content, g.content); c > best {
							best, bi = c, i
						}
					}
					// any prediction, even non-direct
					sub := "nopred"
					pa := quote.Attribution{Source: quote.None}
					if bi >= 0 {
						r := float64(best) / float64(max(len(preds[bi].content), len(g.content)))
						sub = fmt.Sprintf("olap%.1f", r)
						if usedP[bi] {
							sub += "-used"
						}
						pa = preds[bi].a
					} else {
						for _, a := range atts {
							var cs []Span
							for _, c := range a.Content {
								cs = append(cs, Span{c.Start, c.End})
							}
							if intersect(tk.set(cs), g.content) > 0 {
								sub = "indirectpred"
								pa = a
							}
						}
					}
					cases = append(cases, eaCase{"missquote", sub, describe(art, pa, gatts[j]), w})
				}
			}
		}
	}
	if os.Getenv("HEADS") != "" {
		heads := map[string][2]float64{}
		rb, _ := os.ReadFile("../quote/lexicon/roles.txt")
		roles := map[string]bool{}
		for _, w := range strings.Fields(string(rb)) {
			roles[w] = true
		}
		for _, c := range cases {
			i := strings.Index(c.text, "PRED src=\"")
			if i < 0 {
				continue
			}
			src := c.text[i+10:]
			src = src[:strings.Index(src, "\"")]
			f := strings.Fields(src)
			if len(f) < 2 {
				continue
			}
			h := strings.TrimRight(f[len(f)-1], ",")
			if h != strings.ToLower(h) || roles[h] {
				continue
			}
			v := heads[h]
			if c.cat == "ok" || c.cat == "partial" {
				v[0] += c.w
			} else if c.cat == "wrong" || c.cat == "fpquote" {
				v[1] += c.w
			}
			heads[h] = v
		}
		var hs []string
		for h := range heads {
			hs = append(hs, h)
		}
		sort.Slice(hs, func(i, j int) bool { return heads[hs[i]][0]+heads[hs[i]][1] > heads[hs[j]][0]+heads[hs[j]][1] })
		for _, h := range hs {
			fmt.Printf("HEAD %-20s ok %5.1f bad %5.1f\n", h, heads[h][0], heads[h][1])
		}
	}
	if os.Getenv("VERBS") != "" {
		vb := map[string][3]float64{}
		for _, c := range cases {
			i := strings.Index(c.text, "cue=\"")
			j := strings.LastIndex(c.text, "PRED")
			if j < 0 || i < 0 {
				continue
			}
			v := c.text[j:]
			v = v[strings.Index(v, "cue=\"")+5:]
			v = strings.ToLower(v[:strings.Index(v, "\"")])
			e := vb[v]
			switch c.cat {
			case "ok", "partial":
				e[0] += c.w
			case "wrong", "extrasrc":
				e[1] += c.w
			case "fpquote":
				e[2] += c.w
			}
			vb[v] = e
		}
		var hs []string
		for h := range vb {
			hs = append(hs, h)
		}
		sort.Slice(hs, func(i, j int) bool { return vb[hs[i]][1]+vb[hs[i]][2] > vb[hs[j]][1]+vb[hs[j]][2] })
		for _, h := range hs[:min(60, len(hs))] {
			fmt.Printf("VERB %-20s ok %5.1f wrong %5.1f fp %5.1f\n", h, vb[h][0], vb[h][1], vb[h][2])
		}
	}
	tot := map[string]float64{}
	for _, c := range cases {
		tot[c.cat] += c.w
		tot[c.cat+"/"+c.sub] += c.w
	}
	var keys []string
	for k := range tot {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-30s %7.1f\n", k, tot[k])
	}
	if catFilter == "" {
		return
	}
	rng := rand.New(rand.NewSource(1))
	rng.Shuffle(len(cases), func(i, j int) { cases[i], cases[j] = cases[j], cases[i] })
	shown := 0
	for _, c := range cases {
		if c.cat != catFilter && c.cat+"/"+c.sub != catFilter {
			continue
		}
		fmt.Printf("=== %s/%s\n%s\n", c.cat, c.sub, c.text)
		shown++
		if shown >= n {
			break
		}
	}
}

func predKind(a quote.Attribution) string {
	if os.Getenv("BYDIRECT") != "" && a.Cue.Valid() {
		if a.Direct {
			return "D"
		}
		return "mixed"
	}
	switch {
	case !a.Cue.Valid():
		txt := eaText[a.Content[0].Start:a.Content[len(a.Content)-1].End]
		words := strings.Fields(txt)
		caps := 0
		for _, w := range words {
			if w[0] >= 'A' && w[0] <= 'Z' {
				caps++
			}
		}
		sfx := ""
		if strings.ContainsAny(txt[len(txt)-1:], ".?!") {
			sfx = "."
		}
		switch {
		case caps*2 > len(words):
			return "uncued-title" + sfx
		case len(words) < 8:
			return "uncued-short" + sfx
		}
		return "uncued-long" + sfx
	case len(a.Content) > 1:
		return "cued-multi"
	case a.Cue.Start > a.Content[0].Start:
		return "post"
	default:
		return "pre"
	}
}

func sp(text string, s []Span) string {
	var parts []string
	for _, x := range s {
		parts = append(parts, text[x.Start:x.End])
	}
	return strings.Join(parts, " | ")
}

func describe(art *Article, p quote.Attribution, g Attribution) string {
	lo, hi := len(art.Text), 0
	upd := func(s, e int) {
		lo, hi = min(lo, s), max(hi, e)
	}
	for _, c := range p.Content {
		upd(c.Start, c.End)
	}
	for _, ss := range [][]Span{g.Content, g.Source, g.Cue} {
		for _, c := range ss {
			upd(c.Start, c.End)
		}
	}
	if p.Source.Valid() {
		upd(p.Source.Start, p.Source.End)
	}
	lo = max(0, lo-120)
	hi = min(len(art.Text), hi+60)
	for lo > 0 && art.Text[lo-1]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(art.Text) && art.Text[hi]&0xC0 == 0x80 {
		hi++
	}
	ctx := art.Text[lo:hi]
	if len(ctx) > 900 {
		ctx = ctx[:400] + " [...] " + ctx[len(ctx)-400:]
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  doc: %s\n  ctx: %s\n", art.Name, strings.ReplaceAll(ctx, "\n", " ¶ "))
	if len(g.Content) > 0 {
		fmt.Fprintf(&b, "  GOLD src=%q cue=%q content=%q\n", sp(art.Text, g.Source), sp(art.Text, g.Cue), trunc(sp(art.Text, g.Content)))
	}
	if len(p.Content) > 0 {
		src := ""
		if p.Source.Valid() {
			src = art.Text[p.Source.Start:p.Source.End]
		}
		var pc []Span
		for _, c := range p.Content {
			pc = append(pc, Span{c.Start, c.End})
		}
		fmt.Fprintf(&b, "  PRED src=%q cue=%q content=%q\n", src, p.Verb, trunc(sp(art.Text, pc)))
	}
	return b.String()
}

func trunc(s string) string {
	if len(s) > 160 {
		return s[:80] + " ... " + s[len(s)-70:]
	}
	return s
}

func TestGoldStats(t *testing.T) {
	dir := os.Getenv("POLNEAR_ERR")
	if dir == "" {
		t.Skip()
	}
	arts, _ := Load(context.Background(), dir)
	var multiPara, multiFrag, direct, nosrc float64
	for _, art := range arts {
		w := 1 / float64(len(art.Annotations))
		for _, ann := range art.Annotations {
			for _, a := range ann.Attributions {
				if !HasQuoteMark(joinSpans(art.Text, a.Content)) {
					continue
				}
				direct += w
				if len(a.Source) == 0 {
					nosrc += w
				}
				if len(a.Content) > 1 {
					multiFrag += w
				}
				lo, hi := a.Content[0].Start, a.Content[len(a.Content)-1].End
				if strings.Contains(art.Text[lo:hi], "\n") {
					multiPara += w
				}
			}
		}
	}
	fmt.Printf("direct %.0f nosrc %.0f multifrag %.0f multipara %.0f\n", direct, nosrc, multiFrag, multiPara)
}

func TestPredStats(t *testing.T) {
	dir := os.Getenv("POLNEAR_ERR")
	if dir == "" {
		t.Skip()
	}
	arts, _ := Load(context.Background(), dir)
	var x quote.Extractor
	var multiPara, multiFrag, direct, shown int
	for _, art := range arts {
		for _, a := range x.Extract(art.Text) {
			if !a.Direct {
				continue
			}
			direct++
			if len(a.Content) > 1 {
				multiFrag++
			}
			lo, hi := a.Content[0].Start, a.Content[len(a.Content)-1].End
			if strings.Contains(art.Text[lo:hi], "\n") {
				multiPara++
				if shown < 5 && os.Getenv("SHOW") != "" {
					shown++
					fmt.Println(describe(art, a, Attribution{}))
				}
			}
		}
	}
	fmt.Printf("pred direct %d multifrag %d multipara %d\n", direct, multiFrag, multiPara)
}

func TestGoldFarSource(t *testing.T) {
	dir := os.Getenv("POLNEAR_ERR")
	if dir == "" {
		t.Skip()
	}
	arts, _ := Load(context.Background(), dir)
	var far, n float64
	shown := 0
	for _, art := range arts {
		w := 1 / float64(len(art.Annotations))
		for _, ann := range art.Annotations {
			for _, a := range ann.Attributions {
				if !HasQuoteMark(joinSpans(art.Text, a.Content)) || len(a.Source) == 0 {
					continue
				}
				n += w
				lo := min(a.Content[0].Start, a.Source[0].Start)
				hi := max(a.Content[len(a.Content)-1].End, a.Source[len(a.Source)-1].End)
				if strings.Contains(art.Text[lo:hi], "\n") {
					far += w
					if shown < 12 {
						shown++
						fmt.Println(describe(art, quote.Attribution{Source: quote.None}, a))
					}
				}
			}
		}
	}
	fmt.Printf("with source %.0f, source in other paragraph %.0f\n", n, far)
}

func TestGoldCues(t *testing.T) {
	dir := os.Getenv("POLNEAR_ERR")
	if dir == "" {
		t.Skip()
	}
	arts, _ := Load(context.Background(), dir)
	cnt := map[string]float64{}
	for _, art := range arts {
		w := 1 / float64(len(art.Annotations))
		for _, ann := range art.Annotations {
			for _, a := range ann.Attributions {
				if !HasQuoteMark(joinSpans(art.Text, a.Content)) || len(a.Cue) == 0 {
					continue
				}
				cnt[strings.ToLower(sp(art.Text, a.Cue))] += w
			}
		}
	}
	var keys []string
	for k := range cnt {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return cnt[keys[i]] > cnt[keys[j]] })
	for _, k := range keys[:400] {
		fmt.Printf("%5.1f %s\n", cnt[k], k)
	}
}

func usedGAny(gold []item, gatts []Attribution, used []bool, a Attribution) bool {
	for j := range gatts {
		if len(gatts[j].Content) > 0 && len(a.Content) > 0 && gatts[j].Content[0] == a.Content[0] {
			return used[j]
		}
	}
	return false
}
