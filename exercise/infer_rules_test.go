package exercise_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit/exercise"
)

// fdb is one entry in the free-exercise-db format, written by us; a nil
// field encodes as JSON null, as the format has it.
type fdb struct {
	Name      string   `json:"name"`
	Equipment *string  `json:"equipment"`
	Mechanic  *string  `json:"mechanic"`
	Category  string   `json:"category"`
	Level     string   `json:"level"`
	Muscles   []string `json:"primaryMuscles"`
}

func str(s string) *string { return &s }

// traits are the inferred traits a rule decides.
type traits struct {
	Equipment  exercise.Equipment
	Ballistic  bool
	Skill      exercise.Skill
	Stability  exercise.Stability
	Limiter    exercise.Limiter
	StopSafety exercise.StopSafety
	SpinalLoad exercise.SpinalLoad
	FormDrift  exercise.FormDrift
}

// TestInferenceRulesOneByOne decodes one small entry per rule branch and
// checks every inferred trait. Each expectation was worked out by hand
// from the rules in DecodeFreeExerciseDB's doc comment (and, where the doc
// is silent, the rule functions in infer.go), rule by rule, before the test
// was run; the comment on each row names the branch it pins.
func TestInferenceRulesOneByOne(t *testing.T) {
	const (
		guided, supported, selfStab, unstable = exercise.Guided, exercise.Supported, exercise.SelfStabilised, exercise.Unstable
		low, moderate, high                   = exercise.SkillLow, exercise.SkillModerate, exercise.SkillHigh
		target, grip, balance, bracing        = exercise.TargetMuscle, exercise.Grip, exercise.Balance, exercise.Bracing
		conditioning                          = exercise.Conditioning
		easy, careful, hard                   = exercise.StopEasy, exercise.StopCareful, exercise.StopHard
		spNone, spLight, spHeavy              = exercise.SpinalNone, exercise.SpinalLight, exercise.SpinalHeavy
		drLow, drModerate, drHigh             = exercise.DriftLow, exercise.DriftModerate, exercise.DriftHigh
	)
	compound, isolation := str("compound"), str("isolation")
	tests := []struct {
		why  string
		in   fdb
		want traits
	}{
		{"rule 8: a trap bar on 'other' equipment is a barbell-style bar, so its bracing-limited deadlift loads the spine heavily",
			fdb{"Trap Bar Deadlift", str("other"), compound, "strength", "beginner", []string{"quadriceps"}},
			traits{exercise.OtherEquipment, false, high, selfStab, bracing, easy, spHeavy, drHigh}},
		{"rule 7: a dumbbell press from a bench is a careful stop, not a barbell over the chest",
			fdb{"Dumbbell Bench Press", str("dumbbell"), compound, "strength", "beginner", []string{"chest"}},
			traits{exercise.Dumbbell, false, moderate, supported, target, careful, spNone, drLow}},
		{"rule 7: a barbell bench press is a hard stop",
			fdb{"Barbell Bench Press - Medium Grip", str("barbell"), compound, "strength", "beginner", []string{"chest"}},
			traits{exercise.Barbell, false, moderate, supported, target, hard, spNone, drLow}},
		{"rule 7: the same press with an EZ bar is a free-weight press, a careful stop",
			fdb{"Reverse Triceps Bench Press", str("e-z curl bar"), compound, "strength", "intermediate", []string{"triceps"}},
			traits{exercise.EZBar, false, moderate, supported, target, careful, spNone, drLow}},
		{"rule 5: body-weight work for the abdominals alone is supported by the floor",
			fdb{"Air Bike", str("body only"), compound, "strength", "beginner", []string{"abdominals"}},
			traits{exercise.Bodyweight, false, low, supported, target, easy, spNone, drLow}},
		{"rule 5: with another primary muscle it is not floor ab work, so self-stabilised",
			fdb{"Air Bike", str("body only"), compound, "strength", "beginner", []string{"abdominals", "quadriceps"}},
			traits{exercise.Bodyweight, false, low, selfStab, target, easy, spNone, drLow}},
		{"rule 5: null equipment is judged as body only; null mechanic is compound",
			fdb{"Dead Bug", nil, nil, "strength", "beginner", []string{"abdominals"}},
			traits{exercise.EquipmentUnknown, false, low, supported, target, easy, spNone, drLow}},
		{"rules 6 and 9: a one-arm row braces on the free hand, so no hinge; the name's hyphen is a word break",
			fdb{"One-Arm Dumbbell Row", str("dumbbell"), compound, "strength", "beginner", []string{"middle back"}},
			traits{exercise.Dumbbell, false, moderate, selfStab, target, easy, spLight, drModerate}},
		{"rule 4: a body-weight lunge takes moderate skill; rule 8: body weight does not load the spine",
			fdb{"Bodyweight Walking Lunge", nil, compound, "strength", "beginner", []string{"quadriceps"}},
			traits{exercise.EquipmentUnknown, false, moderate, selfStab, balance, easy, spNone, drModerate}},
		{"rules 1, 4, 5, 8: a split squat on a Smith machine is guided and low-skill, but a Smith squat loads the spine",
			fdb{"Smith Single-Leg Split Squat", str("machine"), compound, "strength", "beginner", []string{"quadriceps"}},
			traits{exercise.SmithMachine, false, low, guided, balance, easy, spHeavy, drModerate}},
		{"rule 5: a single-leg stance on a machine is guided",
			fdb{"Single Leg Leg Press", str("machine"), compound, "strength", "beginner", []string{"quadriceps"}},
			traits{exercise.Machine, false, low, guided, target, easy, spNone, drLow}},
		{"rule 5: a single-leg stance on a cable isolation movement is supported",
			fdb{"Single-Leg Cable Hip Extension", str("cable"), isolation, "strength", "beginner", []string{"glutes"}},
			traits{exercise.Cable, false, low, supported, target, easy, spNone, drLow}},
		{"rules 4-6: a single-leg squat with a free weight is high skill, unstable, and a bracing-limited free-weight squat",
			fdb{"Kettlebell Pistol Squat", str("kettlebells"), compound, "strength", "expert", []string{"quadriceps"}},
			traits{exercise.Kettlebell, false, high, unstable, bracing, easy, spNone, drModerate}},
		{"rule 6: a Romanian deadlift with a barbell is bracing-limited",
			fdb{"Romanian Deadlift", str("barbell"), compound, "strength", "intermediate", []string{"hamstrings"}},
			traits{exercise.Barbell, false, moderate, selfStab, bracing, easy, spHeavy, drModerate}},
		{"rule 6: a hinge on a cable is not bracing-limited",
			fdb{"Pull Through", str("cable"), compound, "strength", "beginner", []string{"glutes"}},
			traits{exercise.Cable, false, low, selfStab, target, easy, spLight, drModerate}},
		{"rules 6 and 8: a standing barbell shrug is grip-limited and loads the spine heavily",
			fdb{"Barbell Shrug", str("barbell"), isolation, "strength", "beginner", []string{"traps"}},
			traits{exercise.Barbell, false, low, selfStab, grip, easy, spHeavy, drLow}},
		{"rule 8: a dumbbell shrug is a standing loaded movement, light on the spine",
			fdb{"Dumbbell Shrug", str("dumbbell"), isolation, "strength", "beginner", []string{"traps"}},
			traits{exercise.Dumbbell, false, low, selfStab, grip, easy, spLight, drLow}},
		{"rule 8: a band carries no axial load, even in a bracing-limited good morning",
			fdb{"Band Good Morning", str("bands"), compound, "powerlifting", "beginner", []string{"hamstrings"}},
			traits{exercise.Band, false, high, selfStab, bracing, easy, spNone, drHigh}},
		// Loaded carries, sleds and anti-rotation drills: the reason that
		// rules each out is what really ends the set, not "high skill".
		{"rules 4, 6, 7: a farmer's walk is a moderate-skill carry, bracing-limited, set down easily; strongman's spinal load stays",
			fdb{"Farmer's Walk", str("other"), compound, "strongman", "intermediate", []string{"forearms"}},
			traits{exercise.OtherEquipment, false, moderate, selfStab, bracing, easy, spHeavy, drLow}},
		{"rules 4, 6, 7: a rickshaw carry is a carry too",
			fdb{"Rickshaw Carry", str("other"), compound, "strongman", "intermediate", []string{"forearms"}},
			traits{exercise.OtherEquipment, false, moderate, selfStab, bracing, easy, spHeavy, drLow}},
		{"rules 4, 6, 7, 8: a sled push is low skill and conditioning-limited, an easy stop, light on the spine",
			fdb{"Sled Push", str("other"), compound, "strongman", "beginner", []string{"quadriceps"}},
			traits{exercise.OtherEquipment, false, low, selfStab, conditioning, easy, spLight, drLow}},
		{"rules 4, 6: a harness sled drag is sled work",
			fdb{"Sled Drag - Harness", str("other"), compound, "strongman", "beginner", []string{"quadriceps"}},
			traits{exercise.OtherEquipment, false, low, selfStab, conditioning, easy, spLight, drLow}},
		{"rule 6: a sled used as a cable (sled row) is not sled work: the target muscle limits it",
			fdb{"Sled Row", str("other"), compound, "strength", "beginner", []string{"middle back"}},
			traits{exercise.OtherEquipment, false, moderate, selfStab, target, easy, spLight, drLow}},
		{"rule 6: a drag curl is a curl, not a drag",
			fdb{"Drag Curl", str("barbell"), compound, "strength", "intermediate", []string{"biceps"}},
			traits{exercise.Barbell, false, moderate, selfStab, target, easy, spLight, drLow}},
		{"rule 6: a Pallof press is an anti-rotation bracing drill",
			fdb{"Pallof Press", str("cable"), isolation, "strength", "beginner", []string{"abdominals"}},
			traits{exercise.Cable, false, low, supported, bracing, easy, spNone, drLow}},
		{"rule 6: a Pallof press with rotation turns the trunk: not held against the cable",
			fdb{"Pallof Press With Rotation", str("cable"), compound, "strength", "beginner", []string{"abdominals"}},
			traits{exercise.Cable, false, low, supported, target, easy, spNone, drLow}},
	}
	var entries []map[string]any
	for i, tt := range tests {
		b, err := json.Marshal(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		m["id"] = "e" + strconv.Itoa(i)
		entries = append(entries, m)
	}
	file, err := json.Marshal(entries)
	if err != nil {
		t.Fatal(err)
	}
	exs, warns, err := exercise.DecodeFreeExerciseDB(strings.NewReader(string(file)))
	if err != nil || len(warns) != 0 || len(exs) != len(tests) {
		t.Fatalf("decode: %d exercises, warnings %v, err %v", len(exs), warns, err)
	}
	for i, tt := range tests {
		ex := exs[i]
		got := traits{ex.Equipment, ex.Ballistic, ex.Skill, ex.Stability, ex.Limiter, ex.StopSafety, ex.SpinalLoad, ex.FormDrift}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s %v (%s): traits (-want +got):\n%s", tt.in.Name, tt.in.Muscles, tt.why, diff)
		}
	}
}

// TestCarrySledPallofReasons classifies small hand-written entries and
// checks the reasons a lifter reads: what really ends a carry, a sled push
// or a Pallof press, with no "high-skill" left over from the strongman
// category. Expected codes follow Classify's doc from the traits pinned in
// TestInferenceRulesOneByOne.
func TestCarrySledPallofReasons(t *testing.T) {
	const file = `[
	{"id": "fw", "name": "Farmer's Walk", "equipment": "other", "mechanic": "compound", "category": "strongman", "level": "intermediate", "primaryMuscles": ["forearms"]},
	{"id": "sp", "name": "Sled Push", "equipment": "other", "mechanic": "compound", "category": "strongman", "level": "beginner", "primaryMuscles": ["quadriceps"]},
	{"id": "pp", "name": "Pallof Press", "equipment": "cable", "mechanic": "isolation", "category": "strength", "level": "beginner", "primaryMuscles": ["abdominals"]},
	{"id": "ys", "name": "Atlas Stones", "equipment": "other", "mechanic": "compound", "category": "strongman", "level": "intermediate", "primaryMuscles": ["lower back"]}
	]`
	want := map[string]string{
		"fw": "unsuitable moderate-skill,self-stabilised-compound,bracing-limited,spinal-load",
		"sp": "unsuitable self-stabilised-compound,conditioning-limited",
		"pp": "unsuitable bracing-limited",
		// Other strongman events keep the category's high skill and hard stop.
		"ys": "unsuitable high-skill,self-stabilised-compound,bracing-limited,hard-stop,spinal-load",
	}
	exs, warns, err := exercise.DecodeFreeExerciseDB(strings.NewReader(file))
	if err != nil || len(warns) != 0 {
		t.Fatalf("decode: warnings %v, err %v", warns, err)
	}
	for _, ex := range exs {
		a := exercise.Classify(ex)
		var codes []string
		for r := range a.Reasons.All() {
			codes = append(codes, r.String())
		}
		if got := a.Verdict.String() + " " + strings.Join(codes, ","); got != want[ex.ID] {
			t.Errorf("%s: got %q, want %q", ex.Name, got, want[ex.ID])
		}
	}
}
