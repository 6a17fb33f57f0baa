package learn

import (
	"errors"
	"math"
)

// Model is a fitted linear model: Score(x) = Bias + Σ Weights[i]·x[i].
type Model struct {
	Weights []float64
	Bias    float64
}

// Score returns the model's raw score for x.
func (m Model) Score(x []float64) float64 {
	s := m.Bias
	for i, w := range m.Weights {
		s += w * x[i]
	}
	return s
}

// ErrNoData is returned when there is nothing to fit.
var ErrNoData = errors.New("learn: no training examples")

// standardizer maps raw features to zero mean, unit variance.
type standardizer struct {
	mean, std []float64
}

func newStandardizer(X [][]float64) standardizer {
	d := len(X[0])
	s := standardizer{mean: make([]float64, d), std: make([]float64, d)}
	n := float64(len(X))
	for _, x := range X {
		for j, v := range x {
			s.mean[j] += v / n
		}
	}
	for _, x := range X {
		for j, v := range x {
			dv := v - s.mean[j]
			s.std[j] += dv * dv / n
		}
	}
	for j := range s.std {
		s.std[j] = math.Sqrt(s.std[j])
		if s.std[j] < 1e-12 {
			s.std[j] = 0 // constant feature: ignored
		}
	}
	return s
}

func (s standardizer) apply(x []float64, out []float64) {
	for j, v := range x {
		if s.std[j] == 0 {
			out[j] = 0
		} else {
			out[j] = (v - s.mean[j]) / s.std[j]
		}
	}
}

// unscale maps weights fitted on standardised features back to raw ones.
func (s standardizer) unscale(w []float64, b float64) Model {
	m := Model{Weights: make([]float64, len(w)), Bias: b}
	for j := range w {
		if s.std[j] == 0 {
			continue
		}
		m.Weights[j] = w[j] / s.std[j]
		m.Bias -= w[j] * s.mean[j] / s.std[j]
	}
	return m
}

func check(X [][]float64, y []float64) error {
	if len(X) == 0 || len(X[0]) == 0 {
		return ErrNoData
	}
	if len(X) != len(y) {
		return errors.New("learn: X and y differ in length")
	}
	return nil
}

// Logistic fits an L2-regularised logistic regression of labels y (0 or 1,
// or probabilities) on X with Newton's method. lambda is the penalty on the
// standardised weights (not on the bias).
func Logistic(X [][]float64, y []float64, lambda float64) (Model, error) {
	if err := check(X, y); err != nil {
		return Model{}, err
	}
	st := newStandardizer(X)
	d := len(X[0])
	Z := standardized(X, st)
	w := make([]float64, d+1) // last is the bias
	for iter := 0; iter < 50; iter++ {
		g := make([]float64, d+1)
		H := make([][]float64, d+1)
		for i := range H {
			H[i] = make([]float64, d+1)
		}
		for i, z := range Z {
			p := sigmoid(dotb(w, z))
			r := p - y[i]
			q := p * (1 - p)
			for a := 0; a <= d; a++ {
				za := at(z, a)
				g[a] += r * za
				for b := 0; b <= a; b++ {
					H[a][b] += q * za * at(z, b)
				}
			}
		}
		for a := 0; a < d; a++ {
			g[a] += lambda * w[a]
			H[a][a] += lambda
		}
		H[d][d] += 1e-9
		for a := 0; a <= d; a++ {
			for b := a + 1; b <= d; b++ {
				H[a][b] = H[b][a]
			}
		}
		step, err := solve(H, g)
		if err != nil {
			return Model{}, err
		}
		var change float64
		for a := range w {
			w[a] -= step[a]
			change = math.Max(change, math.Abs(step[a]))
		}
		if change < 1e-8 {
			break
		}
	}
	return st.unscale(w[:d], w[d]), nil
}

// Ridge fits a ridge regression of y on X. lambda is the penalty on the
// standardised weights (not on the intercept).
func Ridge(X [][]float64, y []float64, lambda float64) (Model, error) {
	if err := check(X, y); err != nil {
		return Model{}, err
	}
	st := newStandardizer(X)
	d := len(X[0])
	Z := standardized(X, st)
	var ymean float64
	for _, v := range y {
		ymean += v / float64(len(y))
	}
	A := make([][]float64, d)
	for i := range A {
		A[i] = make([]float64, d)
	}
	bvec := make([]float64, d)
	for i, z := range Z {
		for a := 0; a < d; a++ {
			bvec[a] += z[a] * (y[i] - ymean)
			for b := 0; b <= a; b++ {
				A[a][b] += z[a] * z[b]
			}
		}
	}
	for a := 0; a < d; a++ {
		A[a][a] += lambda + 1e-9
		for b := a + 1; b < d; b++ {
			A[a][b] = A[b][a]
		}
	}
	w, err := solve(A, bvec)
	if err != nil {
		return Model{}, err
	}
	return st.unscale(w, ymean), nil
}

func standardized(X [][]float64, st standardizer) [][]float64 {
	Z := make([][]float64, len(X))
	for i, x := range X {
		Z[i] = make([]float64, len(x))
		st.apply(x, Z[i])
	}
	return Z
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// at returns z[a], with index len(z) standing for the bias input 1.
func at(z []float64, a int) float64 {
	if a == len(z) {
		return 1
	}
	return z[a]
}

func dotb(w, z []float64) float64 {
	s := w[len(z)]
	for j, v := range z {
		s += w[j] * v
	}
	return s
}

// solve solves A x = b by Gaussian elimination with partial pivoting.
// A and b are overwritten.
func solve(A [][]float64, b []float64) ([]float64, error) {
	n := len(b)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(A[r][c]) > math.Abs(A[p][c]) {
				p = r
			}
		}
		if math.Abs(A[p][c]) < 1e-300 {
			return nil, errors.New("learn: singular system")
		}
		A[c], A[p] = A[p], A[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := A[r][c] / A[c][c]
			if f == 0 {
				continue
			}
			for k := c; k < n; k++ {
				A[r][k] -= f * A[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	x := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= A[r][k] * x[k]
		}
		x[r] = s / A[r][r]
	}
	return x, nil
}
