package exercise_test

import (
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/repkit/repkit/exercise"
)

// TestByIDAtTheEnds: the binary search finds the first and last IDs and
// reports no match, without failing, for IDs sorting before the first or
// after the last.
func TestByIDAtTheEnds(t *testing.T) {
	all := slices.Collect(exercise.Builtin())
	first, last := all[0].ID, all[len(all)-1].ID
	for _, id := range []string{first, last} {
		if ex, ok := exercise.ByID(id); !ok || ex.ID != id {
			t.Errorf("ByID(%q) = %q, %v", id, ex.ID, ok)
		}
	}
	for _, id := range []string{"", "0", "a", last + "-", last + "x", "zzz", "~", "\xff"} {
		if ex, ok := exercise.ByID(id); ok {
			t.Errorf("ByID(%q) found %s", id, ex.ID)
		}
	}
	// Lookup tries the ID first, so it must survive the same search.
	if ex, ok := exercise.Lookup("zzz"); ok {
		t.Errorf("Lookup(zzz) found %s", ex.ID)
	}
}

// TestLookupCharacterClasses: ASCII punctuation, at the edges of the
// letter and digit ranges, separates words; digits, letters and bytes of
// 0x80 and above belong to them.
func TestLookupCharacterClasses(t *testing.T) {
	found := []string{
		"Lat Pulldown:", "@Lat Pulldown", "[Lat Pulldown]", "`Lat`Pulldown`", "{Lat}Pulldown~",
		"Lat/Pulldown", "Lat\x7fPulldown", "LAT PULLDOWN", "lat pulldown",
		"45 Degree Back Extension", "45-degree back extension",
	}
	for _, name := range found {
		if _, ok := exercise.Lookup(name); !ok {
			t.Errorf("Lookup(%q) found nothing", name)
		}
	}
	notFound := []string{
		"Lat Pulldown 0", "Lat Pulldown 9", "Lat Pulldown0", "0Lat Pulldown", "Lat Pulldown9",
		"Lat Pulldownz", "zLat Pulldown", "Lat PulldownZ", "Lat Pulldowna", "Lat PulldownA",
		"Lat Pulldown\x80", "\x80Lat Pulldown", "Lat Pulldown é", "Lat Pull\u0100down",
		"4 5 Degree Back Extension", "450 Degree Back Extension", "459 Degree Back Extension",
	}
	for _, name := range notFound {
		if ex, ok := exercise.Lookup(name); ok {
			t.Errorf("Lookup(%q) found %s", name, ex.ID)
		}
	}
}

// edgeBytes are the characters at the edges of the classes name matching
// tells apart, and a few others.
var edgeBytes = []string{
	"/", "0", "9", ":", "@", "A", "Z", "[", "`", "a", "z", "{", "\x7f", "\x80", "\xff", "é",
	" ", "-", "(", ")", "  ",
}

// testLookupMatchesOracle: a catalog name or alias with characters
// inserted is found exactly when the independent normalise of catalog_test
// says it names that entry.
func testLookupMatchesOracle(t *rapid.T) {
	byName := map[string]string{} // normalised name or alias -> id
	var names []string
	for ex := range exercise.Builtin() {
		for _, n := range append([]string{ex.Name}, ex.Aliases...) {
			byName[normalise(n)] = ex.ID
			names = append(names, n)
		}
	}
	s := rapid.SampledFrom(names).Draw(t, "name")
	for range rapid.IntRange(0, 3).Draw(t, "inserts") {
		at := rapid.IntRange(0, len(s)).Draw(t, "at")
		s = s[:at] + rapid.SampledFrom(edgeBytes).Draw(t, "char") + s[at:]
	}
	want, wantOK := byName[normalise(s)]
	if _, isID := exercise.ByID(s); isID {
		want, wantOK = s, true
	}
	got, ok := exercise.Lookup(s)
	if ok != wantOK || got.ID != want {
		t.Fatalf("Lookup(%q) = %q, %v; want %q, %v", s, got.ID, ok, want, wantOK)
	}
}

func TestLookupMatchesOracle(t *testing.T) { rapid.Check(t, testLookupMatchesOracle) }

func FuzzLookupMatchesOracle(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testLookupMatchesOracle)) }

// A name of 63, 64 or 65 bytes (padding that normalises away) is found:
// up to 64 bytes Lookup normalises into its stack buffer, above that on
// the heap, and the edge between them loses nothing.
func TestLookupAtTheBufferEdge(t *testing.T) {
	for _, n := range []int{63, 64, 65} {
		name := "Lat Pulldown" + strings.Repeat(" ", n-len("Lat Pulldown"))
		if _, ok := exercise.Lookup(name); !ok || len(name) != n {
			t.Errorf("Lookup of Lat Pulldown padded to %d bytes found nothing", len(name))
		}
	}
}
