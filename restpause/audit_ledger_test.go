package restpause_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/volume"
)

// weeksOfLateralRaises logs 4 weeks of straight lateral raises (before
// sets a week), then 4 weeks of after sets plus one rest-pause set of
// 12+5+4 on Thursdays.
func weeksOfLateralRaises(before, after int) ([]restpause.Record, []volume.Work) {
	var recs []restpause.Record
	var straight []volume.Work
	monday := time.Date(2025, 2, 3, 18, 0, 0, 0, time.UTC)
	for w := range 8 {
		d := monday.AddDate(0, 0, 7*w)
		n := before
		if w >= 4 {
			n = after
			recs = append(recs, restpause.Record{
				Date: d.AddDate(0, 0, 3), Exercise: "Cable Lateral Raise", Load: 5 * repkit.Kilogram, Unit: repkit.UnitKilogram,
				Activation: restpause.Burst{Reps: 12}, Bursts: []restpause.Burst{{Reps: 5, Rest: 20 * time.Second}, {Reps: 4, Rest: 20 * time.Second}},
				Stop: restpause.Decision{Reason: restpause.StopMaxBursts},
			})
		}
		for range n {
			straight = append(straight, volume.Work{Date: d, Exercise: "Lateral Raise (Cable)", Load: 5 * repkit.Kilogram, Reps: 12})
		}
	}
	return recs, straight
}

func TestAuditLedgerSeesStraightSets(t *testing.T) {
	recs, straight := weeksOfLateralRaises(3, 3)
	// Records alone: no week before rest-pause holds work, no finding.
	rep, err := restpause.Auditor{}.Audit(recs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 0 {
		t.Fatalf("records alone: %+v", rep.Findings)
	}
	// With the straight sets: 36 reps a week before, 57 after: added on top.
	rep, err = restpause.Auditor{Straight: straight}.Audit(recs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Mistake != restpause.MistakeEverywhere {
		t.Fatalf("findings %+v", rep.Findings)
	}
	f := rep.Findings[0]
	if len(f.Records) != 4 || len(f.Changes) != 1 || f.Changes[0].Muscle != exercise.Shoulders || f.Changes[0].Shift != volume.ShiftAdded {
		t.Fatalf("finding %+v", f)
	}
	got := f.Explain(recs)
	if !strings.Contains(got, "Shoulders from 2025-W10: 3 straight hard sets, 36 reps") || !strings.Contains(got, "reps up 58%: rest-pause was added on top.") {
		t.Fatalf("explain: %s", got)
	}

	// Replacing two of the three straight sets (24 reps) with the
	// rest-pause set (21 reps): no finding.
	recs, straight = weeksOfLateralRaises(3, 1)
	rep, err = restpause.Auditor{Straight: straight}.Audit(recs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 0 {
		t.Fatalf("replaced: %+v", rep.Findings)
	}
}

func TestAuditLedgerBadStraightSet(t *testing.T) {
	recs, straight := weeksOfLateralRaises(3, 3)
	straight[2].Reps = -3
	_, err := restpause.Auditor{Straight: straight}.Audit(recs, nil)
	var fe *restpause.FieldError
	if !errors.As(err, &fe) || fe.Field != "straight[2].reps" || !errors.Is(err, repkit.ErrInvalid) {
		t.Fatalf("got %v", err)
	}
}

func TestToleranceValidateAndJSON(t *testing.T) {
	r := restpause.Record{Date: time.Date(2025, 2, 3, 18, 0, 0, 0, time.UTC), Exercise: "Leg Extension", Activation: restpause.Burst{Reps: 12},
		Stop: restpause.Decision{Reason: restpause.StopLifter}, Tolerance: restpause.Tolerance{SetupFriction: 11}}
	var fe *restpause.FieldError
	if err := r.Validate(); !errors.As(err, &fe) || fe.Field != "tolerance.setup_friction" {
		t.Fatalf("got %v", err)
	}
	r.Tolerance = restpause.Tolerance{JointDiscomfort: 4, Joint: "right knee", SetupFriction: 2}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	r.Bursts = []restpause.Burst{{Reps: 4, Rest: 20 * time.Second, Signals: restpause.Signals{Discomfort: 5}}}
	if d, rising, pain := r.Worst(); d != 5 || !rising || pain {
		t.Fatalf("worst %d %v %v", d, rising, pain)
	}
	w := r.Work()
	if !w.RestPause || w.Reps != 12 || len(w.Bursts) != 1 || w.Bursts[0] != 4 {
		t.Fatalf("work %+v", w)
	}
}

// A record written before Tolerance existed decodes with the zero
// Tolerance, and a record without one writes no "tolerance" key.
func TestToleranceJSONBackwardCompatible(t *testing.T) {
	old := `{"date":"2025-02-03T18:00:00Z","exercise":"Leg Extension","load":"50kg","activation":{"reps":12},"stop":{"reason":"lifter"}}`
	var r restpause.Record
	if err := json.Unmarshal([]byte(old), &r); err != nil {
		t.Fatal(err)
	}
	if !r.Tolerance.IsZero() {
		t.Fatalf("tolerance %+v", r.Tolerance)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "tolerance") {
		t.Fatalf("json %s", b)
	}
	r.Tolerance = restpause.Tolerance{SetupFriction: 3, Joint: "left elbow"}
	b, _ = json.Marshal(r)
	if !strings.Contains(string(b), `"tolerance":{"setup_friction":3,"joint":"left elbow"}`) {
		t.Fatalf("json %s", b)
	}
	bad := strings.Replace(old, `"stop"`, `"tolerance":{"joint_discomfort":11},"stop"`, 1)
	var fe *restpause.FieldError
	if err := json.Unmarshal([]byte(bad), &r); !errors.As(err, &fe) || fe.Field != "tolerance.joint_discomfort" {
		t.Fatalf("got %v", err)
	}
}
