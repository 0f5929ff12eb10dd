package repkit_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/repkit/repkit"
)

// Plates add up exactly, in kilograms and in pounds.
func ExampleLoad() {
	kg := 100*repkit.Kilogram + 4*(1250*repkit.Gram)
	lb := 45*repkit.Pound + 2*(5*repkit.Pound/2)
	fmt.Println(kg)
	fmt.Println(lb.Format(repkit.UnitPound), "=", lb)
	// Output:
	// 105kg
	// 50lb = 22.6796185kg
}

func ExampleParseLoad() {
	for _, s := range []string{"102.5kg", "225 lbs", "100", "-5kg", "50,5kg"} {
		l, err := repkit.ParseLoad(s)
		switch {
		case errors.Is(err, repkit.ErrUnit):
			fmt.Printf("%s: say kg or lb\n", s)
		case err != nil:
			fmt.Println(err)
		default:
			fmt.Printf("%s = %v = %s\n", s, l, l.Format(repkit.UnitPound))
		}
	}
	// Output:
	// 102.5kg = 102.5kg = 225.9738187395lb
	// 225 lbs = 102.05828325kg = 225lb
	// 100: say kg or lb
	// repkit: load "-5kg": negative value; a mass cannot be below zero; write 0 or more
	// repkit: load "50,5kg": invalid syntax; "," is a decimal comma: write 50.5kg
}

// Loads travel through JSON as readable text.
func ExampleLoad_MarshalText() {
	type set struct {
		Load repkit.Load `json:"load"`
		Reps int         `json:"reps"`
	}
	b, _ := json.Marshal(set{Load: 1025 * repkit.Kilogram / 10, Reps: 8})
	fmt.Println(string(b))

	var s set
	err := json.Unmarshal([]byte(`{"load":"225lb","reps":5}`), &s)
	fmt.Println(s.Load.Format(repkit.UnitPound), s.Reps, err)
	// Output:
	// {"load":"102.5kg","reps":8}
	// 225lb 5 <nil>
}

// A negative Load is a difference between loads; it travels through JSON
// with its sign, though ParseLoad, which reads masses, refuses it.
func ExampleLoad_UnmarshalText_difference() {
	change := 100*repkit.Kilogram - 1025*repkit.Kilogram/10
	b, _ := json.Marshal(map[string]repkit.Load{"change": change})
	fmt.Println(string(b))

	var back map[string]repkit.Load
	err := json.Unmarshal(b, &back)
	fmt.Println(back["change"], err)
	// Output:
	// {"change":"-2.5kg"}
	// -2.5kg <nil>
}
