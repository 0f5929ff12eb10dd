package exercise

import "github.com/repkit/repkit"

// LoggedLoadKind returns what the load logged under name means, for an
// exercise the name was matched to (the zero Exercise when it matched
// none). Logging apps file variants of one movement under one catalog
// exercise and say the difference in the name, so the name can change the
// exercise's own [Exercise.LoadKind]. The rules, matched as whole words
// ignoring case and punctuation (so "Band-Assisted" is "band assisted"),
// the first that applies:
//
//  1. An assisted exercise stays assisted: matched.LoadKind is
//     [repkit.LoadAssisted] (the assisted pull-up and dip machines).
//  2. "assisted", "assist" or "assistance" in the name ("Pull Up
//     (Assisted)", "Assisted Dip", "Band-Assisted Chin-Up") is
//     [repkit.LoadAssisted]: the number logged is help, whatever the
//     exercise ("unassisted" is another word and does not count).
//  3. "band", "bands" or "banded" on an exercise whose own kind is body
//     weight ("Pull Up (Band)", "Banded Dip") is [repkit.LoadAssisted]:
//     on a body-weight movement the apps' band is the loop under the
//     knees or feet that lifts part of the body, and its logged number is
//     the help. The name can say otherwise: "resisted" or "weighted"
//     beside the band leaves the band as resistance. On exercises whose
//     load is external, a band is resistance or accommodating tension
//     (band fly, band pull-apart, "Squat with Bands") and changes nothing.
//  4. "weighted" ("Weighted Dip", "Crunch (Weighted)"), "bodyweight" or
//     "body weight" is [repkit.LoadBodyweight]: body weight plus the load
//     logged, the belt, vest, plate or ball, and zero is body weight
//     alone. A barbell on a "Weighted Jump Squat" is such an added load
//     too.
//  5. Otherwise the matched exercise's own kind, [repkit.LoadExternal]
//     for the zero Exercise.
//
// It is a pure function of its arguments and does not allocate beyond
// normalising the name.
func LoggedLoadKind(name string, matched Exercise) repkit.LoadKind {
	if matched.LoadKind == assisted {
		return assisted
	}
	n := nameWords(normaliseName(name))
	switch {
	case n.has("assisted", "assist", "assistance"):
		return assisted
	case matched.LoadKind == bodyweight && n.has("band", "bands", "banded") && !n.has("resisted", "weighted"):
		return assisted
	case n.has("weighted", "bodyweight", "body weight"):
		return bodyweight
	}
	return matched.LoadKind
}
