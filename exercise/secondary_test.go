package exercise

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// Every id the secondary table names is a catalog id (a typo would
// silently give no secondary muscles), and no exercise lists a muscle as
// both primary and secondary.
func TestSecondaryTable(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "secondary.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	ast.Inspect(f, func(n ast.Node) bool {
		cc, ok := n.(*ast.CaseClause)
		if !ok {
			return true
		}
		for _, e := range cc.List {
			lit, ok := e.(*ast.BasicLit)
			if !ok {
				continue
			}
			id, _ := strconv.Unquote(lit.Value)
			named++
			if _, ok := ByID(id); !ok {
				t.Errorf("secondary.go names %q, which is not a catalog id", id)
			}
		}
		return true
	})
	if named != Len() {
		t.Errorf("secondary.go names %d ids, the catalog has %d: give every exercise a line, 0 for none", named, Len())
	}
	for ex := range Builtin() {
		if s := Secondary(ex); s&ex.PrimaryMuscles != 0 {
			t.Errorf("%s: %s both primary and secondary", ex.ID, s&ex.PrimaryMuscles)
		}
	}
	// By hand: a bench press works shoulders and triceps second; a
	// pulldown biceps and middle back; a curl the forearms.
	for id, want := range map[string]Muscles{
		"barbell-bench-press": MusclesOf(Shoulders, Triceps),
		"lat-pulldown":        MusclesOf(Biceps, MiddleBack),
		"dumbbell-curl":       MusclesOf(Forearms),
		"leg-extension":       0,
	} {
		ex, _ := ByID(id)
		if got := Secondary(ex); got != want {
			t.Errorf("%s: %s, want %s", id, got, want)
		}
	}
	if got := Secondary(Exercise{ID: "not-in-catalog", PrimaryMuscles: MusclesOf(Chest)}); got != 0 {
		t.Errorf("unknown exercise: %s", got)
	}
}
