package exercise

// Verdict is how well an exercise suits rest-pause training. Verdicts are
// ordered: [Suitable] < [Caution] < [Unsuitable], so the worse of two
// verdicts is max(a, b). The zero value is [VerdictUnknown], which
// [Classify] never returns.
type Verdict uint8

// The verdicts, best first.
const (
	VerdictUnknown Verdict = iota
	// Suitable: a stable, lower-skill exercise where the target muscle
	// limits the set and stopping is easy; a good rest-pause candidate.
	Suitable
	// Caution: workable for an experienced lifter who polices technique,
	// but a better candidate usually exists; see the reasons.
	Caution
	// Unsuitable: use straight sets with normal rest for this exercise.
	Unsuitable
)

var verdictNames = []string{
	"unknown",
	"suitable",
	"caution",
	"unsuitable",
}
