package timeline

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

// ModelFile is the JSON form of a method's learned models, as written by
// "dateline train".
type ModelFile struct {
	// Trained says what the models were fit on.
	Trained   string       `json:"trained"`
	DateModel *LinearModel `json:"date_model"`
	// TopicWeight is the chosen Method.TopicWeight.
	TopicWeight float64 `json:"topic_weight"`
}

//go:embed models/default.json
var defaultModels []byte

// shippedModels returns the models embedded in the binary, fit on the
// whole T17 benchmark by "dateline train"; benchmark runs refit them
// leave-one-topic-out instead.
func shippedModels() *ModelFile {
	mf, err := ParseModels(defaultModels)
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	return mf
}

// ParseModels reads a ModelFile and checks its feature lists against this
// build's.
func ParseModels(b []byte) (*ModelFile, error) {
	var mf ModelFile
	if err := json.Unmarshal(b, &mf); err != nil {
		return nil, fmt.Errorf("timeline: reading models: %w", err)
	}
	if err := checkModel("date", mf.DateModel, DateFeatureNames); err != nil {
		return nil, err
	}
	if !(mf.TopicWeight >= 0 && mf.TopicWeight <= 100) {
		return nil, fmt.Errorf("timeline: models: topic weight %v is out of range [0, 100]", mf.TopicWeight)
	}
	return &mf, nil
}

func checkModel(kind string, m *LinearModel, names []string) error {
	if m == nil {
		return fmt.Errorf("timeline: models: no %s model", kind)
	}
	if len(m.Features) != len(names) || len(m.Weights) != len(names) {
		return fmt.Errorf("timeline: %s model has %d features, this build uses %d", kind, len(m.Weights), len(names))
	}
	for i, n := range names {
		if m.Features[i] != n {
			return fmt.Errorf("timeline: %s model feature %d is %q, this build has %q", kind, i, m.Features[i], n)
		}
	}
	return nil
}
