// Package testfixture writes small invented file trees for tests, at test
// time, into a folder the test owns (usually t.TempDir()).
//
// Fixtures in a benchmark's layout, such as Timeline17's
// <topic>/InputDocs/<day>/<file>, are built this way rather than committed,
// so that nothing in the repository looks like benchmark data. The
// contents stay in the tests that use them; this package only writes them
// and spells the layout's paths ([T17Doc]).
//
// It is for tests only: no engine package imports it.
package testfixture
