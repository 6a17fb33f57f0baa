// Package learn fits the small linear models dateline's timeline methods
// use: L2-regularised logistic regression (for ranking dates) and ridge
// regression (for scoring sentences).
//
// Features are standardised internally and the fitted weights are mapped
// back to the raw feature scale, so a model is applied as a plain dot
// product plus bias. Fitting is deterministic. The package is deliberately
// tiny: tens of features and up to a few hundred thousand examples.
package learn
