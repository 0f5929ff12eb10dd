package progression

import (
	"strconv"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/fatigue"
	"github.com/repkit/repkit/restpause"
)

// This file holds how the Coach reads loads that are not the weight
// lifted: body weight plus an added load, and assistance.

// assistMirror is the load an assisted history is mirrored about when
// the lifter's body weight is not known: heavier than any assistance, so
// that less assistance reads as more load. Percentages of it mean
// nothing, so without a body weight a deload is one step of assistance.
const assistMirror = 1000 * repkit.Kilogram

// mirrored turns an assisted exercise's Weights into loads where heavier
// is harder: a load l stands for the assistance m - l.
type mirrored struct {
	w Weights
	m repkit.Load
}

// Achievable: the Weights' assistance, and no assistance at all.
func (x mirrored) Achievable(l repkit.Load) bool {
	return l == x.m || l >= 0 && l < x.m && x.w.Achievable(x.m-l)
}

// Next is the next harder load: the next smaller assistance.
func (x mirrored) Next(l repkit.Load) (repkit.Load, bool) {
	a, ok := x.w.Prev(x.m - l)
	if !ok || a < 0 {
		return 0, false
	}
	return x.m - a, true
}

// Prev is the next easier load: the next larger assistance, less than m.
func (x mirrored) Prev(l repkit.Load) (repkit.Load, bool) {
	a, ok := x.w.Next(x.m - l)
	if !ok || a >= x.m {
		return 0, false
	}
	return x.m - a, true
}

// decideAssisted decides for an assisted exercise by mirroring its
// history, so that every rule reads less assistance as more load, and
// mirrors the decision back. It allocates one copy of the history.
func (c Coach) decideAssisted(history []Outing, today time.Time, dose fatigue.Dose) (NextTime, error) {
	m := c.Bodyweight
	if m == 0 {
		m = assistMirror
	}
	n := 0
	for i := range history {
		n += len(history[i].RestPause)
	}
	mh := make([]Outing, len(history))
	recs := make([]restpause.Record, 0, n)
	for i := range history {
		o := history[i]
		for _, l := range [...]struct {
			field string
			load  repkit.Load
		}{{".load", o.Load}, {".want.load", o.Want.Load}} {
			if l.load >= m {
				return NextTime{}, &FieldError{Field: "history[" + strconv.Itoa(i) + "]" + l.field, Value: l.load.Format(c.Unit), Err: repkit.ErrInvalid,
					Hint: assistHint(c.Bodyweight, c.Unit)}
			}
		}
		if len(o.Sets) > 0 {
			o.Load = m - o.Load
		}
		if o.Want != (Prescription{}) {
			o.Want.Load = m - o.Want.Load // zero assistance prescribed is the hardest load
		}
		if len(o.RestPause) > 0 {
			k := len(recs)
			for _, r := range o.RestPause {
				if r.Load >= m {
					return NextTime{}, &FieldError{Field: "history[" + strconv.Itoa(i) + "].rest_pause.load", Value: r.Load.Format(c.Unit), Err: repkit.ErrInvalid,
						Hint: assistHint(c.Bodyweight, c.Unit)}
				}
				r.Load = m - r.Load
				recs = append(recs, r)
			}
			o.RestPause = recs[k:len(recs):len(recs)]
		}
		mh[i] = o
	}
	mc := c
	mc.Kind, mc.Weights, mc.stepCuts = repkit.LoadExternal, mirrored{c.Weights, m}, c.Bodyweight == 0
	var d NextTime
	mc.decide(mh, today, dose, &d)
	d.finish(repkit.LoadAssisted)
	mc.troubled(&d)
	d.Load, d.From = m-d.Load, m-d.From
	if d.Best > 0 {
		d.Best = m - d.Best
	}
	if d.Prescribed > 0 {
		d.Prescribed = m - d.Prescribed
	}
	return d, nil
}

// bodyweightFloor is the lowest rep range inferred for a body-weight
// exercise done at body weight alone: 6-10. The lifter cannot choose a
// lighter load, so sets of 5 at body weight are where the reps build
// from, not a strength range that asks for added load.
var bodyweightFloor = repkit.RepRange{Min: 6, Max: 10}

// assistHint says what to give for an assistance that is not lighter than
// the body weight (or, with no body weight, heavier than any assistance).
func assistHint(bodyweight repkit.Load, u repkit.Unit) string {
	if bodyweight == 0 {
		return "give the assistance the machine or band gives, not the load lifted"
	}
	return "give an assistance lighter than the body weight " + bodyweight.Display(u)
}
