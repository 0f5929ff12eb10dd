package fatigue

// A Dose is how much intensifier work, such as rest-pause, suits a lifter
// today. The zero Dose is [DoseUnknown]: nothing was assessed, which callers
// must treat like [DoseNone] rather than guess. Doses order from most to
// least work as Full, Reduced, None; compare them with [Dose.AtMost].
type Dose uint8

// The doses. What each means for a session is the planner's business (see
// package restpause): Full allows the usual one or two rest-pause
// accessories, Reduced at most one with a bigger rep buffer and fewer
// bursts, None straight sets only.
const (
	DoseUnknown Dose = iota // not assessed; treat as none
	DoseFull                // intensifiers as planned
	DoseReduced             // fewer and gentler intensifiers
	DoseNone                // no intensifiers: straight sets with normal rest
)

var doseNames = []string{
	"unknown",
	"full",
	"reduced",
	"none",
}

// amount orders doses by how much intensifier work they allow; Unknown
// allows none.
func (d Dose) amount() int {
	switch d {
	case DoseFull:
		return 2
	case DoseReduced:
		return 1
	}
	return 0
}

// AtMost reports whether d allows no more intensifier work than o.
// [DoseUnknown] allows as little as [DoseNone].
func (d Dose) AtMost(o Dose) bool { return d.amount() <= o.amount() }

// Allows reports whether d allows any intensifier work at all.
func (d Dose) Allows() bool { return d.amount() > 0 }

// Min returns whichever of d and o allows less work; between equals, d.
func (d Dose) Min(o Dose) Dose {
	if o.amount() < d.amount() {
		return o
	}
	return d
}
