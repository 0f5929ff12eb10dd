//go:build js && wasm

// Command wasm is repkit's WebAssembly build: it exposes package mobile's
// calls to JavaScript as globalThis.repkitWasm, each taking and returning
// wire-format text, for the npm package in js/ (index.js wraps them in a
// small API). Build it with js/build.sh.
package main

import (
	"fmt"
	"strconv"
	"syscall/js"
	_ "time/tzdata" // time zone data for ImportHistory's time_zone: a browser has no zoneinfo

	"github.com/repkit/repkit/mobile"
)

// result is what every call returns to JavaScript: [value, error], one of
// them empty, so index.js throws the error text as an Error.
func result(v string, err error) any {
	if err != nil {
		return []any{"", err.Error()}
	}
	return []any{v, ""}
}

// fn wraps a call of n string arguments; a call with the wrong number or
// kind of arguments is an error, not a panic.
// A panic in a call (a bug in repkit) is returned as that call's error
// rather than ending the Go runtime, after which every call would fail.
func fn(n int, call func(args []string) (string, error)) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) (out any) {
		defer func() {
			if p := recover(); p != nil {
				out = []any{"", fmt.Sprintf("repkit: internal error (please report it): %v", p)}
			}
		}()
		if len(args) != n {
			return []any{"", "repkit: want " + strconv.Itoa(n) + " arguments, got " + strconv.Itoa(len(args))}
		}
		s := make([]string, n)
		for i, a := range args {
			if a.Type() != js.TypeString {
				return []any{"", "repkit: argument " + strconv.Itoa(i+1) + " must be a string, got " + a.Type().String()}
			}
			s[i] = a.String()
		}
		return result(call(s))
	})
}

// session runs one step of a stored set: resume it from its state (or
// start it when the state is empty), apply the event if any, and return
// {"state":..., "next":..., "record":...}.
func session(args []string) (string, error) {
	protocol, start, state, event := args[0], args[1], args[2], args[3]
	var s *mobile.ActiveSet
	var err error
	if state == "" {
		s, err = mobile.StartSet(protocol, start)
	} else {
		s, err = mobile.ResumeSet(protocol, state)
	}
	if err != nil {
		return "", err
	}
	if event != "" {
		if err := s.Apply(event); err != nil {
			return "", err
		}
	}
	st, err := s.State()
	if err != nil {
		return "", err
	}
	next, err := s.Next()
	if err != nil {
		return "", err
	}
	rec, err := s.Record()
	if err != nil {
		return "", err
	}
	return `{"state":` + st + `,"next":` + next + `,"record":` + rec + `}`, nil
}

func main() {
	api := map[string]any{
		"version":       js.ValueOf(int(mobile.Version())),
		"exercise":      fn(1, func(a []string) (string, error) { return mobile.LookupExercise(a[0]) }),
		"classify":      fn(1, func(a []string) (string, error) { return mobile.ClassifyExercise(a[0]) }),
		"protocol":      fn(1, func(a []string) (string, error) { return mobile.LookupProtocol(a[0]) }),
		"plan":          fn(3, func(a []string) (string, error) { return mobile.PlanSession(a[0], a[1], a[2]) }),
		"session":       fn(4, session),
		"nextTime":      fn(6, func(a []string) (string, error) { return mobile.DecideNextTime(a[0], a[1], a[2], a[3], a[4], a[5]) }),
		"importHistory": fn(2, func(a []string) (string, error) { return mobile.ImportHistory(a[0], a[1]) }),
		"historyLifts":  fn(1, func(a []string) (string, error) { return mobile.HistoryLifts(a[0]) }),
	}
	js.Global().Set("repkitWasm", js.ValueOf(api))
	if ready := js.Global().Get("repkitWasmReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {} // keep the functions alive for the page's lifetime
}
