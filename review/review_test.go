package review

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/internal/enum/enumtest"
	"github.com/repkit/repkit/progression"
	"github.com/repkit/repkit/restpause"
	"github.com/repkit/repkit/volume"
)

func TestEnumContract(t *testing.T) {
	enumtest.Run[Checkpoint](t, "Checkpoint", "checkpoint", "unknown", "setup", "progression", "common-mistakes", "recovery", "simplify-or-switch")
	enumtest.Run[Status](t, "Status", "status", "unknown", "ok", "attention", "no-data")
	if int(checkpointEnd) != checkpointText.Len() || int(statusEnd) != statusText.Len() {
		t.Fatal("an end constant disagrees with its names")
	}
	for c := CheckSetup; c < checkpointEnd; c++ {
		if c.Guide() == "" {
			t.Errorf("%s has no guide sentence", c)
		}
	}
}

// squatWeek logs squats on Monday (100 kg x 5) and Saturday (100 kg x
// satReps) and a rest-pause set of leg extensions on Thursday.
func squatWeek(satReps int, friction int) Log {
	mon := time.Date(2025, 3, 3, 18, 0, 0, 0, time.UTC)
	return Log{
		Unit: repkit.UnitKilogram,
		Straight: []volume.Work{
			{Date: mon, Exercise: "Squat (Barbell)", Load: 100 * repkit.Kilogram, Reps: 5},
			{Date: mon.AddDate(0, 0, 5), Exercise: "Squat (Barbell)", Load: 100 * repkit.Kilogram, Reps: satReps},
		},
		Records: []restpause.Record{{
			Date: mon.AddDate(0, 0, 3), Exercise: "Leg Extension", Load: 50 * repkit.Kilogram,
			Activation: restpause.Burst{Reps: 15}, Bursts: []restpause.Burst{{Reps: 5, Rest: 20 * time.Second}},
			Stop: restpause.Decision{Reason: restpause.StopLifter}, Tolerance: restpause.Tolerance{SetupFriction: friction},
		}},
	}
}

func TestRecoveryNextImportantSession(t *testing.T) {
	asOf := time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC)
	// Epley: 100 x 5 is 116.67 kg, 100 x 3 is 110 kg: 5.7% lower.
	rv, err := Weekly(squatWeek(3, 0), asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	it := rv.Item(CheckRecovery)
	if it.Status != StatusAttention || len(it.Evidence) != 1 || !strings.Contains(it.Evidence[0], "worse by 5.7%") ||
		!strings.HasPrefix(it.Evidence[0], "Squat (Barbell) after the rest-pause day 2025-03-06: 2025-03-08 best 100kg x 3") {
		t.Fatalf("recovery %+v", it)
	}
	rv, err = Weekly(squatWeek(5, 0), asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	if it := rv.Item(CheckRecovery); it.Status != StatusOK || !strings.HasSuffix(it.Evidence[0], ": held.") {
		t.Fatalf("recovery %+v", it)
	}
	// Named main lifts override the default.
	rv, _ = Weekly(squatWeek(3, 0), asOf, Settings{MainLifts: []string{"Bench Press (Barbell)"}})
	if it := rv.Item(CheckRecovery); it.Status != StatusNoData {
		t.Fatalf("recovery %+v", it)
	}
}

func TestSetupFriction(t *testing.T) {
	asOf := time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC)
	rv, err := Weekly(squatWeek(5, TroubleLevel), asOf, Settings{})
	if err != nil {
		t.Fatal(err)
	}
	it := rv.Item(CheckSetup)
	if it.Status != StatusAttention || it.Evidence[0] != "Leg Extension: 1 rest-pause set, setup friction up to 6 of 10." {
		t.Fatalf("setup %+v", it)
	}
	// The review is one JSON document an app can show.
	b, err := json.Marshal(rv)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"checkpoint":"setup","status":"attention"`) {
		t.Fatalf("json %s", b)
	}
}

func TestWeeklyErrors(t *testing.T) {
	var fe *FieldError
	if _, err := Weekly(Log{}, time.Time{}, Settings{}); !errors.As(err, &fe) || fe.Field != "as_of" {
		t.Fatalf("zero date: %v", err)
	}
	log := squatWeek(5, 0)
	log.Straight[1].Reps = -1
	if _, err := Weekly(log, time.Now(), Settings{}); !errors.As(err, &fe) || fe.Field != "straight[1].reps" || !errors.Is(err, repkit.ErrInvalid) {
		t.Fatalf("bad set: %v", err)
	}
	log = squatWeek(5, 0)
	log.Records[0].Tolerance.SetupFriction = 12
	if _, err := Weekly(log, time.Now(), Settings{}); !errors.As(err, &fe) || fe.Field != "records[0].tolerance.setup_friction" {
		t.Fatalf("bad record: %v", err)
	}
}

func TestSetupChanges(t *testing.T) {
	log := squatWeek(5, 0)
	prev := log.Records[0]
	prev.Date = prev.Date.AddDate(0, 0, -7)
	prev.Protocol = "myo-reps"
	prev.Bursts = []restpause.Burst{{Reps: 5, Rest: 40 * time.Second}}
	log.Records[0].Protocol = "dc"
	log.Records = append(log.Records, prev)
	rv, err := Weekly(log, time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC), Settings{})
	if err != nil {
		t.Fatal(err)
	}
	it := rv.Item(CheckSetup)
	want := "Leg Extension: 1 rest-pause set, no setup friction; changed protocol myo-reps to dc on 2025-03-06, mean rest 40s to 20s on 2025-03-06."
	if it.Status != StatusAttention || it.Evidence[0] != want {
		t.Fatalf("setup %+v\nwant %s", it, want)
	}
}

func TestWeeklyBadGym(t *testing.T) {
	var fe *FieldError
	g := progression.KilogramGym()
	g.Unit = repkit.UnitGram
	_, err := Weekly(squatWeek(5, 0), time.Date(2025, 3, 9, 12, 0, 0, 0, time.UTC), Settings{Gym: &g})
	if !errors.As(err, &fe) || fe.Field != "gym.unit" {
		t.Fatalf("got %v", err)
	}
}
