package exercise

// Secondary returns the muscles ex trains second, after its primary
// muscles, for an exercise of the built-in catalog (found by ex.ID), and
// the empty set for any other exercise. They are what weekly volume
// counts as secondary work (package volume); nothing in the suitability
// verdict reads them.
//
// The table is our judgement, written the way free-exercise-db lists its
// secondaryMuscles (presses: shoulders and triceps; rows and pulldowns:
// biceps and the back muscles they do not list first; squats and lunges:
// hamstrings and adductors; hinges: the back and the legs they do not
// list first). A muscle is never both primary and secondary. Secondary
// does not allocate and is safe for concurrent use.
func Secondary(ex Exercise) Muscles {
	return secondaryOf(ex.ID) &^ ex.PrimaryMuscles
}

func secondaryOf(id string) Muscles {
	const (
		sh  = 1 << Shoulders
		tri = 1 << Triceps
		bi  = 1 << Biceps
		fa  = 1 << Forearms
		mb  = 1 << MiddleBack
		lat = 1 << Lats
		tr  = 1 << Traps
		ham = 1 << Hamstrings
		glu = 1 << Glutes
		add = 1 << Adductors
		lb  = 1 << LowerBack
		qu  = 1 << Quadriceps
		ca  = 1 << Calves
	)
	switch id {
	case "assisted-dip-machine", "chest-dip", "seated-dip-machine", "push-up", "close-grip-bench-press":
		return sh
	case "barbell-bench-press", "decline-barbell-bench-press", "dumbbell-bench-press", "machine-chest-press",
		"incline-machine-chest-press", "smith-machine-bench-press", "stability-ball-dumbbell-press":
		return sh | tri
	case "incline-barbell-bench-press", "incline-dumbbell-press", "smith-machine-incline-bench-press":
		return tri
	case "band-chest-fly", "cable-fly", "dumbbell-fly", "pec-deck":
		return sh
	case "overhead-press", "push-press", "seated-barbell-overhead-press", "seated-dumbbell-shoulder-press",
		"machine-shoulder-press", "smith-machine-seated-overhead-press", "push-jerk":
		return tri
	case "cable-lateral-raise", "dumbbell-lateral-raise", "machine-lateral-raise", "dumbbell-front-raise":
		return tr
	case "face-pull", "rear-delt-fly-machine":
		return mb | tr
	case "assisted-pull-up", "pull-up", "chin-up", "lat-pulldown", "close-grip-lat-pulldown":
		return bi | mb
	case "straight-arm-pulldown":
		return tri
	case "barbell-bent-over-row", "pendlay-row", "t-bar-row":
		return bi | lb
	case "chest-supported-dumbbell-row", "machine-row", "seated-cable-row", "one-arm-dumbbell-row", "inverted-row":
		return bi | sh
	case "barbell-curl", "cable-curl", "dumbbell-curl", "ez-bar-curl", "preacher-curl", "concentration-curl",
		"machine-curl", "spider-curl", "hammer-curl":
		return fa
	case "reverse-barbell-curl":
		return bi
	case "barbell-shrug", "dumbbell-shrug", "farmers-walk":
		return fa
	case "back-squat", "smith-machine-squat", "barbell-lunge", "dumbbell-lunge", "bulgarian-split-squat",
		"goblet-squat", "step-up":
		return ham | add
	case "front-squat", "hack-squat-machine", "bosu-ball-squat", "pistol-squat":
		return glu | add
	case "leg-press":
		return ham | add
	case "trap-bar-deadlift":
		return ham | tr
	case "deadlift":
		return qu | tr | fa
	case "romanian-deadlift", "dumbbell-romanian-deadlift", "good-morning":
		return fa
	case "back-extension":
		return 0
	case "barbell-hip-thrust", "glute-kickback-machine":
		return ham
	case "kettlebell-swing":
		return lb | sh
	case "lying-leg-curl", "seated-leg-curl":
		return ca
	case "standing-calf-raise-machine", "seated-calf-raise", "leg-press-calf-raise":
		return 0
	case "skullcrusher", "jm-press", "dumbbell-overhead-triceps-extension", "overhead-cable-triceps-extension",
		"triceps-pushdown":
		return 0
	case "power-clean", "power-snatch", "clean-and-jerk":
		return glu | lb | ca
	case "hanging-leg-raise":
		return fa
	case "medicine-ball-slam", "burpee":
		return sh
	case "rowing-machine":
		return ham | lat | bi
	case "box-jump", "jump-squat":
		return ham | ca
	case "crunch", "cable-crunch", "machine-crunch", "flat-leg-raise", "plank", "russian-twist", "stability-ball-crunch":
		return 0
	case "hip-abduction-machine":
		return glu
	case "hip-adduction-machine", "wrist-curl", "reverse-wrist-curl", "hamstring-stretch", "leg-extension":
		return 0
	}
	return 0
}
