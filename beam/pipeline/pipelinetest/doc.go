// Package pipelinetest writes the test inputs that the pipeline's tests and
// the dateline-beam command's tests share but that must not be committed:
// small invented corpora in the Timeline17 layout, built at test time in
// the test's temporary folder (see internal/testfixture).
//
// It is for tests only; the pipeline does not import it.
package pipelinetest
