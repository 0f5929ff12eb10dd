package progression

import (
	"strconv"
	"strings"

	"github.com/repkit/repkit"
)

// LastLoad returns the load the session ended at, what the next load
// steps from: its last rest-pause set's load when it has one, else the
// straight sets' Load. It is a pure function of o, safe for concurrent use.
func (o Outing) LastLoad() repkit.Load {
	if k := len(o.RestPause); k > 0 {
		return o.RestPause[k-1].Load
	}
	return o.Load
}

// Summary writes the session as a lifter reads it, its load as kind k
// describes it in unit u ([repkit.LoadKind.Describe]; zero u writes
// kilograms) then its reps: "80kg x 8, 8, 7" for straight sets, or, for a
// session with rest-pause sets, the last one's activation and bursts,
// "15kg x 14+5+3 (a rest-pause set)" ([restpause.Record.RepsText]). A
// session with neither gives the load alone ("80kg"). It is a pure
// function of its arguments, safe for concurrent use.
func (o Outing) Summary(k repkit.LoadKind, u repkit.Unit) string {
	if n := len(o.RestPause); n > 0 {
		rp := &o.RestPause[n-1]
		return k.Describe(rp.Load, u) + " x " + rp.RepsText() + " (a rest-pause set)"
	}
	s := k.Describe(o.Load, u)
	if len(o.Sets) == 0 {
		return s
	}
	reps := make([]string, len(o.Sets))
	for i, st := range o.Sets {
		reps[i] = strconv.Itoa(st.Reps)
	}
	return s + " x " + strings.Join(reps, ", ")
}

// LoggedStep returns the step [Gym.WeightsLogged] counts from an
// exercise's last load when g cannot make that load: the smallest plate
// pair of g's unit, 5 lb for a pound gym, else 2.5 kg (the zero Gym's
// too). It is a pure function of g, safe for concurrent use.
func (g Gym) LoggedStep() repkit.Load {
	if g.Unit == repkit.UnitPound {
		return 5 * repkit.Pound
	}
	return 2500 * repkit.Gram
}
