package learn

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestRidgeRecoversLinearFunction(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var X [][]float64
	var y []float64
	for range 500 {
		x := []float64{r.Float64() * 10, r.Float64(), 5} // last column constant
		X = append(X, x)
		y = append(y, 3*x[0]-2*x[1]+7)
	}
	m, err := Ridge(X, y, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{3, -2, 0}
	for i, w := range want {
		if math.Abs(m.Weights[i]-w) > 1e-4 {
			t.Errorf("weight %d = %g, want %g", i, m.Weights[i], w)
		}
	}
	if math.Abs(m.Bias-7) > 1e-3 {
		t.Errorf("bias = %g, want 7", m.Bias)
	}
}

func TestLogisticSeparatesClasses(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var X [][]float64
	var y []float64
	for range 2000 {
		x := []float64{r.NormFloat64(), r.NormFloat64()}
		p := 1 / (1 + math.Exp(-(2*x[0] - x[1] + 0.5)))
		label := 0.0
		if r.Float64() < p {
			label = 1
		}
		X = append(X, x)
		y = append(y, label)
	}
	m, err := Logistic(X, y, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(m.Weights[0]-2) > 0.35 || math.Abs(m.Weights[1]+1) > 0.25 || math.Abs(m.Bias-0.5) > 0.25 {
		t.Errorf("fitted %+v, want about [2 -1] bias 0.5", m)
	}
	if m.Score([]float64{1, 0}) <= m.Score([]float64{0, 0}) {
		t.Error("score not increasing in the positive feature")
	}
}

func TestNoData(t *testing.T) {
	if _, err := Ridge(nil, nil, 1); err != ErrNoData {
		t.Fatalf("err = %v, want ErrNoData", err)
	}
	if _, err := Logistic([][]float64{{1}}, []float64{1, 0}, 1); err == nil {
		t.Fatal("length mismatch accepted")
	}
}
