package history

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
)

// handImportStrong is the honest baseline of BenchmarkImport: a reader
// written by hand for the benchmark's Strong export and nothing else,
// streaming rows through encoding/csv (ReuseRecord) as Import does, and
// doing the same work per row: UTF-8 checks, the date (parsed once per
// distinct text, as Import's date cache does), the workout duration, the
// set number, the load, reps and RPE, the load kind of each name (mapped
// once a name), and the grouping into workouts and exercises. It knows
// the columns by position and accepts only what the generator writes.
func handImportStrong(data []byte) (*History, error) {
	c := csv.NewReader(bytes.NewReader(data))
	c.ReuseRecord = true
	c.FieldsPerRecord = -1
	if _, err := c.Read(); err != nil {
		return nil, err
	}
	h := &History{Source: FormatStrong, Unit: repkit.UnitKilogram, UTCAssumed: true}
	type key struct {
		start time.Time
		name  string
	}
	workouts := map[key]int{}
	kinds := map[string]repkit.LoadKind{}
	names := map[string]string{}
	var lastDate string
	var lastStart time.Time
	for {
		rec, err := c.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		line, _ := c.FieldPos(0)
		for _, f := range rec {
			if !utf8.ValidString(f) {
				return nil, fmt.Errorf("line %d: not UTF-8", line)
			}
		}
		if rec[0] != lastDate {
			if lastStart, err = time.ParseInLocation(time.DateTime, rec[0], time.UTC); err != nil {
				return nil, err
			}
			lastDate = strings.Clone(rec[0])
		}
		dur, err := handAppDuration(rec[2])
		if err != nil {
			return nil, err
		}
		if _, err := strconv.Atoi(rec[4]); err != nil {
			return nil, err
		}
		kg, err := strconv.ParseFloat(rec[5], 64)
		if err != nil {
			return nil, err
		}
		load, err := repkit.FromKilograms(kg)
		if err != nil {
			return nil, err
		}
		reps, err := strconv.Atoi(rec[6])
		if err != nil {
			return nil, err
		}
		var effort repkit.Effort
		if rec[11] != "" {
			rpe, err := repkit.ParseRPE(rec[11])
			if err != nil {
				return nil, err
			}
			effort = repkit.AtRPE(rpe)
		}
		name, ok := names[rec[3]]
		if !ok {
			name = strings.Clone(rec[3])
			names[name] = name
			kinds[name] = MapName(CatalogFunc(exercise.Lookup), name).LoadKind
		}
		k := key{lastStart, rec[1]}
		wi, ok := workouts[k]
		if !ok {
			k.name = strings.Clone(k.name)
			wi = len(h.Workouts)
			workouts[k] = wi
			h.Workouts = append(h.Workouts, Workout{Start: lastStart, Duration: dur, Name: k.name})
		}
		w := &h.Workouts[wi]
		if n := len(w.Exercises); n == 0 || w.Exercises[n-1].Name != name {
			w.Exercises = append(w.Exercises, ExerciseLog{Name: name, LoadKind: kinds[name]})
		}
		e := &w.Exercises[len(w.Exercises)-1]
		e.Sets = append(e.Sets, Set{Kind: KindWorking, Load: load, Reps: reps, Effort: effort, Line: line})
	}
	return h, nil
}

// handAppDuration reads Strong's "1h 5m" workout length.
func handAppDuration(s string) (time.Duration, error) {
	var d time.Duration
	for part := range strings.FieldsSeq(s) {
		n, err := strconv.Atoi(part[:len(part)-1])
		if err != nil {
			return 0, err
		}
		switch part[len(part)-1] {
		case 'h':
			d += time.Duration(n) * time.Hour
		case 'm':
			d += time.Duration(n) * time.Minute
		case 's':
			d += time.Duration(n) * time.Second
		default:
			return 0, fmt.Errorf("duration %q", s)
		}
	}
	return d, nil
}

// TestImportMatchesHand: the benchmark's baseline reads the benchmark's
// export into the same History as Import.
func TestImportMatchesHand(t *testing.T) {
	data := strongExport(2_000)
	got := importAll(t, data, Options{Unit: repkit.UnitKilogram})
	want, err := handImportStrong(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b repkit.Effort) bool { return a == b })); diff != "" {
		t.Errorf("Import and the hand-written reader differ (-hand +Import):\n%s", diff)
	}
}

// BenchmarkImportBaselineHand is BenchmarkImport's work done by hand (see
// handImportStrong); TestImportMatchesHand shows it gives the same History.
func BenchmarkImportBaselineHand(b *testing.B) {
	benchExport(b, func(data []byte) error {
		h, err := handImportStrong(data)
		if err == nil && len(h.Workouts) != benchRows/25 {
			err = fmt.Errorf("%d workouts, want %d", len(h.Workouts), benchRows/25)
		}
		return err
	})
}
