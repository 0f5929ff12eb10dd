package main

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/repkit/repkit/internal/sim"
	"github.com/repkit/repkit/progression"
)

// The chart: two panels, bench press above and lateral raise below. In each,
// bars are reps (mean reps a set for the bench, total reps for the raise,
// right axis) and the line is the load (left axis).
const (
	chartW, panelH                     = 720, 220
	marginL, marginR, marginT, marginB = 60, 50, 30, 30
)

type series struct {
	title      string
	load, reps []float64 // one per session
	repsLabel  string
}

func writeSVG(out io.Writer, events []sim.Event) error {
	bench := series{title: "Barbell lift (double progression)", repsLabel: "mean reps a set"}
	raise := series{title: "Cable row (rest-pause, sum of reps)", repsLabel: "total reps (mean a set on straight-set days)"}
	for _, e := range events {
		s := &bench
		if e.Exercise == sim.RestPause {
			s = &raise
		}
		s.load = append(s.load, loadOf(e.Outing).Kilograms())
		s.reps = append(s.reps, meanReps(e.Outing))
	}
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="11">`+"\n",
		chartW, 2*panelH, chartW, 2*panelH)
	fmt.Fprintf(w, `<rect width="%d" height="%d" fill="white"/>`+"\n", chartW, 2*panelH)
	panel(w, bench, 0)
	panel(w, raise, panelH)
	fmt.Fprintln(w, "</svg>")
	return w.Flush()
}

func panel(w io.Writer, s series, top float64) {
	n := len(s.load)
	plotW := float64(chartW - marginL - marginR)
	plotH := float64(panelH - marginT - marginB)
	x := func(i int) float64 { return marginL + plotW*(float64(i)+0.5)/float64(n) }
	loLoad, hiLoad := bounds(s.load)
	_, hiReps := bounds(s.reps)
	hiReps = max(hiReps, 1)
	yLoad := func(v float64) float64 { return top + marginT + plotH*(1-(v-loLoad)/(hiLoad-loLoad)) }
	yReps := func(v float64) float64 { return top + marginT + plotH*(1-v/hiReps) }
	base := top + marginT + plotH

	fmt.Fprintf(w, `<text x="%d" y="%.1f" font-size="13" font-weight="bold">%s</text>`+"\n", marginL, top+18, esc(s.title))
	fmt.Fprintf(w, `<line x1="%d" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#333"/>`+"\n", marginL, base, marginL+plotW, base)
	barW := plotW / float64(n) * 0.6
	for i, r := range s.reps {
		fmt.Fprintf(w, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#c6dbef"><title>session %d: %s %.1f</title></rect>`+"\n",
			x(i)-barW/2, yReps(r), barW, base-yReps(r), i+1, esc(s.repsLabel), r)
		fmt.Fprintf(w, `<text x="%.1f" y="%.1f" text-anchor="middle">%d</text>`+"\n", x(i), base+14, i+1)
	}
	var pts []string
	for i, l := range s.load {
		pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(i), yLoad(l)))
	}
	fmt.Fprintf(w, `<polyline points="%s" fill="none" stroke="#d94801" stroke-width="2"/>`+"\n", strings.Join(pts, " "))
	for i, l := range s.load {
		fmt.Fprintf(w, `<circle cx="%.1f" cy="%.1f" r="3" fill="#d94801"><title>session %d: %.2f kg</title></circle>`+"\n", x(i), yLoad(l), i+1, l)
	}
	fmt.Fprintf(w, `<text x="4" y="%.1f" fill="#d94801">%.2f kg</text>`+"\n", yLoad(hiLoad)+4, hiLoad)
	fmt.Fprintf(w, `<text x="4" y="%.1f" fill="#d94801">%.2f kg</text>`+"\n", yLoad(loLoad)+4, loLoad)
	fmt.Fprintf(w, `<text x="%.1f" y="%.1f" fill="#2171b5">%.0f</text>`+"\n", marginL+plotW+6, yReps(hiReps)+4, hiReps)
	fmt.Fprintf(w, `<text x="%.1f" y="%.1f" fill="#2171b5" text-anchor="end">bars: %s; line: load</text>`+"\n",
		marginL+plotW, top+18, esc(s.repsLabel))
}

// bounds returns the range of v, widened so that a flat series still has
// height.
func bounds(v []float64) (lo, hi float64) {
	lo, hi = v[0], v[0]
	for _, x := range v {
		lo, hi = min(lo, x), max(hi, x)
	}
	if hi-lo < 1 {
		lo, hi = lo-0.5, hi+0.5
	}
	return lo, hi
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // writing to a strings.Builder cannot fail
	return b.String()
}

// meanReps is a rest-pause set's total reps, or the mean reps of the
// straight sets.
func meanReps(o progression.Outing) float64 {
	if k := len(o.RestPause); k > 0 {
		return float64(o.RestPause[k-1].TotalReps())
	}
	total := 0
	for _, s := range o.Sets {
		total += s.Reps
	}
	return float64(total) / float64(max(len(o.Sets), 1))
}
