package tlsbench

import (
	"context"
	"fmt"
	"os"
	"testing"

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
	fmt.Printf("%-40s AR1 %.4f AR2 %.4f D %.4f\n", name, rep.Mean.AR1.F, rep.Mean.AR2.F, rep.Mean.Date.F)
}

func TestExpOracle(t *testing.T) {
	b := expBench(t)
	m := timeline.Default()
	var res []TaskResult
	for _, tk := range b.tasks {
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
	fmt.Printf("date oracle: AR1 %.4f AR2 %.4f D %.4f\n", mm.AR1.F, mm.AR2.F, mm.Date.F)
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
	return vs
}
