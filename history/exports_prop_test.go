package history

import (
	"slices"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/repkit/repkit/exercise"
)

// A FitNotes name with commas, written unquoted as FitNotes writes it,
// comes back whole, with one warning for the row, whatever the commas'
// places (the category has none, as FitNotes' categories do not).
func TestFitNotesCommaNameProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		parts := rapid.SliceOfN(rapid.StringMatching(`[A-Za-z][A-Za-z ()]{0,12}`), 2, 4).Draw(t, "parts")
		name := strings.Join(parts, ",")
		if strings.TrimSpace(name) == "" || !balanced(name) {
			t.Skip("unbalanced or blank")
		}
		data := "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment\n" +
			"2024-03-11," + name + ",Legs,40,8,,,,\n"
		h, skipped, err := Import(strings.NewReader(data), Options{Lenient: true})
		if err != nil || len(skipped) != 0 {
			t.Fatalf("%q: %v %v", name, err, skipped)
		}
		if got := h.Workouts[0].Exercises[0].Name; got != name {
			t.Fatalf("name %q, want %q", got, name)
		}
		if len(h.Warnings) != 1 || h.Warnings[0].Line != 2 {
			t.Fatalf("warnings %v", h.Warnings)
		}
	})
}

var noteWords = []string{"myo", "reps", "rp", "rest", "pause", "heavy", "set", "last", "the", "felt", "good", "3", "mini", "sets", "to", "failure"}

// Negating or deferring a clause that says rest-pause makes it say
// nothing, wherever the cue goes; and a note says rest-pause only if it
// mentions it.
func TestSaysRestPauseProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		words := rapid.SliceOfN(rapid.SampledFrom(noteWords), 1, 6).Draw(t, "words")
		clause := strings.Join(words, " ")
		says := saysRestPause(clause)
		if says && !mentionsRestPause(clause) {
			t.Fatalf("%q says rest-pause without mentioning it", clause)
		}
		if !says {
			return
		}
		cue := rapid.SampledFrom([]string{"no", "not", "forgot", "skipped", "didn't", "next", "will", "should", "try"}).Draw(t, "cue")
		at := rapid.IntRange(0, len(words)).Draw(t, "at")
		negated := strings.Join(slices.Insert(slices.Clone(words), at, cue), " ")
		if saysRestPause(negated) {
			t.Fatalf("%q still says rest-pause", negated)
		}
		// Another clause with the cue leaves this one standing.
		if !saysRestPause(cue + " spotter, " + clause) {
			t.Fatalf("a cue in another clause negated %q", clause)
		}
	})
}

// Suggest is deterministic, best first, at most n, each score in
// [MinSuggestScore, 1].
func TestSuggestProperty(t *testing.T) {
	var names []string
	for ex := range exercise.Builtin() {
		names = append(names, ex.Name)
		names = append(names, ex.Aliases...)
	}
	rapid.Check(t, func(t *rapid.T) {
		a := rapid.SampledFrom(names).Draw(t, "a")
		b := rapid.SampledFrom(names).Draw(t, "b")
		ws := strings.Fields(a + " " + b)
		name := strings.Join(ws[:rapid.IntRange(1, len(ws)).Draw(t, "words")], " ")
		n := rapid.IntRange(1, 5).Draw(t, "n")
		s1 := Suggest(exercise.Builtin(), name, n)
		s2 := Suggest(exercise.Builtin(), name, n)
		if len(s1) > n || len(s1) != len(s2) {
			t.Fatalf("%d and %d suggestions, n %d", len(s1), len(s2), n)
		}
		for i := range s1 {
			if s1[i].Exercise.ID != s2[i].Exercise.ID || s1[i].Score < MinSuggestScore || s1[i].Score > 1 {
				t.Fatalf("suggestion %d: %+v then %+v", i, s1[i], s2[i])
			}
			if i > 0 && s1[i].Score > s1[i-1].Score {
				t.Fatalf("not best first: %+v", s1)
			}
		}
		// A catalog name finds its own exercise, whole.
		if ex, ok := exercise.Lookup(a); ok {
			if s := Suggest(exercise.Builtin(), ex.Name, 1); len(s) != 1 || s[0].Score != 1 {
				t.Fatalf("Suggest(%q) = %+v, want a score of 1", ex.Name, s)
			}
		}
	})
}

// normaliseDate is idempotent and never panics; a date it rewrites parses
// as its normal form does.
func FuzzNormaliseDate(f *testing.F) {
	for _, s := range []string{"2024-03-04 6:05:00 pm", "2024-03-06 6:05:00\u202fPM", "2024-03-10 12:15:00 a.m.", "14 Sept 2025, 6:30\u00a0pm",
		"2025-11-02 18:30:00 +00:00", "2025-06-14T17:05:12.345Z", " pm", ".m.", "Sept"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normaliseDate(s)
		if normaliseDate(n) != n {
			t.Fatalf("normaliseDate(%q) = %q, not a fixed point", s, n)
		}
		for _, layouts := range [][]string{strongLayouts, hevyLayouts, liftosaurLayouts} {
			a, errA := parseTime(s, layouts, time.UTC)
			b, errB := parseTime(n, layouts, time.UTC)
			if (errA == nil) != (errB == nil) || !a.Equal(b) {
				t.Fatalf("%q and %q parse differently", s, n)
			}
		}
	})
}

// FuzzSaysRestPause: never panics, and saying implies mentioning.
func FuzzSaysRestPause(f *testing.F) {
	for _, s := range []string{"forgot the myo-reps", "no myo-reps on the first set", "do myo-reps next time", "myo-reps, 3 mini-sets", "rest-pause? no", "didn’t rp"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if saysRestPause(s) && !mentionsRestPause(s) {
			t.Fatalf("%q says rest-pause without mentioning it", s)
		}
	})
}
