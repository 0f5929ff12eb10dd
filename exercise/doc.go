// Package exercise describes what is lifted: exact loads and units, and the
// traits of an exercise that decide whether it suits rest-pause training.
//
// # Loads
//
// A [Load] is an exact mass, an integer count of nanograms in the style of
// [time.Duration]. Build loads from the constants [Kilogram], [Gram] and
// [Pound] with integer arithmetic, read them from text with [ParseLoad]
// ("102.5kg", "225lb", "22.5 kg"), and write them with [Load.String] (always
// in kilograms, always exact) or [Load.Format] in a chosen [Unit]. Loads
// marshal to JSON as text such as "102.5kg". Bad text gets a [*LoadError]
// that wraps one of [ErrEmpty], [ErrSyntax], [ErrUnit], [ErrNotFinite],
// [ErrNegative] or [ErrOverflow].
//
// All types in this package are values, safe for concurrent use.
package exercise
