package repkit_test

import (
	"fmt"

	"github.com/repkit/repkit"
)

// A half-point RPE is an interval of reps in reserve, not a fractional rep.
func ExampleRPE_RIR() {
	for _, p := range []repkit.RPE{10, 9.5, 9, 8.5, 8} {
		r := p.RIR()
		fmt.Printf("RPE %v = RIR %d-%d\n", p, r.Min, r.Max)
	}
	// Output:
	// RPE 10 = RIR 0-0
	// RPE 9.5 = RIR 0-0
	// RPE 9 = RIR 1-1
	// RPE 8.5 = RIR 1-2
	// RPE 8 = RIR 2-2
}

// A log with no effort column reads as "not recorded", never as failure.
func ExampleEffort() {
	for _, text := range []string{"rir 2", "@8.5", ""} {
		e, err := repkit.ParseEffort(text)
		if err != nil {
			fmt.Println(err)
			continue
		}
		if r, ok := e.RIR(); ok {
			fmt.Printf("%q: %d to %d reps in reserve\n", text, r.Min, r.Max)
		} else {
			fmt.Printf("%q: not recorded\n", text)
		}
	}
	_, err := repkit.ParseEffort("rir 11")
	fmt.Println(err)
	_, err = repkit.ParseEffort("8")
	fmt.Println(err)
	// Output:
	// "rir 2": 2 to 2 reps in reserve
	// "@8.5": 1 to 2 reps in reserve
	// "": not recorded
	// repkit: effort "rir 11": out of range; write a whole number of reps in reserve from 0 to 10, such as 2
	// repkit: effort "8": invalid syntax; a bare number could be either scale: write "rpe 8" or "rir 8"
}
