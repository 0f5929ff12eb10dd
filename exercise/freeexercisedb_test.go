package exercise_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/repkit/repkit"
	"github.com/repkit/repkit/exercise"
	"github.com/repkit/repkit/internal/errtest"
	"github.com/repkit/repkit/internal/shareddata"
)

// fixture is a small file in the free-exercise-db format, written by us:
// one entry per pattern the inference rules treat differently, with the
// format's nulls.
const fixture = `[
 {"id":"Cable_Lateral","name":"Cable Seated Lateral Raise","force":"pull","level":"beginner","mechanic":"isolation",
  "equipment":"cable","primaryMuscles":["shoulders"],"secondaryMuscles":[],"instructions":["Raise."],"category":"strength","images":[]},
 {"id":"Back_Squat","name":"Barbell Full Squat","force":"push","level":"beginner","mechanic":"compound",
  "equipment":"barbell","primaryMuscles":["quadriceps"],"secondaryMuscles":["glutes","lower back"],"instructions":[],"category":"strength","images":[]},
 {"id":"Stretch","name":"Hamstring Stretch","force":null,"level":"beginner","mechanic":null,
  "equipment":null,"primaryMuscles":["hamstrings"],"secondaryMuscles":[],"instructions":[],"category":"stretching","images":[]},
 {"id":"DB_Press","name":"Incline Dumbbell Press","force":"push","level":"beginner","mechanic":"compound",
  "equipment":"dumbbell","primaryMuscles":["chest"],"secondaryMuscles":["triceps"],"instructions":[],"category":"strength","images":[]},
 {"id":"Smith_Squat","name":"Smith Machine Squat","force":"push","level":"beginner","mechanic":"compound",
  "equipment":"machine","primaryMuscles":["quadriceps"],"secondaryMuscles":[],"instructions":[],"category":"strength","images":[]},
 {"id":"Ball_Crunch","name":"Exercise Ball Crunch","force":"pull","level":"beginner","mechanic":"isolation",
  "equipment":"exercise ball","primaryMuscles":["abdominals"],"secondaryMuscles":[],"instructions":[],"category":"strength","images":[]},
 {"id":"Snatch","name":"Power Snatch","force":"pull","level":"expert","mechanic":"compound",
  "equipment":"barbell","primaryMuscles":["hamstrings"],"secondaryMuscles":[],"instructions":[],"category":"olympic weightlifting","images":[]},
 {"id":"KB_Row","name":"Two-Arm Kettlebell Row","force":"pull","level":"intermediate","mechanic":"compound",
  "equipment":"kettlebells","primaryMuscles":["middle back"],"secondaryMuscles":[],"instructions":[],"category":"strength","images":[]},
 {"id":"Incline_Row","name":"Dumbbell Incline Row","force":"pull","level":"beginner","mechanic":"compound",
  "equipment":"dumbbell","primaryMuscles":["middle back"],"secondaryMuscles":[],"instructions":[],"category":"strength","images":[]}
]`

func TestDecodeFixture(t *testing.T) {
	exs, warns, err := exercise.DecodeFreeExerciseDB(strings.NewReader(fixture))
	if err != nil || len(warns) != 0 {
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	type row struct {
		ID      string
		Verdict exercise.Verdict
		Reasons string
	}
	var got []row
	for _, ex := range exs {
		a := exercise.Classify(ex)
		got = append(got, row{ex.ID, a.Verdict, a.Reasons.String()})
	}
	// Verdicts and reasons worked out by hand from the rules in
	// DecodeFreeExerciseDB's doc comment.
	want := []row{
		{"Cable_Lateral", exercise.Suitable, ""},
		{"Back_Squat", exercise.Unsuitable, "high-skill,self-stabilised-compound,bracing-limited,hard-stop,spinal-load,form-drift"},
		{"Stretch", exercise.Unsuitable, "not-resistance"},
		{"DB_Press", exercise.Caution, "moderate-skill,careful-stop"},
		{"Smith_Squat", exercise.Caution, "spinal-load"},
		{"Ball_Crunch", exercise.Unsuitable, "unstable,balance-limited"},
		{"Snatch", exercise.Unsuitable, "ballistic,high-skill,self-stabilised-compound,bracing-limited,hard-stop,spinal-load,changes-exercise"},
		// A two-handed free-weight row with nothing under the chest is
		// held in a hip hinge (rule 6); the same row chest-down on an
		// incline bench is the guide's chest-supported row.
		{"KB_Row", exercise.Unsuitable, "moderate-skill,self-stabilised-compound,bracing-limited,changes-exercise"},
		{"Incline_Row", exercise.Suitable, ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("verdicts (-want +got):\n%s", diff)
	}
	// Field mapping.
	sq := exs[1]
	if sq.Name != "Barbell Full Squat" || sq.Equipment != exercise.Barbell || sq.Category != exercise.Strength ||
		sq.Mechanics != exercise.Compound || sq.PrimaryMuscles != exercise.MusclesOf(exercise.Quadriceps) {
		t.Errorf("squat fields: %+v", sq)
	}
	if exs[2].Equipment != exercise.EquipmentUnknown || exs[2].Mechanics != exercise.Compound {
		t.Errorf("nulls: equipment %v mechanics %v, want unknown and compound", exs[2].Equipment, exs[2].Mechanics)
	}
	if exs[4].Equipment != exercise.SmithMachine {
		t.Errorf("Smith rule: equipment %v", exs[4].Equipment)
	}
}

func TestDecodeWarnsOnUnknownNames(t *testing.T) {
	in := `[{"id":"a","name":"Trampoline Curl","force":"twist","level":"elite","mechanic":"both",
	 "equipment":"trampoline","primaryMuscles":["biceps","spleen"],"category":"circus"}]`
	exs, warns, err := exercise.DecodeFreeExerciseDB(strings.NewReader(in))
	if err != nil || len(exs) != 1 {
		t.Fatalf("err %v, %d exercises", err, len(exs))
	}
	var got []string
	for _, w := range warns {
		if !errors.Is(w, repkit.ErrUnknownName) || w.Index != 0 || w.ID != "a" {
			t.Errorf("warning %v: want index 0, id a, ErrUnknownName", w)
		}
		var fe *exercise.FieldError
		if !errors.As(w, &fe) {
			t.Fatalf("warning %v does not carry a *FieldError", w)
		}
		got = append(got, fe.Field+"="+fe.Value)
	}
	want := []string{"category=circus", "equipment=trampoline", "mechanic=both", "level=elite", "force=twist", "primaryMuscles=spleen"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	ex := exs[0]
	if ex.Category != exercise.CategoryUnknown || ex.Equipment != exercise.EquipmentUnknown ||
		ex.PrimaryMuscles != exercise.MusclesOf(exercise.Biceps) {
		t.Errorf("unknown values not treated as null: %+v", ex)
	}
	if got, want := warns[1].Error(), `exercise: free-exercise-db entry 0 (id "a"): equipment "trampoline": unknown name; `+
		`read as unknown; the format's names are bands, barbell, body only, cable, dumbbell, e-z curl bar, `+
		`exercise ball, foam roll, kettlebells, machine, medicine ball, other`; got != want {
		t.Errorf("warning text %q, want %q", got, want)
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, in   string
		index      int
		id, field  string
		sentinel   error
		errContain string
	}{
		{"empty", ``, -1, "", "", repkit.ErrSyntax, "unexpected EOF"},
		{"object", `{"id":"a"}`, -1, "", "", repkit.ErrSyntax, "want a JSON array"},
		{"truncated", `[{"id":"a","name":"A"}`, -1, "", "", repkit.ErrSyntax, ""},
		{"trailing", `[] []`, -1, "", "", repkit.ErrSyntax, "after the array"},
		{"entry not object", `[{"id":"a","name":"A"}, 7]`, 1, "", "", repkit.ErrSyntax, ""},
		{"null entry", `[null]`, 0, "", "", repkit.ErrSyntax, "null"},
		{"no id", `[{"name":"A"}]`, 0, "", "id", repkit.ErrEmpty, ""},
		{"empty name", `[{"id":"a","name":"  "}]`, 0, "a", "name", repkit.ErrEmpty, ""},
		{"number name", `[{"id":"a","name":3}]`, 0, "a", "name", repkit.ErrSyntax, "a number"},
		{"muscles not list", `[{"id":"a","name":"A","primaryMuscles":"chest"}]`, 0, "a", "primaryMuscles", repkit.ErrSyntax, "a string"},
		{"images of numbers", `[{"id":"a","name":"A","images":[1]}]`, 0, "a", "images", repkit.ErrSyntax, ""},
		{"duplicate", `[{"id":"a","name":"A"},{"id":"a","name":"B"}]`, 1, "a", "id", exercise.ErrDuplicate, "entry 0 has the same id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exs, warns, err := exercise.DecodeFreeExerciseDB(strings.NewReader(tt.in))
			var ee *exercise.EntryError
			if !errors.As(err, &ee) {
				t.Fatalf("err = %v, want *EntryError", err)
			}
			if exs != nil || warns != nil {
				t.Errorf("returned %d exercises and %d warnings with an error", len(exs), len(warns))
			}
			var field string
			if fe := (*exercise.FieldError)(nil); errors.As(err, &fe) {
				field = fe.Field
			}
			if ee.Index != tt.index || ee.ID != tt.id || field != tt.field || !errors.Is(err, tt.sentinel) {
				t.Errorf("got index %d id %q field %q (%v); want %d %q %q wrapping %v",
					ee.Index, ee.ID, field, err, tt.index, tt.id, tt.field, tt.sentinel)
			}
			if !strings.Contains(err.Error(), tt.errContain) || !strings.HasPrefix(err.Error(), "exercise: ") {
				t.Errorf("error %q lacks %q or the package prefix", err, tt.errContain)
			}
		})
	}
}

func TestDecodeEmptyArrayAndExtraKeys(t *testing.T) {
	exs, warns, err := exercise.DecodeFreeExerciseDB(strings.NewReader(` [ ] `))
	if err != nil || len(exs) != 0 || len(warns) != 0 {
		t.Errorf("empty array: %v %v %v", exs, warns, err)
	}
	exs, _, err = exercise.DecodeFreeExerciseDB(strings.NewReader(`[{"id":"a","name":"Leg Extensions","equipment":"machine","mechanic":"isolation","category":"strength","video":{"url":"x"}}]`))
	if err != nil || len(exs) != 1 || exercise.Classify(exs[0]).Verdict != exercise.Suitable {
		t.Errorf("extra key: %v %v", exs, err)
	}
}

// FuzzDecodeFreeExerciseDB: arbitrary bytes never panic; an error is an
// *EntryError with the package prefix; a success gives valid exercises
// that Classify judges with a known verdict.
func FuzzDecodeFreeExerciseDB(f *testing.F) {
	f.Add([]byte(fixture))
	f.Add([]byte(`[{"id":"a","name":"A","equipment":"trampoline"}]`))
	f.Add([]byte(`[{"id":"a","name":"A"},{"id":"a","name":"B"}]`))
	f.Add([]byte(`[null, 1, "x", {}]`))
	f.Add([]byte(`{`))
	f.Fuzz(func(t *testing.T, data []byte) {
		exs, warns, err := exercise.DecodeFreeExerciseDB(bytes.NewReader(data))
		if err != nil {
			var ee *exercise.EntryError
			if !errors.As(err, &ee) || !strings.HasPrefix(err.Error(), "exercise: free-exercise-db ") {
				t.Fatalf("error %v is not an *EntryError", err)
			}
			return
		}
		for _, w := range warns {
			if !errors.Is(w, repkit.ErrUnknownName) {
				t.Fatalf("warning %v does not wrap ErrUnknownName", w)
			}
		}
		ids := map[string]bool{}
		for _, ex := range exs {
			if err := ex.Validate(); err != nil {
				t.Fatalf("decoded an invalid exercise: %v", err)
			}
			if ids[ex.ID] {
				t.Fatalf("duplicate id %q decoded", ex.ID)
			}
			ids[ex.ID] = true
			if exercise.Classify(ex).Verdict == exercise.VerdictUnknown {
				t.Fatal("verdict unknown")
			}
		}
	})
}

func TestRealFileDecodes(t *testing.T) {
	exs, warns, err := exercise.DecodeFreeExerciseDB(bytes.NewReader(shareddata.Read(t, "free-exercise-db/exercises.json")))
	if err != nil {
		t.Fatal(err)
	}
	// SOURCE.md records 873 entries; every value in the file is within the
	// format's vocabulary.
	if len(exs) != 873 || len(warns) != 0 {
		t.Errorf("%d exercises, warnings %v; want 873 and none", len(exs), warns)
	}
	for _, ex := range exs {
		if exercise.Classify(ex).Reasons.Has(exercise.ReasonUnknownTraits) {
			t.Errorf("%s: inference left a trait unknown", ex.ID)
		}
	}
}

// TestRealFileReview compares the decoder's verdicts with a coach's,
// judged by hand from the guide for a stratified sample of 141 entries:
// every category x equipment pair of the file, at least one entry from
// each, about one in seven from the large ones (taken at even steps
// through the entries sorted by id). The table is the hand judgement,
// written before it was compared with Classify; reviewDisagreements lists
// the entries where the decoder and the coach still differ, with why. The
// test fails if agreement drops or a new disagreement appears.
func TestRealFileReview(t *testing.T) {
	exs, _, err := exercise.DecodeFreeExerciseDB(bytes.NewReader(shareddata.Read(t, "free-exercise-db/exercises.json")))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]exercise.Exercise{}
	for _, ex := range exs {
		byID[ex.ID] = ex
	}
	agree := 0
	for id, want := range reviewSample {
		ex, ok := byID[id]
		if !ok {
			t.Errorf("sample id %q not in the file", id)
			continue
		}
		got := exercise.Classify(ex)
		if got.Verdict == want {
			agree++
			continue
		}
		if known, ok := reviewDisagreements[id]; !ok || known != got.Verdict {
			t.Errorf("%s (%s): decoder says %v (%v), coach says %v", id, ex.Name, got.Verdict, got.Reasons, want)
		}
	}
	for id, want := range spotChecks {
		ex, ok := byID[id]
		if !ok {
			t.Errorf("spot-check id %q not in the file", id)
			continue
		}
		if got := exercise.Classify(ex); got.Verdict != want {
			t.Errorf("spot check %s (%s): decoder says %v (%v), coach says %v", id, ex.Name, got.Verdict, got.Reasons, want)
		}
	}
	for id := range reviewDisagreements {
		if got := exercise.Classify(byID[id]).Verdict; got == reviewSample[id] {
			t.Errorf("%s: listed as a disagreement but now agrees; remove it from reviewDisagreements", id)
		}
	}
	t.Logf("agreement with the hand review: %d of %d", agree, len(reviewSample))
}

const (
	suit  = exercise.Suitable
	caut  = exercise.Caution
	unsui = exercise.Unsuitable
)

// reviewSample is the hand judgement: id -> the verdict a careful coach
// applying the guide gives.
var reviewSample = map[string]exercise.Verdict{
	// cardio: not a loaded set.
	"Trail_Running_Walking": unsui, "Bicycling_Stationary": unsui, "Recumbent_Bike": unsui,
	"Stairmaster": unsui, "Bicycling": unsui, "Rope_Jumping": unsui,
	// olympic weightlifting: Olympic lifts and their pulls.
	"Clean": unsui, "Hang_Clean": unsui, "Kneeling_Jump_Squat": unsui, "Power_Snatch_from_Blocks": unsui,
	"Snatch_Deadlift": unsui,
	// plyometrics: ballistic.
	"Alternate_Leg_Diagonal_Bound": unsui, "Kneeling_Arm_Drill": unsui, "Mountain_Climbers": unsui,
	"Bench_Jump": unsui, "Knee_Tuck_Jump": unsui, "Scissors_Jump": unsui, "Dumbbell_Seated_Box_Jump": unsui,
	"Backward_Medicine_Ball_Throw": unsui, "Chest_Push_with_Run_Release": unsui, "Return_Push_from_Stance": unsui,
	"Bench_Sprint": unsui, "Heavy_Bag_Thrust": unsui, "Side_to_Side_Box_Shuffle": unsui,
	// powerlifting.
	"Band_Good_Morning": unsui, "Band_Good_Morning_Pull_Through": caut, "Barbell_Glute_Bridge": caut,
	"Deadlift_with_Bands": unsui, "Kneeling_Squat": unsui, "Reverse_Band_Sumo_Deadlift": unsui,
	"Dumbbell_Floor_Press": caut, "Glute_Ham_Raise": caut, "Chain_Handle_Extension": suit,
	// strength, no equipment stated.
	"Bodyweight_Walking_Lunge": unsui, "Inverted_Row": caut,
	// strength, bands.
	"Back_Flyes_-_With_Bands": suit, "Calf_Raises_-_With_Bands": suit, "Lateral_Raise_-_With_Bands": suit,
	// strength, barbell.
	"Anti-Gravity_Press": caut, "Barbell_Full_Squat": unsui, "Barbell_Rollout_from_Bench": caut,
	"Barbell_Squat_To_A_Bench": unsui, "Box_Squat_with_Chains": unsui,
	"Decline_Close-Grip_Bench_To_Skull_Crusher": caut, "Front_Raise_And_Pullover": caut,
	"Lying_Cambered_Barbell_Row": suit, "One_Arm_Floor_Press": caut, "Reverse_Barbell_Curl": suit,
	"Seated_Palm-Up_Barbell_Wrist_Curl": suit, "Squat_with_Plate_Movers": unsui,
	"Stiff-Legged_Barbell_Deadlift": unsui, "Weighted_Sissy_Squat": caut,
	// strength, body only.
	"3_4_Sit-Up": suit, "Bodyweight_Squat": caut, "Cross-Body_Crunch": suit, "Decline_Reverse_Crunch": suit,
	"Glute_Kickback": suit, "Incline_Push-Up_Close-Grip": caut, "Janda_Sit-Up": suit, "Pullups": caut,
	"Russian_Twist": caut, "Sit-Up": suit,
	// strength, cable.
	"Alternating_Cable_Shoulder_Press": suit, "Cable_Hammer_Curls_-_Rope_Attachment": suit,
	"Cable_Lying_Triceps_Extension": suit, "Cable_Seated_Crunch": suit, "External_Rotation_with_Cable": suit,
	"Incline_Cable_Flye": suit, "Lying_Cable_Curl": suit, "Pallof_Press_With_Rotation": suit,
	"Seated_Cable_Shoulder_Press": suit, "Standing_Cable_Wood_Chop": caut, "Triceps_Pushdown": suit,
	// strength, dumbbell.
	"Alternate_Hammer_Curl": suit, "Bent_Over_Two-Dumbbell_Row": unsui, "Decline_Dumbbell_Bench_Press": caut,
	"Dumbbell_Clean": unsui, "Dumbbell_Lying_Rear_Lateral_Raise": suit, "Dumbbell_Rear_Lunge": unsui,
	"Dumbbell_Squat_To_A_Bench": caut, "Front_Two-Dumbbell_Raise": suit, "Incline_Dumbbell_Press": caut,
	"Lying_Supine_Dumbbell_Curl": suit, "One_Arm_Dumbbell_Preacher_Curl": suit,
	"Preacher_Hammer_Dumbbell_Curl": suit, "Seated_Dumbbell_Inner_Biceps_Curl": suit,
	"Seated_Triceps_Press": caut, "Standing_Alternating_Dumbbell_Press": caut,
	"Standing_Dumbbell_Straight-Arm_Front_Delt_Raise_Above_Head": suit, "Standing_Palms-In_Dumbbell_Press": caut,
	// strength, e-z curl bar.
	"Bodyweight_Flyes": caut, "EZ-Bar_Curl": suit, "Lying_Triceps_Press": caut,
	// strength, exercise ball: unstable-surface work.
	"Ball_Leg_Curl": unsui, "Exercise_Ball_Crunch": unsui, "Push-Ups_With_Feet_On_An_Exercise_Ball": unsui,
	// strength, kettlebells.
	"Advanced_Kettlebell_Windmill": unsui, "Bottoms-Up_Clean_From_The_Hang_Position": unsui, "Goblet_Squat": caut,
	"Kettlebell_Pirate_Ships": caut, "Kettlebell_Windmill": unsui,
	"One-Arm_Kettlebell_Military_Press_To_The_Side": caut, "One-Arm_Open_Palm_Kettlebell_Clean": unsui,
	// strength, machine.
	"Ab_Crunch_Machine": suit, "Dip_Machine": suit, "Leverage_High_Row": suit, "Lying_Machine_Squat": suit,
	"Narrow_Stance_Hack_Squats": suit, "Smith_Machine_Behind_the_Back_Shrug": caut, "Smith_Machine_Hip_Raise": suit,
	"Smith_Machine_Squat": caut,
	// strength, medicine ball.
	"One-Arm_Medicine_Ball_Slam": unsui,
	// strength, other.
	"Ab_Roller": caut, "Front_Plate_Raise": suit, "Lying_Face_Down_Plate_Neck_Resistance": caut,
	"Plate_Pinch": suit, "Seated_Band_Hamstring_Curl": suit, "Sled_Row": caut, "Svend_Press": suit,
	// stretching: not a loaded set.
	"Adductor_Groin": unsui, "Chair_Lower_Back_Stretch": unsui, "Elbows_Back": unsui, "Kneeling_Hip_Flexor": unsui,
	"Overhead_Stretch": unsui, "Shoulder_Circles": unsui, "Spinal_Stretch": unsui, "The_Straddle": unsui,
	"90_90_Hamstring": unsui, "Lower_Back_Curl": unsui, "Seated_Front_Deltoid": unsui,
	"Chest_Stretch_on_Stability_Ball": unsui, "Pyramid": unsui, "Adductor": unsui, "Hamstring-SMR": unsui,
	"Peroneals-SMR": unsui, "Anterior_Tibialis-SMR": unsui, "Intermediate_Groin_Stretch": unsui,
	"Peroneals_Stretch": unsui,
	// strongman.
	"Atlas_Stone_Trainer": unsui, "Conans_Wheel": unsui, "Rickshaw_Carry": unsui,
}

// spotChecks are entries outside reviewSample that a second review found
// misjudged: it read every suitable and caution verdict of the strength
// and powerlifting categories against the guide and the entries'
// instructions. Each was wrong before the rule named here was fixed, and
// the coach's verdict is unambiguous from the guide ("technical hinges"
// are poor candidates; DC practice: no rest-pause on rows held in a hinge).
//
//   - Two_Arm / Alternating kettlebell rows, Barbell_Rear_Delt_Row,
//     Straight_Bar_Bench_Mid_Rows: the instructions have the lifter bend
//     over with nothing under the chest (the "bench" in the last is the
//     one they stand on). They were suitable or caution; rule 6 now treats
//     every two-handed free-weight row without chest support as held in a
//     hinge.
var spotChecks = map[string]exercise.Verdict{
	"Two-Arm_Kettlebell_Row":      unsui,
	"Alternating_Kettlebell_Row":  unsui,
	"Barbell_Rear_Delt_Row":       unsui,
	"Straight_Bar_Bench_Mid_Rows": unsui,
	// Counter-cases the fix must not catch: chest-supported rows.
	"Dumbbell_Incline_Row":       suit,
	"Lying_Cambered_Barbell_Row": suit,
	"Lying_T-Bar_Row":            suit,
}

// reviewDisagreements are the sample entries where the decoder's verdict
// (the value here) differs from the coach's, kept on purpose:
//
//   - Band_Good_Morning_Pull_Through: a light band pull-through is low
//     risk, but the name says good morning and the rules treat every
//     loaded hinge alike, as DC practice and the issue ask.
//   - Glute_Ham_Raise: on a machine (a glute-ham bench) the rules see a
//     guided, easy-to-stop movement; a coach knows tired reps turn into a
//     hip hinge. Nothing in the entry says so.
//   - Glute_Kickback: body weight on all fours, compound in the data, so
//     the rules call it self-stabilised; harmless in practice.
//   - Svend_Press: a light standing plate squeeze; free-weight standing
//     compounds are judged conservatively.
var reviewDisagreements = map[string]exercise.Verdict{
	"Band_Good_Morning_Pull_Through": unsui,
	"Glute_Ham_Raise":                suit,
	"Glute_Kickback":                 caut,
	"Svend_Press":                    caut,
}

// BenchmarkDecodeClassifyRealFile decodes the whole real file and
// classifies every exercise.
func BenchmarkDecodeClassifyRealFile(b *testing.B) {
	data := shareddata.Read(b, "free-exercise-db/exercises.json")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		exs, _, err := exercise.DecodeFreeExerciseDB(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		for _, ex := range exs {
			exercise.Classify(ex)
		}
	}
}

// BenchmarkDecodeRealFileBaseline decodes the same file with encoding/json
// into plain maps: the cost of reading the JSON at all.
func BenchmarkDecodeRealFileBaseline(b *testing.B) {
	data := shareddata.Read(b, "free-exercise-db/exercises.json")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v []map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

// TestErrorMessages: decoder and Validate errors name the entry, the field
// and the value and say what to write; expected texts are written by hand.
func TestErrorMessages(t *testing.T) {
	decode := func(in string) error {
		_, _, err := exercise.DecodeFreeExerciseDB(strings.NewReader(in))
		return err
	}
	noName := exercise.Exercise{ID: "curl"}
	errtest.Check(t, []errtest.Case{
		errtest.C("no id", decode(`[{"name":"A"}]`), nil,
			`exercise: free-exercise-db entry 0: id "": empty value; every entry needs a non-empty id`),
		errtest.C("number name", decode(`[{"id":"a","name":3}]`), nil,
			`exercise: free-exercise-db entry 0 (id "a"): name "3": invalid syntax; want a string, got a number`),
		errtest.C("muscles not a list", decode(`[{"id":"a","name":"A","primaryMuscles":"chest"}]`), nil,
			`exercise: free-exercise-db entry 0 (id "a"): primaryMuscles "\"chest\"": invalid syntax; want an array of strings, got a string`),
		errtest.C("duplicate", decode(`[{"id":"a","name":"A"},{"id":"a","name":"B"}]`), nil,
			`exercise: free-exercise-db entry 1 (id "a"): id "a": duplicate id; entry 0 has the same id; give each entry its own`),
		errtest.C("not an array", decode(`{"id":"a"}`), nil,
			`exercise: free-exercise-db document: invalid syntax: want a JSON array of exercises, as free-exercise-db's exercises.json holds`),
		errtest.C("validate no name", noName.Validate(), nil,
			`exercise: name "": empty value; give the exercise a name, such as Leg Extension`),
	})
	if err := decode(`[{"id":"a","name":"A"},{"id":"a","name":"B"}]`); !errors.Is(err, repkit.ErrInvalid) {
		t.Errorf("a duplicate id %v does not match repkit.ErrInvalid", err)
	}
}
