// Package polnear reads the PolNeAR attribution corpus (brat standoff
// annotations over raw article text) and scores predicted attributions
// against it.
//
// It knows the brat standoff format only as far as PolNeAR uses it
// (text-bound "T" lines, possibly discontinuous, and "E" event lines
// linking Source, Cue and Content), converts brat's character offsets to
// byte offsets, and implements the scoring protocol documented on [Score].
// It does not extract attributions itself: that is package quote.
package polnear
