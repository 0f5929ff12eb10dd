package restpause_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/gen"
	"github.com/repkit/repkit/restpause"
)

// sampleRecord is the machine chest press finisher used across tests:
// 12 reps, then 4 and 3 after 20 s rests.
func sampleRecord() restpause.Record {
	return restpause.Record{
		Date:       time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC),
		Exercise:   "machine chest press",
		Load:       60 * repkit.Kilogram,
		Activation: restpause.Burst{Reps: 12, Effort: repkit.AtRIR(1)},
		Bursts: []restpause.Burst{
			{Reps: 4, Rest: 20 * time.Second},
			{Reps: 3, Rest: 20 * time.Second, Work: 12 * time.Second},
		},
		Stop: restpause.Decision{Reason: restpause.StopMyoRep, Burst: 2, Value: 3, Limit: 4},
	}
}

func TestRecordSummary(t *testing.T) {
	r := sampleRecord()
	if got := r.TotalReps(); got != 19 {
		t.Errorf("TotalReps = %d, want 12+4+3 = 19", got)
	}
	if got := r.BurstReps(); got != 7 {
		t.Errorf("BurstReps = %d, want 7", got)
	}
	if got := r.VolumeLoad(); got != 1140*repkit.Kilogram {
		t.Errorf("VolumeLoad = %v, want 60 kg x 19 = 1140kg", got)
	}
	if got := r.Rest(); got != 40*time.Second {
		t.Errorf("Rest = %v, want 40s", got)
	}
	// 12 reps x 3 s + 20 s + 4 x 3 s + 20 s + 12 s measured = 100 s.
	if got := r.Elapsed(); got != 100*time.Second {
		t.Errorf("Elapsed = %v, want 1m40s", got)
	}
	if got, want := r.Density(), 19/(100.0/60); got != want {
		t.Errorf("Density = %v, want %v reps/min", got, want)
	}
	if got := (restpause.Record{}).Density(); got != 0 {
		t.Errorf("Density of an empty record = %v, want 0", got)
	}
}

func TestRecordJSONText(t *testing.T) {
	b, err := json.Marshal(sampleRecord())
	if err != nil {
		t.Fatal(err)
	}
	want := `{"date":"2025-03-01T18:00:00Z","exercise":"machine chest press","load":"60kg",` +
		`"activation":{"reps":12,"effort":"rir 1"},"bursts":[{"reps":4,"rest":20},{"reps":3,"rest":20,"work":12}],` +
		`"stop":{"reason":"myo-rep","burst":2,"value":3,"limit":4}}`
	if string(b) != want {
		t.Errorf("JSON:\n got %s\nwant %s", b, want)
	}
	// A pound lifter's record names the unit; the load stays exact
	// kilogram text, so older readers read the same mass.
	lb := restpause.Record{Date: time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC), Exercise: "dumbbell curl",
		Load: 55 * repkit.Pound / 2, Unit: repkit.UnitPound, Activation: restpause.Burst{Reps: 12}}
	if b, err = json.Marshal(lb); err != nil {
		t.Fatal(err)
	}
	want = `{"date":"2025-03-01T18:00:00Z","exercise":"dumbbell curl","load":"12.473790175kg","unit":"lb",` +
		`"activation":{"reps":12},"stop":{"reason":"continue"}}`
	if string(b) != want {
		t.Errorf("JSON:\n got %s\nwant %s", b, want)
	}
}

// recordsEqual compares records as JSON promises: time by instant and
// offset, nil and empty burst lists alike.
var recordOpts = cmp.Options{
	cmpopts.EquateEmpty(),
	cmp.Comparer(func(a, b time.Time) bool {
		_, oa := a.Zone()
		_, ob := b.Zone()
		return a.Equal(b) && oa == ob
	}),
	cmp.Comparer(func(a, b repkit.Effort) bool { return a == b }),
}

func testRecordJSONRoundTrip(t *rapid.T) {
	r := genRecord(8).Draw(t, "record")
	got, b := gen.JSONRoundTrip(t, r)
	if diff := cmp.Diff(r, got, recordOpts); diff != "" {
		t.Fatalf("round trip changed the record (-want +got):\n%s\nJSON %s", diff, b)
	}
}

func TestRecordJSONRoundTrip(t *testing.T) { rapid.Check(t, testRecordJSONRoundTrip) }

func FuzzRecordJSONRoundTrip(f *testing.F) { f.Fuzz(rapid.MakeFuzz(testRecordJSONRoundTrip)) }

// FuzzRecordDecode feeds arbitrary bytes to the decoder: it must not panic,
// and whatever it accepts is valid and survives a second round trip.
func FuzzRecordDecode(f *testing.F) {
	good, _ := json.Marshal(sampleRecord())
	f.Add(good)
	f.Add([]byte(`{"activation":{"reps":-1}}`))
	f.Add([]byte(`{"date":"2025-01-01T00:00:00+01:00","load":"225lb","activation":{"reps":8,"effort":"rpe 9.5","signals":{"pain_or_nerve":true}},"stop":{"reason":"pain","signal":"pain-or-nerve"}}`))
	f.Add([]byte(`{"bursts":[{"reps":3,"rest":"1h1s"}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r restpause.Record
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("decoded an invalid record: %v", err)
		}
		again, _ := gen.JSONRoundTrip(t, r)
		if diff := cmp.Diff(r, again, recordOpts); diff != "" {
			t.Fatalf("second round trip changed the record:\n%s", diff)
		}
	})
}

func TestRecordDecodeRejects(t *testing.T) {
	for _, tc := range []struct{ name, json, field string }{
		{"negative reps", `{"activation":{"reps":-1}}`, "activation.reps"},
		{"too many reps", `{"activation":{"reps":1001}}`, "activation.reps"},
		{"negative rest", `{"bursts":[{"reps":3,"rest":"-5s"}]}`, "bursts[0].rest"},
		{"rest too long", `{"bursts":[{"reps":3,"rest":"2h"}]}`, "bursts[0].rest"},
		{"activation rest", `{"activation":{"reps":3,"rest":"5s"}}`, "activation.rest"},
		{"discomfort", `{"bursts":[{"reps":3,"signals":{"discomfort":11}}]}`, "bursts[0].signals.discomfort"},
		{"velocity", `{"bursts":[{"reps":3},{"reps":2,"mean_velocity":-0.5}]}`, "bursts[1].mean_velocity"},
		{"load", `{"load":"10001kg"}`, "load"},
		{"bad duration", `{"bursts":[{"reps":3,"work":"soon"}]}`, "work"},
		{"stop burst past the last", `{"bursts":[{"reps":3}],"stop":{"reason":"min-reps","burst":2,"limit":1}}`, "stop.burst"},
		{"stop burst below the activation set", `{"stop":{"reason":"pain","burst":-2,"signal":"pain-or-nerve"}}`, "stop.burst"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := sampleRecord()
			before := r.Clone()
			err := json.Unmarshal([]byte(tc.json), &r)
			if !errors.Is(err, repkit.ErrInvalid) {
				t.Fatalf("error %v, want one wrapping ErrInvalid", err)
			}
			var fe *restpause.FieldError
			if !errors.As(err, &fe) || fe.Field != tc.field {
				t.Errorf("error %v, want field %q", err, tc.field)
			}
			if diff := cmp.Diff(before, r, recordOpts); diff != "" {
				t.Errorf("failed decode changed the record:\n%s", diff)
			}
		})
	}
	for _, bad := range []string{`{"stop":{"reason":"bored"}}`, `{"stop":{"reason":"pain","signal":"sneeze"}}`, `{"activation":{"reps":3,"effort":"rir 11"}}`, `{"load":"12"}`, `{"unit":"stone"}`} {
		var r restpause.Record
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("decoding %s succeeded, want an error", bad)
		}
	}
}

func TestRecordValidate(t *testing.T) {
	r := sampleRecord()
	if err := r.Validate(); err != nil {
		t.Fatalf("sample record: %v", err)
	}
	// Stop.Burst names the activation set, the whole set or a logged burst.
	for _, burst := range []int{restpause.ActivationSet, 0, 1, 2} {
		b := r.Clone()
		b.Stop.Burst = burst
		if err := b.Validate(); err != nil {
			t.Errorf("stop burst %d of 2: %v, want valid", burst, err)
		}
	}
	for _, burst := range []int{-2, 3} {
		b := r.Clone()
		b.Stop.Burst = burst
		if err := b.Validate(); !errors.Is(err, repkit.ErrInvalid) {
			t.Errorf("stop burst %d of 2: %v, want ErrInvalid", burst, err)
		}
	}
	odd := r.Clone()
	odd.Date = time.Date(2025, 1, 1, 0, 0, 0, 0, time.FixedZone("LMT", 30))
	if err := odd.Validate(); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("offset with seconds: %v, want ErrInvalid (RFC 3339 cannot carry it)", err)
	}
	many := r.Clone()
	many.Bursts = make([]restpause.Burst, restpause.BurstsLimit+1)
	if err := many.Validate(); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("%d bursts: %v, want ErrInvalid", len(many.Bursts), err)
	}
	for u := repkit.UnitUnknown; u <= repkit.UnitGram; u++ {
		b := r.Clone()
		b.Unit = u
		if err := b.Validate(); err != nil {
			t.Errorf("unit %v: %v, want valid", u, err)
		}
	}
	past := r.Clone()
	past.Unit = repkit.UnitGram + 1
	if err := past.Validate(); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("unit %v: %v, want ErrInvalid", past.Unit, err)
	}
	neg := r.Clone()
	neg.Load = -repkit.Kilogram
	if err := neg.Validate(); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("negative load: %v, want ErrInvalid", err)
	}
}

func TestRecordCloneIsIndependent(t *testing.T) {
	r := sampleRecord()
	c := r.Clone()
	c.Bursts[0].Reps = 99
	if r.Bursts[0].Reps != 4 {
		t.Errorf("changing a clone changed the original: %d", r.Bursts[0].Reps)
	}
}

func TestRecordLoadKind(t *testing.T) {
	r := sampleRecord()
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if bytes := string(data); strings.Contains(bytes, "load_kind") {
		t.Errorf("an external record names its kind: %s", bytes)
	}
	r.LoadKind = repkit.LoadAssisted
	data, err = json.Marshal(r)
	if err != nil || !strings.Contains(string(data), `"load_kind":"assisted"`) {
		t.Fatalf("assisted record JSON %s, %v", data, err)
	}
	var back restpause.Record
	if err := json.Unmarshal(data, &back); err != nil || back.LoadKind != repkit.LoadAssisted {
		t.Fatalf("decoded kind %v, %v", back.LoadKind, err)
	}
	for _, k := range []repkit.LoadKind{repkit.LoadExternal, repkit.LoadBodyweight, repkit.LoadAssisted} {
		r.LoadKind = k
		if err := r.Validate(); err != nil {
			t.Errorf("%v: %v", k, err)
		}
	}
	r.LoadKind = repkit.LoadKind(3)
	err = r.Validate()
	var fe *restpause.FieldError
	if !errors.As(err, &fe) || fe.Field != "load_kind" || !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("Validate(LoadKind(3)) = %v, want a FieldError on load_kind wrapping ErrInvalid", err)
	}
	if err := json.Unmarshal([]byte(`{"load":"20kg","load_kind":"counterweight","activation":{"reps":8},"stop":{"reason":"lifter"}}`), &back); !errors.Is(err, repkit.ErrUnknownName) {
		t.Errorf("unknown load_kind decoded: %v", err)
	}
}

// A session started with a kind records it, and refuses one that names
// none, as a decoded record would.
func TestSessionLoadKind(t *testing.T) {
	st := restpause.Start{Date: time.Date(2025, 3, 1, 18, 0, 0, 0, time.UTC), Exercise: "assisted pull-up",
		Load: 20 * repkit.Kilogram, LoadKind: repkit.LoadAssisted}
	s, err := restpause.NewSession(restpause.MyoReps(), st)
	if err != nil {
		t.Fatal(err)
	}
	if k := s.Record().LoadKind; k != repkit.LoadAssisted {
		t.Errorf("record kind %v, want assisted", k)
	}
	st.LoadKind = repkit.LoadKind(4)
	if _, err := restpause.NewSession(restpause.MyoReps(), st); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("LoadKind(4): %v, want ErrInvalid", err)
	}
}
