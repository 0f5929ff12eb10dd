package gen

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit"
)

func TestEffortIsValid(t *testing.T) {
	kinds := map[string]bool{}
	rapid.Check(t, func(t *rapid.T) {
		e := Effort().Draw(t, "effort")
		if err := e.Validate(); err != nil {
			t.Fatalf("Effort drew %v: %v", e, err)
		}
		r, p := RIR().Draw(t, "rir"), RPE().Draw(t, "rpe")
		if r.Validate() != nil || p.Validate() != nil || p != repkit.RPE(int(2*p))/2 {
			t.Fatalf("RIR %v, RPE %v", r, p)
		}
		switch {
		case e.IsRIR():
			kinds["rir"] = true
		case e.IsRPE():
			kinds["rpe"] = true
		case e == repkit.Effort{}:
			kinds["none"] = true
		}
	})
	if len(kinds) != 3 {
		t.Errorf("efforts drawn: %v, want none, rir and rpe", kinds)
	}
}

func TestLoadInRange(t *testing.T) {
	for _, r := range [][2]repkit.Load{
		{0, repkit.MaxLoad},
		{0, 1000 * repkit.Kilogram},
		{20 * repkit.Kilogram, 400 * repkit.Kilogram},
		{repkit.MaxLoad - 1, repkit.MaxLoad},           // no round load fits
		{repkit.Gram + 1, 2*repkit.Gram - 1},           // none here either
		{repkit.MaxLoad - repkit.Gram, repkit.MaxLoad}, // one gram count at most
	} {
		rapid.Check(t, func(t *rapid.T) {
			if l := Load(r[0], r[1]).Draw(t, "load"); l < r[0] || l > r[1] {
				t.Fatalf("Load(%d, %d) drew %d", r[0], r[1], l)
			}
		})
	}
	// Round loads come up: whole grams and sixteenths of a pound.
	grams, sixteenths := false, false
	rapid.Check(t, func(t *rapid.T) {
		l := Load(0, repkit.MaxLoad).Draw(t, "load")
		grams = grams || (l%repkit.Gram == 0 && l > 0)
		sixteenths = sixteenths || (l%(repkit.Pound/16) == 0 && l%repkit.Gram != 0 && l%repkit.Pound != 0)
	})
	if !grams || !sixteenths {
		t.Errorf("whole grams drawn %v, 1/16 lb drawn %v", grams, sixteenths)
	}
}

// The round loads Load draws: the multiples of a step from lo to hi, or to
// lo+span, worked out by hand.
func TestMultiples(t *testing.T) {
	const g, kg = repkit.Gram, repkit.Kilogram
	span := 2000 * kg
	for _, tt := range []struct {
		lo, hi      repkit.Load
		first, last int64
		ok          bool
	}{
		{0, repkit.MaxLoad, 0, 2_000_000, true},                                   // capped at 2000 kg
		{1500 * kg, 2500 * kg, 1_500_000, 2_500_000, true},                        // 1000 kg apart: not capped
		{1500 * kg, 4000 * kg, 1_500_000, 3_500_000, true},                        // capped at lo + 2000 kg
		{5 * kg, 5 * kg, 5000, 5000, true},                                        // lo itself, a whole gram count
		{5*kg + 1, 5*kg + g, 5001, 5001, true},                                    // rounded up to the next gram
		{g + 1, 2*g - 1, 2, 1, false},                                             // no whole gram between
		{repkit.MaxLoad - 1, repkit.MaxLoad, 9_223_372_037, 9_223_372_036, false}, // MaxLoad is no whole gram count
		// ({lo, lo+span} is the same capped or not, so which way > goes there cannot be seen)
	} {
		first, last, ok := multiples(tt.lo, tt.hi, g, span)
		if first != tt.first || last != tt.last || ok != tt.ok {
			t.Errorf("multiples(%d, %d, 1 g, 2000 kg) = %d, %d, %v; want %d, %d, %v", tt.lo, tt.hi, first, last, ok, tt.first, tt.last, tt.ok)
		}
	}
}

func TestDurationInRange(t *testing.T) {
	zero := false
	rapid.Check(t, func(t *rapid.T) {
		d := Duration(time.Hour).Draw(t, "d")
		if d < 0 || d > time.Hour {
			t.Fatalf("Duration(1h) drew %v", d)
		}
		zero = zero || d == 0
	})
	if !zero {
		t.Error("Duration never drew zero")
	}
}

func TestTimeInRange(t *testing.T) {
	first := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	last := time.Date(9999, 12, 31, 23, 59, 59, 999999999, time.UTC)
	zoned := false
	rapid.Check(t, func(t *rapid.T) {
		u := Time(false).Draw(t, "utc")
		if u.Location() != time.UTC || u.Before(first) || u.After(last) {
			t.Fatalf("Time(false) drew %v", u)
		}
		z := Time(true).Draw(t, "zoned")
		if z.Before(first) || z.After(last.Add(-14*time.Hour)) {
			t.Fatalf("Time(true) drew %v", z)
		}
		if _, off := z.Zone(); off < -12*3600 || off > 14*3600 {
			t.Fatalf("Time(true) drew offset %d s", off)
		}
		zoned = zoned || z.Location() != time.UTC
		if o := TimeOrZero(false).Draw(t, "or zero"); !o.IsZero() && o.Location() != time.UTC {
			t.Fatalf("TimeOrZero(false) drew %v", o)
		}
	})
	if !zoned {
		t.Error("Time(true) never drew a zone")
	}
}

// Time covers its whole range over fixed seeds: offsets from -12:00 to
// +14:00 in whole minutes, UTC for offset 0, and instants before 1678 and
// after 2262 (outside UnixNano's range, where grouping by it overflowed).
func TestTimeCoversItsRange(t *testing.T) {
	minOff, maxOff := 0, 0
	early, late := false, false
	for seed := range 500 {
		z := Time(true).Example(seed)
		_, off := z.Zone()
		if off%60 != 0 {
			t.Fatalf("Time(true) drew offset %d s, not whole minutes", off)
		}
		if off == 0 && z.Location() != time.UTC {
			t.Fatalf("Time(true) drew %v: offset 0 in a zone that is not UTC", z)
		}
		minOff, maxOff = min(minOff, off), max(maxOff, off)
		u := Time(false).Example(seed)
		early = early || u.Year() < 1678
		late = late || u.Year() > 2262
	}
	if minOff != -12*3600 || maxOff != 14*3600 {
		t.Errorf("Time(true) drew offsets from %d s to %d s over 500 seeds, want -43200 to 50400", minOff, maxOff)
	}
	if !early || !late {
		t.Errorf("Time(false) drew a year before 1678: %v, after 2262: %v", early, late)
	}
}

func TestEnumInRange(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		if v := Enum[uint8](2, 5).Draw(t, "v"); v < 2 || v > 5 {
			t.Fatalf("Enum(2, 5) drew %d", v)
		}
	})
	// Every value comes up: 200 fixed seeds, not the rapid checks above,
	// whose count -short lowers to 20 (four values then miss one about
	// once in 75 runs).
	seen := map[uint8]bool{}
	for seed := range 200 {
		seen[Enum[uint8](2, 5).Example(seed)] = true
	}
	if len(seen) != 4 {
		t.Errorf("Enum(2, 5) drew %v over 200 seeds, want all of 2-5", seen)
	}
}

// The package's rules: only test files import it, and it imports nothing
// of the module but the root (so that every package's internal tests can).
func TestImportRules(t *testing.T) {
	const self = "github.com/repkit/repkit/internal/gen"
	root := filepath.Join("..", "..")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		inGen := filepath.Dir(path) == "."
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if p == self && !strings.HasSuffix(path, "_test.go") {
				t.Errorf("%s imports %s outside a test file", path, self)
			}
			if inGen && strings.HasPrefix(p, "github.com/repkit/repkit/") {
				t.Errorf("%s imports %s: gen may import only the root package", path, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fatalRecorder records Fatalf instead of stopping, so that the failure
// path of JSONRoundTrip can be checked.
type fatalRecorder struct{ msgs []string }

func (r *fatalRecorder) Helper() {}
func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.msgs = append(r.msgs, format)
}

func TestJSONRoundTrip(t *testing.T) {
	type pair struct {
		Load repkit.Load `json:"load"`
		Note string      `json:"note"`
	}
	in := pair{Load: 102500 * repkit.Gram, Note: "top set"}
	back, data := JSONRoundTrip(t, in)
	if back != in {
		t.Errorf("round trip gave %+v, want %+v", back, in)
	}
	if want := `{"load":"102.5kg","note":"top set"}`; string(data) != want {
		t.Errorf("JSON %s, want %s", data, want)
	}
	var r fatalRecorder
	JSONRoundTrip(&r, func() {}) // a func does not marshal
	if len(r.msgs) == 0 || !strings.HasPrefix(r.msgs[0], "Marshal(") {
		t.Errorf("marshal failure reported as %q", r.msgs)
	}
}
