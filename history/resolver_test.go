package history_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/history"
	"github.com/repkit/repkit/restpause"
	"pgregory.net/rapid"
)

// TestResolverRemembers: a Resolver gives MapName's answer for every name,
// asks the catalog about each name once however often it comes back, and
// past its 4096 remembered names still answers right, asking again.
func TestResolverRemembers(t *testing.T) {
	lookups := map[string]int{}
	counting := history.CatalogFunc(func(name string) (exercise.Exercise, bool) {
		lookups[name]++
		return builtin.Lookup(name)
	})
	resolve := history.Resolver(counting)
	names := []string{"Squat (Barbell)", "Lateral Raise (Cable)", "Zercher Sandbag Walk", "Bench Press (Barbell)"}
	rapid.Check(t, func(t *rapid.T) {
		name := rapid.SampledFrom(names).Draw(t, "name")
		m := history.MapName(builtin, name)
		ex, ok := resolve(&restpause.Record{Exercise: name})
		if ok != (m.Status != history.Unclassified) || ex.ID != m.Exercise.ID {
			t.Fatalf("Resolve(%q) = %q, %v; MapName gives %q, %v", name, ex.ID, ok, m.Exercise.ID, m.Status)
		}
	})
	first := map[string]int{}
	for k, v := range lookups {
		first[k] = v
	}
	for range 3 {
		for _, name := range names {
			resolve(&restpause.Record{Exercise: name})
		}
	}
	for k, v := range lookups {
		if v != first[k] {
			t.Errorf("catalog asked about %q %d times after the first answers, want %d (remembered)", k, v, first[k])
		}
	}
	// Past the bound: 5000 distinct names, then a remembered one and a new one.
	for i := range 5000 {
		resolve(&restpause.Record{Exercise: fmt.Sprintf("Made Up %d", i)})
	}
	if ex, ok := resolve(&restpause.Record{Exercise: "Squat (Barbell)"}); !ok || ex.ID != "back-squat" {
		t.Errorf("after 5000 names, Squat (Barbell) = %q, %v; want back-squat, true", ex.ID, ok)
	}
	before := lookups["Made Up 4999"]
	if _, ok := resolve(&restpause.Record{Exercise: "Made Up 4999"}); ok {
		t.Error("a made-up name resolved")
	}
	if lookups["Made Up 4999"] == before {
		t.Error("a name past the 4096 remembered was not looked up again: the memory is unbounded")
	}
}

// TestResolverConcurrent: one Resolver used from many goroutines (run
// with -race) answers each as MapName does.
func TestResolverConcurrent(t *testing.T) {
	resolve := history.Resolver(builtin)
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				name := []string{"Squat (Barbell)", "Lat Pulldown (Cable)", "Nothing Known"}[(g+i)%3]
				ex, ok := resolve(&restpause.Record{Exercise: name})
				if m := history.MapName(builtin, name); ex.ID != m.Exercise.ID || ok != (m.Status != history.Unclassified) {
					t.Errorf("Resolve(%q) = %q, %v", name, ex.ID, ok)
					return
				}
			}
		})
	}
	wg.Wait()
}
