package exercise

// This file holds the traits that decide whether an exercise suits
// rest-pause training. Every ordered trait is declared from best to worst
// for rest-pause (after its zero, Unknown), so a larger value is never a
// better candidate: [Classify] relies on that order and the tests check it.

// Equipment is what the load is. It is descriptive: [Classify] judges the
// traits the equipment implies ([Stability], [StopSafety]), not the
// equipment itself. The zero value is [EquipmentUnknown].
type Equipment uint8

// The kinds of equipment.
const (
	EquipmentUnknown Equipment = iota // not stated
	Machine                           // selectorised or plate-loaded machine with a fixed path
	SmithMachine                      // barbell on fixed rails with hooks along the way
	Cable                             // cable stack and handle
	Dumbbell
	Barbell
	EZBar // cambered curl bar
	Kettlebell
	Bodyweight   // body only, perhaps with a bar or bench to hold
	Band         // elastic resistance band
	MedicineBall // weighted ball
	StabilityBall
	FoamRoller
	OtherEquipment // anything else: sleds, stones, logs, landmines, ...
)

var equipmentNames = []string{
	"unknown",
	"machine",
	"smith-machine",
	"cable",
	"dumbbell",
	"barbell",
	"ez-bar",
	"kettlebell",
	"bodyweight",
	"band",
	"medicine-ball",
	"stability-ball",
	"foam-roller",
	"other",
}

// Category is the kind of training an exercise belongs to, as exercise
// databases file it. [Stretching] and [Cardio] are not resistance sets, so
// [Classify] rules them out; the other categories are judged by their
// traits. The zero value is [CategoryUnknown].
type Category uint8

// The categories.
const (
	CategoryUnknown Category = iota
	Strength
	Powerlifting
	OlympicWeightlifting
	Plyometrics
	Strongman
	Stretching
	Cardio
)

var categoryNames = []string{
	"unknown",
	"strength",
	"powerlifting",
	"olympic-weightlifting",
	"plyometrics",
	"strongman",
	"stretching",
	"cardio",
}

// Mechanics says how many joints move: an isolation exercise moves one and
// fatigues mostly the target muscle; a compound one spreads the work, and
// the fatigue, over more of the body. The zero value is [MechanicsUnknown].
type Mechanics uint8

// The mechanics, best first.
const (
	MechanicsUnknown Mechanics = iota
	Isolation
	Compound
)

var mechanicsNames = []string{
	"unknown",
	"isolation",
	"compound",
}

// Skill is how much technique the exercise demands: how hard it is to
// perform well, and to judge a rep as good, once fatigue slows it down.
// The zero value is [SkillUnknown].
type Skill uint8

// The skill demands, best first.
const (
	SkillUnknown  Skill = iota
	SkillLow            // a machine press, a curl: hard to do badly
	SkillModerate       // a dumbbell bench press, a pull-up: technique matters
	SkillHigh           // a squat, a deadlift, an Olympic lift: technique is the exercise
)

var skillNames = []string{
	"unknown",
	"low",
	"moderate",
	"high",
}

// Stability is what holds the body and the load on their path. The zero
// value is [StabilityUnknown].
type Stability uint8

// The stabilities, best first.
const (
	StabilityUnknown Stability = iota
	// Guided: a machine or Smith machine fixes the path of the load.
	Guided
	// Supported: the load is free (dumbbell, cable, barbell) but a bench,
	// pad or seat holds the body, or a light isolation load leaves nothing
	// to balance.
	Supported
	// SelfStabilised: standing or hanging, the lifter holds both the load
	// and the body on their path on stable ground.
	SelfStabilised
	// Unstable: an unstable surface (stability ball, BOSU, wobble board) or
	// a balance-demanding stance such as a single-leg squat.
	Unstable
)

var stabilityNames = []string{
	"unknown",
	"guided",
	"supported",
	"self-stabilised",
	"unstable",
}

// Limiter is what usually ends a hard set of the exercise. Rest-pause only
// makes sense when the target muscle is the limiter. The zero value is
// [LimiterUnknown].
type Limiter uint8

// The limiters, best first.
const (
	LimiterUnknown Limiter = iota
	// TargetMuscle: the muscle being trained gives out first.
	TargetMuscle
	// Grip: the hands give out before the target muscle.
	Grip
	// Conditioning: breathing and heart rate end the set.
	Conditioning
	// Balance: staying upright or on line ends the set.
	Balance
	// Bracing: the trunk's ability to hold the spine in position ends the
	// set, as in squats, deadlifts and other loaded hinges.
	Bracing
)

var limiterNames = []string{
	"unknown",
	"target-muscle",
	"grip",
	"conditioning",
	"balance",
	"bracing",
}

// StopSafety is how safely a set can end on a rep that does not come up.
// The zero value is [StopUnknown].
type StopSafety uint8

// The stop safeties, best first.
const (
	StopUnknown StopSafety = iota
	// StopEasy: let go, set the load down or rack it anywhere (machines,
	// cables, Smith hooks, dumbbells for most isolation work).
	StopEasy
	// StopCareful: a failed rep needs a controlled exit (a barbell bench
	// press into safeties, heavy dumbbells to lower from a press).
	StopCareful
	// StopHard: a failed rep leaves the load on the back, over the head or
	// in motion, with no simple way out (barbell squats, overhead lifts,
	// strongman implements).
	StopHard
)

var stopSafetyNames = []string{
	"unknown",
	"easy",
	"careful",
	"hard",
}

// SpinalLoad is how much the exercise compresses or shears the spine under
// load (axial loading). The zero value is [SpinalUnknown].
type SpinalLoad uint8

// The spinal loads, best first.
const (
	SpinalUnknown SpinalLoad = iota
	SpinalNone               // seated, lying or supported: the spine carries little
	SpinalLight              // standing with light loads, or pads that load the shoulders
	SpinalHeavy              // a heavy bar on the back or in the hands while standing or hinging
)

var spinalLoadNames = []string{
	"unknown",
	"none",
	"light",
	"heavy",
}

// FormDrift is how far a tired rep drifts from the exercise as prescribed:
// the guide asks that technique stay recognisable as reps slow down. The
// zero value is [DriftUnknown].
type FormDrift uint8

// The form drifts, best first.
const (
	DriftUnknown FormDrift = iota
	// DriftLow: slow reps still look like the exercise (machines, curls,
	// raises on a cable).
	DriftLow
	// DriftModerate: body English creeps in (hips sag in a push-up, the
	// torso twists in a one-arm row) but a careful lifter can police it.
	DriftModerate
	// DriftHigh: a tired rep becomes a different exercise (a bent-over row
	// turns into a heave, a strict press into a push press).
	DriftHigh
)

var formDriftNames = []string{
	"unknown",
	"low",
	"moderate",
	"high",
}
