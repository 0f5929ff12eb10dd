package restpausetest_test

import (
	"errors"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/restpause/restpausetest"
)

// A policy that keeps a count between calls breaks the contract: its answer
// depends on how often it was asked. TestPolicy names the broken rules.
func ExampleTestPolicy() {
	good := restpause.Any(restpause.MaxBursts(3), restpause.TechniqueGuard())
	fmt.Println("built-ins:", restpausetest.TestPolicy(good))

	var calls atomic.Int64 // atomic, so only the purity rules break, not the race detector
	counting := restpause.PolicyFunc(func(r *restpause.Record) restpause.Decision {
		if calls.Add(1) > 3 { // the answer depends on earlier calls
			return restpause.Decision{Reason: restpause.StopCustom, Note: "asked too often"}
		}
		return restpause.Decision{}
	})
	err := restpausetest.TestPolicy(counting)
	fmt.Println("counting policy broken:", err != nil)
	fmt.Println(`breaks "deterministic":`, strings.Contains(err.Error(), "restpausetest: deterministic: "))
	var joined interface{ Unwrap() []error }
	fmt.Println("one error per broken rule and state:", errors.As(err, &joined))
	// Output:
	// built-ins: <nil>
	// counting policy broken: true
	// breaks "deterministic": true
	// one error per broken rule and state: true
}
