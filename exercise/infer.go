package exercise

import "strings"

// This file holds the inference rules of [DecodeFreeExerciseDB], one
// function per trait, in the order its doc comment lists them. The rules
// read a normalised name (see normaliseName) through nameWords.

// nameWords is a normalised name: lower case, single spaces, padded with a
// space at each end.
type nameWords string

// has reports whether any of the phrases occurs as whole words.
func (n nameWords) has(phrases ...string) bool {
	for _, p := range phrases {
		if strings.Contains(string(n), " "+p+" ") {
			return true
		}
	}
	return false
}

// stem reports whether any word of the name starts with one of the stems
// (so "jump" matches "jumps" and "jumping").
func (n nameWords) stem(stems ...string) bool {
	for _, s := range stems {
		if strings.Contains(string(n), " "+s) {
			return true
		}
	}
	return false
}

// facts are the name patterns and data values the rules share.
type facts struct {
	n                  nameWords
	cat                Category
	eq                 Equipment // null equipment is judged as body only
	compound, expert   bool
	freeWeight, barbel bool // free weights of any kind; a barbell-style bar
	squat, hinge       bool // a loaded squat or hip hinge
	lunge, singleLeg   bool
	deadlift, gm       bool // a deadlift (not Romanian or stiff-legged); a good morning
	rdl                bool // Romanian, stiff-legged, rack pull
	bentRow            bool // bent-over or long-bar row held in a hinge
	standingPress      bool // a standing barbell overhead press
	benchPress         bool // a barbell pressed over the chest from a bench
	supportWord        bool // the name puts the body on a bench, seat, pad or floor
	supportedRow       bool // a row with the chest on a bench or pad
	pullUp, dip        bool // body-weight pull-ups and chin-ups; dips (not on a machine)
	floorAbs           bool // body-weight abdominal work on the floor or a bench
	neck               bool // neck training
	carry, sled        bool // a loaded carry (farmer's walk, yoke, rickshaw); a sled push or drag
	antiRotation       bool // a Pallof press held against the cable's pull (not "with rotation")
	unstableSurface    bool
}

func inferTraits(ex *Exercise, n string, expert bool) {
	if strings.Contains(n, "smith") {
		ex.Equipment = SmithMachine // rule 1
	}
	f := newFacts(ex, nameWords(n), expert)
	if f.cat == Stretching || f.cat == Cardio || f.n.has("smr") { // rule 2
		ex.Skill, ex.Stability, ex.Limiter = SkillLow, Supported, TargetMuscle
		ex.StopSafety, ex.SpinalLoad, ex.FormDrift = StopEasy, SpinalNone, DriftLow
		if f.n.has("smr") {
			ex.Category = Stretching
		}
		if f.cat == Cardio {
			ex.Limiter = Conditioning
		}
		return
	}
	ex.Ballistic = f.ballistic()
	ex.Skill = f.skill()
	ex.Stability = f.stability()
	ex.Limiter = f.limiter(ex.Stability)
	ex.StopSafety = f.stopSafety(ex.Ballistic)
	ex.SpinalLoad = f.spinalLoad(ex.Limiter, ex.Stability)
	ex.FormDrift = f.formDrift(ex.Ballistic)
}

func newFacts(ex *Exercise, n nameWords, expert bool) facts {
	muscles := ex.PrimaryMuscles
	f := facts{n: n, cat: ex.Category, eq: ex.Equipment, compound: ex.Mechanics != Isolation, expert: expert}
	if f.eq == EquipmentUnknown {
		f.eq = Bodyweight
	}
	switch f.eq {
	case Barbell, EZBar, Dumbbell, Kettlebell, MedicineBall, OtherEquipment:
		f.freeWeight = true
	}
	f.barbel = f.eq == Barbell || f.eq == EZBar || (f.eq == OtherEquipment && n.has("trap bar", "axle", "log"))
	machine := f.eq == Machine || f.eq == SmithMachine || n.stem("leverage")
	f.lunge = n.stem("lunge", "split squat", "step up", "step ups")
	f.singleLeg = n.has("single leg", "one leg", "one legged", "pistol") && !n.has("seated", "lying", "bridge", "hip raise", "leg extension", "curl")
	f.squat = n.stem("squat") && !f.lunge && !machine && f.freeWeight &&
		!n.has("goblet", "dumbbell squat", "plie dumbbell squat", "sissy", "jump squat", "squat jerk")
	f.deadlift = n.stem("deadlift") && !n.has("romanian", "stiff legged", "stiff leg")
	f.gm = n.has("good morning", "good mornings")
	f.rdl = n.has("romanian", "stiff legged", "stiff leg", "rack pull", "rack pulls", "stiff legs", "pull through")
	f.hinge = f.deadlift || f.gm || f.rdl
	f.supportedRow = n.stem("row") && n.has("incline", "chest supported", "lying", "head on bench")
	f.bentRow = (n.has("bent over", "long bar", "t bar row", "pendlay", "reverse grip bent over rows") &&
		n.stem("row") && !n.has("one arm", "lying", "chest supported", "head on bench", "incline")) ||
		(n.has("bent over two dumbbell row")) ||
		f.freeHingeRow(n)
	f.standingPress = f.barbel && !n.has("seated", "bench", "lying", "incline", "decline", "floor", "kneeling") &&
		n.has("military press", "shoulder press", "press behind neck", "bradford press", "clean and press", "overhead press", "log lift")
	f.benchPress = f.eq == Barbell && (n.has("bench press", "guillotine bench press", "neck press", "bench with")) &&
		!n.has("floor", "board", "pin", "with bands") || (f.eq == Barbell && n.has("close grip barbell bench press", "reverse triceps bench press"))
	f.supportWord = n.stem("bench", "seated", "lying", "incline", "decline", "prone", "supine", "preacher",
		"kneeling", "floor", "spider", "concentration", "crunch", "sit up", "bridge", "hip thrust", "flat") ||
		n.has("on knees", "over a bench", "head on bench")
	f.pullUp = !machine && (n.stem("pull up", "pullup", "chin up", "chinup") || n.has("chins", "mixed grip chin", "gorilla chin"))
	f.dip = !machine && n.stem("dip")
	f.neck = muscles.Has(Neck)
	f.carry = n.stem("carry", "farmer", "yoke")
	f.sled = n.has("sled push", "sled drag", "sled drags", "backward drag", "forward drag") || n.stem("prowler")
	f.antiRotation = n.has("pallof press", "pallof") && !n.has("rotation")
	f.floorAbs = f.eq == Bodyweight && muscles == MusclesOf(Abdominals) && !n.has("hanging") && !n.stem("pull up", "chin")
	f.unstableSurface = f.eq == StabilityBall || n.has("exercise ball", "stability ball", "physioball", "swiss ball",
		"bosu", "balance board", "suspended", "ring", "rings", "on one leg") || n.stem("bosu")
	return f
}

// freeHingeRow reports a two-handed row with a barbell, EZ bar, dumbbells
// or kettlebells and no bench under the chest, such as "Two-Arm Kettlebell
// Row", "Barbell Rear Delt Row" or "Straight Bar Bench Mid Rows" (the
// lifter stands on the bench): the entries' instructions put the lifter in
// a hip hinge, so the lower back, not the target muscle, holds the set
// together. One-arm rows (the free hand braces on a bench or knee),
// upright rows and renegade rows are judged by their own rules.
func (f facts) freeHingeRow(n nameWords) bool {
	switch f.eq {
	case Barbell, EZBar, Dumbbell, Kettlebell:
	default:
		return false
	}
	return n.stem("row") && !f.supportedRow &&
		!n.has("one arm", "single arm", "upright", "renegade", "seated", "kneeling")
}

// ballistic is rule 3.
func (f facts) ballistic() bool {
	switch f.cat {
	case Plyometrics:
		return true
	case OlympicWeightlifting:
		return !f.n.stem("deadlift", "squat", "shrug") && !f.n.has("stiff legs", "romanian")
	}
	n := f.n
	return n.stem("jump", "hop", "bound", "skip", "sprint", "throw", "toss", "slam", "swing", "snatch",
		"jerk", "thruster", "kipping", "plyo", "jammer", "burpee") ||
		(n.has("clean", "cleans") && !n.has("clean grip")) ||
		n.has("push press", "high pull", "speed squats", "speed box squat", "battling ropes", "hang clean")
}

// skill is rule 4.
func (f facts) skill() Skill {
	n := f.n
	switch {
	case f.sled:
		// Pushing or dragging a sled is walking against a load: little
		// technique, whatever the category says.
		return SkillLow
	case f.carry:
		// A carry is a deadlift-height pick-up and a walk: moderate, as the
		// catalog rates Farmer's Walk, not the high skill of the other
		// strongman events.
		return SkillModerate
	case f.cat == OlympicWeightlifting, f.cat == Strongman,
		f.squat, f.deadlift, f.gm,
		n.stem("snatch", "jerk", "windmill"), n.has("clean") && !n.has("clean grip"),
		n.has("turkish get up", "muscle up", "bent press", "one arm chin up", "single arm push up", "overhead squat", "overhead squats"),
		n.stem("handstand", "pistol", "renegade"):
		return SkillHigh
	case f.compound && f.freeWeight && !f.supportedRow,
		f.pullUp, f.dip, n.has("hanging"),
		f.expert, f.lunge && f.eq != Machine && f.eq != SmithMachine:
		return SkillModerate
	}
	return SkillLow
}

// stability is rule 5.
func (f facts) stability() Stability {
	n := f.n
	switch {
	case f.unstableSurface:
		return Unstable
	case f.singleLeg && f.eq != Machine && f.eq != SmithMachine && f.eq != Cable &&
		!n.has("calf raise", "kickback", "glute bridge", "butt kick"):
		return Unstable
	case f.eq == Machine, f.eq == SmithMachine:
		return Guided
	case f.eq == Cable, f.eq == Band:
		if f.compound && (n.has("standing") || f.hinge || n.stem("squat") ||
			n.has("wood chop", "cable lift", "judo flip", "russian twists", "monster walk", "standing cable lift")) {
			return SelfStabilised
		}
		return Supported
	case f.squat, f.hinge, f.lunge, n.stem("squat"), f.bentRow, n.has("hanging"):
		return SelfStabilised
	case f.supportWord, f.floorAbs:
		return Supported
	}
	return SelfStabilised
}

// limiter is rule 6.
func (f facts) limiter(st Stability) Limiter {
	n := f.n
	switch {
	case f.sled:
		// A sled set ends when the legs and lungs give out, not one muscle.
		return Conditioning
	case f.carry:
		// A carry ends when grip or the trunk gives out; Limiter holds one
		// value and bracing is the one that rules a carry out of
		// rest-pause (grip alone would only be a caution).
		return Bracing
	case f.antiRotation:
		// The drill is holding the trunk still against the cable: the
		// brace, not a muscle's fatigue, is what fails.
		return Bracing
	case f.cat == OlympicWeightlifting, f.cat == Strongman,
		f.squat && !n.has("bodyweight"), n.has("overhead squat", "overhead squats", "overhead kettlebell squats"),
		f.deadlift, f.gm, f.rdl && f.eq != Cable && f.eq != Band, f.bentRow, f.standingPress,
		n.stem("carry", "zercher", "jefferson", "farmer", "yoke"), n.has("sled drag", "backward drag", "forward drag"):
		return Bracing
	case st == Unstable, f.lunge, n.stem("windmill"), n.has("turkish get up"):
		return Balance
	case f.cat == Cardio, n.stem("sprint", "skip", "shuffle", "burpee", "prowler"),
		n.has("mountain climbers", "battling ropes", "sled push"):
		return Conditioning
	case n.has("hanging"), f.pullUp, n.stem("muscle up"), n.has("rope climb"), n.stem("shrug"):
		return Grip
	}
	return TargetMuscle
}

// stopSafety is rule 7.
func (f facts) stopSafety(ballistic bool) StopSafety {
	n := f.n
	overhead := f.barbel && f.compound && (n.has("overhead") || n.stem("snatch", "jerk"))
	switch {
	case f.sled, f.carry:
		// Stop pushing and the sled stays put; a carry's handles are set
		// down at the lifter's side (the catalog's Farmer's Walk: easy).
		return StopEasy
	case f.cat == OlympicWeightlifting, f.cat == Strongman,
		f.barbel && (f.squat || f.lunge || f.gm || f.standingPress || overhead),
		f.benchPress:
		return StopHard
	case f.freeWeight && n.stem("press") && f.compound,
		f.freeWeight && n.stem("fly", "flye", "flyes", "pullover", "skullcrusher", "skull crusher") && !n.has("reverse"),
		f.freeWeight && n.stem("triceps", "tricep") && (n.has("lying", "overhead", "behind the head", "triceps press") || n.stem("skull")),
		f.freeWeight && f.neck,
		f.barbel && n.stem("hip thrust", "glute bridge"),
		n.has("box jump", "depth jump"),
		f.barbel && f.compound && !f.hinge && !f.bentRow && !n.stem("row", "shrug", "curl", "rollout", "landmine"),
		ballistic && f.freeWeight:
		return StopCareful
	}
	return StopEasy
}

// spinalLoad is rule 8.
func (f facts) spinalLoad(l Limiter, st Stability) SpinalLoad {
	n := f.n
	switch {
	case l == Bracing && (f.barbel || f.eq == SmithMachine || f.eq == Machine || f.cat == Strongman || f.cat == OlympicWeightlifting),
		f.eq == SmithMachine && (n.stem("squat") || f.hinge || f.bentRow),
		f.eq == Barbell && n.stem("shrug") && !n.has("seated"):
		return SpinalHeavy
	case st == SelfStabilised && f.eq != Bodyweight && f.eq != Band,
		n.has("hack squat", "standing calf raises", "standing calf raise"):
		return SpinalLight
	}
	return SpinalNone
}

// formDrift is rule 9.
func (f facts) formDrift(ballistic bool) FormDrift {
	n := f.n
	switch {
	case ballistic, f.bentRow, f.deadlift, f.gm && !n.has("seated"), f.standingPress, n.has("cheat", "kipping"):
		return DriftHigh
	case f.rdl, f.squat, f.lunge,
		f.pullUp, f.dip, n.stem("push up", "pushup", "plank", "rollout", "hyperextension", "russian twist", "hip thrust"),
		n.has("inverted row", "upright row", "one arm dumbbell row", "one arm kettlebell row", "seated cable rows",
			"seated one arm cable pulley rows", "elevated cable rows", "hanging", "bridge", "ab roller", "upright barbell row",
			"standing dumbbell upright row", "upright cable row", "one arm long bar row"):
		return DriftModerate
	}
	return DriftLow
}
