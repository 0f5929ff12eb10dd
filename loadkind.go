package repkit

import "github.com/repkit/repkit/internal/enum"

// A LoadKind says what a logged load means, and so which way is harder.
// Apps log three different things in the same weight column: the weight
// lifted (a barbell, a dumbbell, a stack), the load added to the body (a
// dip belt, a vest; zero for body weight alone), and the help taken off
// the body (an assisted pull-up machine's counterweight, a band). More
// load is harder for the first two and easier for the third.
//
// The zero LoadKind is [LoadExternal], what an app means unless it says
// otherwise. LoadKind is a value type, safe for concurrent use; it
// marshals as text ("external", "bodyweight", "assisted"), and parsing is
// case-insensitive.
type LoadKind uint8

// The kinds of load.
const (
	// LoadExternal is the weight lifted: more is harder.
	LoadExternal LoadKind = iota
	// LoadBodyweight is body weight plus the load added (a belt, a vest, a
	// plate held): zero is body weight alone, more is harder. Progress is
	// reps first, then added load.
	LoadBodyweight
	// LoadAssisted is body weight less the help of a machine's
	// counterweight or a band: more is easier, so progress is less
	// assistance, and the best set is the one with the least.
	LoadAssisted
)

var loadKindText = enum.New[LoadKind]("LoadKind", "load_kind", unknownLoadKind, "external", "bodyweight", "assisted").WithAliases(
	enum.Alias[LoadKind]{Name: "body-weight", Value: LoadBodyweight}, enum.Alias[LoadKind]{Name: "body weight", Value: LoadBodyweight},
	enum.Alias[LoadKind]{Name: "weighted", Value: LoadBodyweight}, enum.Alias[LoadKind]{Name: "assistance", Value: LoadAssisted},
)

func unknownLoadKind(field, value, _ string) error {
	return &FieldError{Field: field, Value: value, Err: ErrUnknownName, Hint: "write external, bodyweight or assisted"}
}

// String returns the kind's name: "external", "bodyweight" or "assisted";
// a value past [LoadAssisted] is "LoadKind(n)".
func (k LoadKind) String() string { return loadKindText.String(k) }

// AppendText implements [encoding.TextAppender] with [LoadKind.String]; a
// value past [LoadAssisted] is an error.
func (k LoadKind) AppendText(b []byte) ([]byte, error) { return loadKindText.AppendText(b, k) }

// MarshalText implements [encoding.TextMarshaler] with [LoadKind.String];
// a value past [LoadAssisted] is an error wrapping [ErrUnknownName].
func (k LoadKind) MarshalText() ([]byte, error) { return loadKindText.MarshalText(k) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseLoadKind]; on error k is unchanged.
func (k *LoadKind) UnmarshalText(text []byte) error { return loadKindText.UnmarshalText(k, text) }

// ParseLoadKind reads a kind case-insensitively: external, bodyweight
// (also body-weight, "body weight", weighted) or assisted (also
// assistance). Other text is a [*FieldError] with Field "load_kind"
// wrapping [ErrUnknownName].
func ParseLoadKind(s string) (LoadKind, error) { return loadKindText.Parse(s) }

// Harder reports whether load a is harder than load b for kind k: heavier
// for external and body-weight loads, less assistance for assisted ones.
func (k LoadKind) Harder(a, b Load) bool {
	if k == LoadAssisted {
		return a < b
	}
	return a > b
}

// Describe writes load l of kind k as a lifter reads it, rounded for
// display in unit u ([Load.Display]; zero u writes kilograms):
// "20kg of assistance" (zero: "no assistance"), "body weight + 5kg" (zero:
// "body weight"), or the load itself, zero as "no logged load"
// (resistance a log does not weigh: a band, a ball). It allocates the
// string; it is safe for concurrent use.
func (k LoadKind) Describe(l Load, u Unit) string {
	switch {
	case k == LoadAssisted && l == 0:
		return "no assistance"
	case k == LoadAssisted:
		return l.Display(u) + " of assistance"
	case k == LoadBodyweight && l > 0:
		return "body weight + " + l.Display(u)
	case k == LoadBodyweight:
		return "body weight"
	case l == 0:
		return "no logged load"
	}
	return l.Display(u)
}

// Moved returns the load the lifter moves for load l of kind k, given the
// lifter's body weight (zero: not known): l itself for external loads,
// body weight plus l for body-weight work, body weight less l for
// assisted work. It reports false when that needs a body weight that is
// not given, or when the assistance is not less than the body weight: an
// e1RM of an added load or of assistance alone means nothing, so
// estimate one only from what Moved returns.
func (k LoadKind) Moved(l, bodyweight Load) (Load, bool) {
	switch {
	case k == LoadExternal:
		return l, true
	case bodyweight <= 0:
		return 0, false
	case k == LoadBodyweight:
		return bodyweight + l, true
	case k == LoadAssisted && l < bodyweight:
		return bodyweight - l, true
	}
	return 0, false
}
