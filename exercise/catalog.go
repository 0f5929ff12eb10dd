package exercise

import (
	"iter"
	"sync"

	"github.com/repkit/repkit"
)

// The load kinds of the catalog's last column, short so the table stays
// one exercise per line.
const (
	external   = repkit.LoadExternal
	bodyweight = repkit.LoadBodyweight
	assisted   = repkit.LoadAssisted
)

// catalog is the built-in catalog, sorted by ID, one exercise per line:
// ID, name, aliases (including the names the Strong and Hevy apps log),
// primary muscles, category, equipment, mechanics, skill, stability,
// limiter, stop safety, spinal load, form drift, ballistic, load kind
// (body weight for the body-only movements and for back extensions, ball
// crunches and BOSU squats, where the body is the load; assisted for the
// two assistance machines; external for the rest). Every field has
// its own type, so a value in the wrong column does not compile. The traits
// are our judgement against the rest-pause guide; catalog_test.go checks
// the verdicts of the exercises the guide names. Nothing writes to this
// table: every accessor hands out copies.
var catalog = [...]Exercise{
	{"assisted-dip-machine", "Assisted Dip Machine", []string{"Chest Dip (Assisted)", "Assisted Dip", "Triceps Dip (Assisted)"}, MusclesOf(Triceps, Chest), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, assisted},
	{"assisted-pull-up", "Assisted Pull-Up Machine", []string{"Pull Up (Assisted)", "Assisted Pull-Up", "Chin Up (Assisted)"}, MusclesOf(Lats), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, assisted},
	{"back-extension", "Back Extension", []string{"Hyperextensions", "Hyperextension", "Back Extension (Bodyweight)", "45 Degree Back Extension", "Lower Back", "Roman Chair Back Extension"}, MusclesOf(LowerBack, Glutes, Hamstrings), Strength, OtherEquipment, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalLight, DriftModerate, false, bodyweight},
	{"back-squat", "Barbell Back Squat", []string{"Squat (Barbell)", "Back Squat", "Barbell Squat", "Squat", "High Bar Squat", "Low Bar Squat"}, MusclesOf(Quadriceps, Glutes), Powerlifting, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftModerate, false, external},
	{"band-chest-fly", "Band Chest Fly", []string{"Chest Fly (Band)", "Band Fly"}, MusclesOf(Chest), Strength, Band, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"barbell-bench-press", "Barbell Bench Press", []string{"Bench Press (Barbell)", "Bench Press", "Flat Bench Press", "Barbell Bench Press - Medium Grip"}, MusclesOf(Chest), Powerlifting, Barbell, Compound, SkillModerate, Supported, TargetMuscle, StopHard, SpinalNone, DriftModerate, false, external},
	{"barbell-bent-over-row", "Barbell Bent-Over Row", []string{"Bent Over Row (Barbell)", "Barbell Row", "Bent Over Barbell Row", "Bent-Over Row"}, MusclesOf(MiddleBack, Lats), Strength, Barbell, Compound, SkillModerate, SelfStabilised, Bracing, StopEasy, SpinalHeavy, DriftHigh, false, external},
	{"barbell-curl", "Barbell Curl", []string{"Bicep Curl (Barbell)", "Biceps Curl (Barbell)", "Barbell Bicep Curl", "Standing Barbell Curl"}, MusclesOf(Biceps), Strength, Barbell, Isolation, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"barbell-hip-thrust", "Barbell Hip Thrust", []string{"Hip Thrust (Barbell)", "Hip Thrust", "Barbell Glute Bridge"}, MusclesOf(Glutes), Strength, Barbell, Compound, SkillModerate, Supported, TargetMuscle, StopCareful, SpinalNone, DriftModerate, false, external},
	{"barbell-lunge", "Barbell Lunge", []string{"Lunge (Barbell)", "Barbell Walking Lunge", "Barbell Reverse Lunge"}, MusclesOf(Quadriceps, Glutes), Strength, Barbell, Compound, SkillModerate, SelfStabilised, Balance, StopHard, SpinalHeavy, DriftModerate, false, external},
	{"barbell-shrug", "Barbell Shrug", []string{"Shrug (Barbell)", "Barbell Shrugs"}, MusclesOf(Traps), Strength, Barbell, Isolation, SkillLow, SelfStabilised, Grip, StopEasy, SpinalHeavy, DriftLow, false, external},
	{"bosu-ball-squat", "BOSU Ball Squat", []string{"Squat (BOSU)", "Bosu Squat", "Stability Ball Squat"}, MusclesOf(Quadriceps), Strength, OtherEquipment, Compound, SkillModerate, Unstable, Balance, StopEasy, SpinalLight, DriftModerate, false, bodyweight},
	{"box-jump", "Box Jump", []string{"Box Jumps", "Box Jump (Multiple Response)"}, MusclesOf(Quadriceps, Glutes), Plyometrics, OtherEquipment, Compound, SkillModerate, SelfStabilised, Conditioning, StopCareful, SpinalLight, DriftHigh, true, external},
	{"bulgarian-split-squat", "Bulgarian Split Squat", []string{"Bulgarian Split Squat (Dumbbell)", "Rear-Foot-Elevated Split Squat", "Split Squat (Dumbbell)"}, MusclesOf(Quadriceps, Glutes), Strength, Dumbbell, Compound, SkillModerate, SelfStabilised, Balance, StopEasy, SpinalLight, DriftModerate, false, external},
	{"burpee", "Burpee", []string{"Burpees"}, MusclesOf(Quadriceps, Chest), Cardio, Bodyweight, Compound, SkillLow, SelfStabilised, Conditioning, StopEasy, SpinalLight, DriftHigh, true, bodyweight},
	{"cable-crunch", "Cable Crunch", []string{"Kneeling Cable Crunch", "Crunch (Cable)"}, MusclesOf(Abdominals), Strength, Cable, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"cable-curl", "Cable Curl", []string{"Bicep Curl (Cable)", "Biceps Curl (Cable)", "Standing Biceps Cable Curl"}, MusclesOf(Biceps), Strength, Cable, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"cable-fly", "Cable Fly", []string{"Cable Crossover", "Chest Fly (Cable)", "Cable Chest Fly", "Lower Chest Fly", "Low-to-High Cable Fly", "High-to-Low Cable Fly"}, MusclesOf(Chest), Strength, Cable, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"cable-lateral-raise", "Cable Lateral Raise", []string{"Lateral Raise (Cable)", "Single Arm Lateral Raise (Cable)", "Cable Side Raise", "One-Arm Cable Lateral Raise"}, MusclesOf(Shoulders), Strength, Cable, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"chest-dip", "Chest Dip", []string{"Dip", "Dips", "Triceps Dip", "Chest Dip (Weighted)", "Dips - Chest Version"}, MusclesOf(Chest, Triceps), Strength, Bodyweight, Compound, SkillModerate, SelfStabilised, TargetMuscle, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"chest-supported-dumbbell-row", "Chest-Supported Dumbbell Row", []string{"Chest Supported Row (Dumbbell)", "Chest-Supported Row", "Incline Dumbbell Row", "Incline Row (Dumbbell)"}, MusclesOf(MiddleBack, Lats), Strength, Dumbbell, Compound, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"chin-up", "Chin-Up", []string{"Chin Up", "Chinups", "Chin Up (Band)", "Chin Up (Weighted)", "Underhand Pull Up"}, MusclesOf(Lats, Biceps), Strength, Bodyweight, Compound, SkillModerate, SelfStabilised, Grip, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"clean-and-jerk", "Clean and Jerk", []string{"Clean and Jerk (Barbell)", "Clean & Jerk"}, MusclesOf(Quadriceps, Shoulders, Hamstrings), OlympicWeightlifting, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftHigh, true, external},
	{"close-grip-bench-press", "Close-Grip Bench Press", []string{"Bench Press - Close Grip (Barbell)", "Close-Grip Barbell Bench Press", "Close Grip Bench Press"}, MusclesOf(Triceps, Chest), Strength, Barbell, Compound, SkillModerate, Supported, TargetMuscle, StopHard, SpinalNone, DriftModerate, false, external},
	{"close-grip-lat-pulldown", "Close-Grip Lat Pulldown", []string{"Lat Pulldown - Close Grip (Cable)", "Lat Pulldown (V-Grip)", "V-Bar Pulldown", "Close-Grip Front Lat Pulldown"}, MusclesOf(Lats), Strength, Cable, Compound, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"concentration-curl", "Concentration Curl", []string{"Concentration Curl (Dumbbell)", "Concentration Curls"}, MusclesOf(Biceps), Strength, Dumbbell, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"crunch", "Crunch", []string{"Crunch (Weighted)", "Crunches", "Weighted Crunch"}, MusclesOf(Abdominals), Strength, Bodyweight, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, bodyweight},
	{"deadlift", "Barbell Deadlift", []string{"Deadlift (Barbell)", "Deadlift", "Conventional Deadlift", "Barbell Deadlift"}, MusclesOf(LowerBack, Hamstrings, Glutes), Powerlifting, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopEasy, SpinalHeavy, DriftHigh, false, external},
	{"decline-barbell-bench-press", "Decline Barbell Bench Press", []string{"Decline Bench Press (Barbell)", "Decline Bench Press", "Decline Barbell Bench Press"}, MusclesOf(Chest), Strength, Barbell, Compound, SkillModerate, Supported, TargetMuscle, StopHard, SpinalNone, DriftModerate, false, external},
	{"dumbbell-bench-press", "Dumbbell Bench Press", []string{"Bench Press (Dumbbell)", "Dumbbell Press", "Flat Dumbbell Press"}, MusclesOf(Chest), Strength, Dumbbell, Compound, SkillModerate, Supported, TargetMuscle, StopCareful, SpinalNone, DriftLow, false, external},
	{"dumbbell-curl", "Dumbbell Curl", []string{"Bicep Curl (Dumbbell)", "Biceps Curl (Dumbbell)", "Dumbbell Bicep Curl", "Alternate Dumbbell Curl"}, MusclesOf(Biceps), Strength, Dumbbell, Isolation, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"dumbbell-fly", "Dumbbell Fly", []string{"Chest Fly (Dumbbell)", "Dumbbell Flyes", "Flat Dumbbell Fly"}, MusclesOf(Chest), Strength, Dumbbell, Isolation, SkillLow, Supported, TargetMuscle, StopCareful, SpinalNone, DriftLow, false, external},
	{"dumbbell-front-raise", "Dumbbell Front Raise", []string{"Front Raise (Dumbbell)", "Front Dumbbell Raise", "Front Raise"}, MusclesOf(Shoulders), Strength, Dumbbell, Isolation, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"dumbbell-lateral-raise", "Dumbbell Lateral Raise", []string{"Lateral Raise (Dumbbell)", "Side Lateral Raise", "Dumbbell Side Raise", "Lateral Raise"}, MusclesOf(Shoulders), Strength, Dumbbell, Isolation, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"dumbbell-lunge", "Dumbbell Lunge", []string{"Lunge (Dumbbell)", "Walking Lunge", "Walking Lunge (Dumbbell)", "Lunge", "Reverse Lunge (Dumbbell)"}, MusclesOf(Quadriceps, Glutes), Strength, Dumbbell, Compound, SkillModerate, SelfStabilised, Balance, StopEasy, SpinalLight, DriftModerate, false, external},
	{"dumbbell-overhead-triceps-extension", "Dumbbell Overhead Triceps Extension", []string{"Triceps Extension (Dumbbell)", "Triceps Extension", "Seated Triceps Press", "Overhead Triceps Extension (Dumbbell)"}, MusclesOf(Triceps), Strength, Dumbbell, Isolation, SkillLow, Supported, TargetMuscle, StopCareful, SpinalNone, DriftLow, false, external},
	{"dumbbell-romanian-deadlift", "Dumbbell Romanian Deadlift", []string{"Romanian Deadlift (Dumbbell)", "Dumbbell RDL", "Stiff Leg Deadlift (Dumbbell)"}, MusclesOf(Hamstrings, Glutes, LowerBack), Strength, Dumbbell, Compound, SkillModerate, SelfStabilised, Bracing, StopEasy, SpinalHeavy, DriftModerate, false, external},
	{"dumbbell-shrug", "Dumbbell Shrug", []string{"Shrug (Dumbbell)", "Dumbbell Shrugs"}, MusclesOf(Traps), Strength, Dumbbell, Isolation, SkillLow, SelfStabilised, Grip, StopEasy, SpinalLight, DriftLow, false, external},
	{"ez-bar-curl", "EZ-Bar Curl", []string{"Bicep Curl (EZ Bar)", "EZ Bar Curl", "EZ-Bar Curl (Barbell)"}, MusclesOf(Biceps), Strength, EZBar, Isolation, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"face-pull", "Face Pull", []string{"Face Pull (Cable)", "Rope Face Pull"}, MusclesOf(Shoulders), Strength, Cable, Compound, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"farmers-walk", "Farmer's Walk", []string{"Farmers Walk", "Farmer's Carry", "Farmers Carry (Dumbbell)", "Farmer's Walk (Dumbbell)"}, MusclesOf(Forearms, Traps), Strongman, OtherEquipment, Compound, SkillModerate, SelfStabilised, Bracing, StopEasy, SpinalHeavy, DriftModerate, false, external},
	{"flat-leg-raise", "Lying Leg Raise", []string{"Flat Leg Raise", "Flat Bench Lying Leg Raise", "Leg Raise"}, MusclesOf(Abdominals), Strength, Bodyweight, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, bodyweight},
	{"front-squat", "Barbell Front Squat", []string{"Front Squat (Barbell)", "Front Squat", "Front Barbell Squat"}, MusclesOf(Quadriceps), Strength, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftModerate, false, external},
	{"glute-kickback-machine", "Machine Glute Kickback", []string{"Glute Kickback (Machine)", "Cable Glute Kickback", "Glute Kickback (Cable)"}, MusclesOf(Glutes), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"goblet-squat", "Goblet Squat", []string{"Goblet Squat (Dumbbell)", "Goblet Squat (Kettlebell)"}, MusclesOf(Quadriceps, Glutes), Strength, Dumbbell, Compound, SkillModerate, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftModerate, false, external},
	{"good-morning", "Good Morning", []string{"Good Morning (Barbell)", "Barbell Good Morning", "Good Mornings"}, MusclesOf(Hamstrings, LowerBack), Strength, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftHigh, false, external},
	{"hack-squat-machine", "Machine Hack Squat", []string{"Hack Squat (Machine)", "Hack Squat", "Machine Hack Squats"}, MusclesOf(Quadriceps), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"hammer-curl", "Hammer Curl", []string{"Hammer Curl (Dumbbell)", "Hammer Curls"}, MusclesOf(Biceps, Forearms), Strength, Dumbbell, Isolation, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"hamstring-stretch", "Standing Hamstring Stretch", []string{"Hamstring Stretch", "Standing Toe Touch"}, MusclesOf(Hamstrings), Stretching, Bodyweight, Isolation, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, bodyweight},
	{"hanging-leg-raise", "Hanging Leg Raise", []string{"Hanging Knee Raise", "Hanging Leg Raises"}, MusclesOf(Abdominals), Strength, Bodyweight, Compound, SkillModerate, SelfStabilised, Grip, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"hip-abduction-machine", "Hip Abduction Machine", []string{"Hip Abduction (Machine)", "Thigh Abductor", "Abductor Machine"}, MusclesOf(Abductors), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"hip-adduction-machine", "Hip Adduction Machine", []string{"Hip Adduction (Machine)", "Thigh Adductor", "Adductor Machine"}, MusclesOf(Adductors), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"incline-barbell-bench-press", "Incline Barbell Bench Press", []string{"Incline Bench Press (Barbell)", "Incline Bench Press", "Barbell Incline Bench Press - Medium Grip"}, MusclesOf(Chest, Shoulders), Strength, Barbell, Compound, SkillModerate, Supported, TargetMuscle, StopHard, SpinalNone, DriftModerate, false, external},
	{"incline-dumbbell-press", "Incline Dumbbell Press", []string{"Incline Bench Press (Dumbbell)", "Incline Dumbbell Bench Press", "Incline Press (Dumbbell)"}, MusclesOf(Chest, Shoulders), Strength, Dumbbell, Compound, SkillModerate, Supported, TargetMuscle, StopCareful, SpinalNone, DriftLow, false, external},
	{"incline-machine-chest-press", "Incline Machine Chest Press", []string{"Incline Chest Press (Machine)", "Incline Chest Press"}, MusclesOf(Chest), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"inverted-row", "Inverted Row", []string{"Inverted Row (Bodyweight)", "Body Row", "Australian Pull-Up"}, MusclesOf(MiddleBack, Lats), Strength, Bodyweight, Compound, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"jm-press", "JM Press", []string{"JM Press (Barbell)"}, MusclesOf(Triceps), Strength, Barbell, Compound, SkillModerate, Supported, TargetMuscle, StopCareful, SpinalNone, DriftModerate, false, external},
	{"jump-squat", "Jump Squat", []string{"Jump Squats", "Squat Jump", "Bodyweight Jump Squat"}, MusclesOf(Quadriceps), Plyometrics, Bodyweight, Compound, SkillModerate, SelfStabilised, Conditioning, StopEasy, SpinalLight, DriftHigh, true, bodyweight},
	{"kettlebell-swing", "Kettlebell Swing", []string{"Kettlebell Swings", "Russian Kettlebell Swing", "Two-Arm Kettlebell Swing"}, MusclesOf(Hamstrings, Glutes), Strength, Kettlebell, Compound, SkillModerate, SelfStabilised, Bracing, StopCareful, SpinalHeavy, DriftHigh, true, external},
	{"lat-pulldown", "Lat Pulldown", []string{"Lat Pulldown (Cable)", "Lat Pulldown (Machine)", "Wide-Grip Lat Pulldown", "Front Pulldown", "Pulldown"}, MusclesOf(Lats), Strength, Cable, Compound, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"leg-extension", "Leg Extension", []string{"Leg Extension (Machine)", "Leg Extensions", "Single Leg Extension (Machine)"}, MusclesOf(Quadriceps), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"leg-press", "Leg Press", []string{"Leg Press (Machine)", "Seated Leg Press (Machine)", "Leg Press Horizontal (Machine)", "45 Degree Leg Press"}, MusclesOf(Quadriceps, Glutes), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"leg-press-calf-raise", "Leg Press Calf Raise", []string{"Calf Press on Seated Leg Press", "Calf Press on Leg Press", "Calf Press (Machine)", "Calf Press On The Leg Press Machine"}, MusclesOf(Calves), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"lying-leg-curl", "Lying Leg Curl", []string{"Lying Leg Curl (Machine)", "Leg Curl", "Leg Curl (Machine)", "Lying Leg Curls"}, MusclesOf(Hamstrings), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"machine-chest-press", "Machine Chest Press", []string{"Chest Press (Machine)", "Chest Press", "Seated Chest Press", "Iso-Lateral Chest Press (Machine)", "Decline Chest Press", "Chest Press (Plate Loaded)"}, MusclesOf(Chest), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"machine-crunch", "Machine Crunch", []string{"Crunch (Machine)", "Ab Crunch Machine"}, MusclesOf(Abdominals), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"machine-curl", "Machine Curl", []string{"Bicep Curl (Machine)", "Machine Preacher Curl", "Preacher Curl (Machine)"}, MusclesOf(Biceps), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"machine-lateral-raise", "Machine Lateral Raise", []string{"Lateral Raise (Machine)"}, MusclesOf(Shoulders), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"machine-row", "Machine Row", []string{"Seated Row (Machine)", "Iso-Lateral Row (Machine)", "Iso-Lateral Low Row", "Low Row", "High Row", "Chest-Supported Machine Row", "T Bar Row (Machine)", "Lying T-Bar Row"}, MusclesOf(MiddleBack, Lats), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"machine-shoulder-press", "Machine Shoulder Press", []string{"Seated Shoulder Press (Machine)", "Shoulder Press (Machine)", "Shoulder Press (Plate Loaded)", "Machine Overhead Press"}, MusclesOf(Shoulders), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"medicine-ball-slam", "Medicine Ball Slam", []string{"Ball Slams", "Med Ball Slam"}, MusclesOf(Abdominals, Lats), Plyometrics, MedicineBall, Compound, SkillLow, SelfStabilised, Conditioning, StopEasy, SpinalLight, DriftHigh, true, external},
	{"one-arm-dumbbell-row", "One-Arm Dumbbell Row", []string{"Bent Over One Arm Row (Dumbbell)", "Dumbbell Row", "One Arm Dumbbell Row", "Single Arm Dumbbell Row"}, MusclesOf(MiddleBack, Lats), Strength, Dumbbell, Compound, SkillLow, Supported, TargetMuscle, StopEasy, SpinalLight, DriftModerate, false, external},
	{"overhead-cable-triceps-extension", "Overhead Cable Triceps Extension", []string{"Overhead Triceps Extension (Cable)", "Cable Overhead Triceps Extension", "Cable Rope Overhead Triceps Extension"}, MusclesOf(Triceps), Strength, Cable, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"overhead-press", "Overhead Press", []string{"Overhead Press (Barbell)", "Standing Overhead Press", "Military Press", "Standing Military Press", "Strict Press"}, MusclesOf(Shoulders), Strength, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftHigh, false, external},
	{"pec-deck", "Pec Deck", []string{"Butterfly (Pec Deck)", "Chest Fly (Machine)", "Machine Fly", "Chest Fly", "Butterfly"}, MusclesOf(Chest), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"pendlay-row", "Pendlay Row", []string{"Pendlay Row (Barbell)"}, MusclesOf(MiddleBack, Lats), Strength, Barbell, Compound, SkillModerate, SelfStabilised, Bracing, StopEasy, SpinalHeavy, DriftHigh, false, external},
	{"pistol-squat", "Pistol Squat", []string{"Single-Leg Squat", "Pistol Squat (Bodyweight)"}, MusclesOf(Quadriceps), Strength, Bodyweight, Compound, SkillHigh, Unstable, Balance, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"plank", "Plank", []string{"Front Plank", "Forearm Plank"}, MusclesOf(Abdominals), Strength, Bodyweight, Compound, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"power-clean", "Power Clean", []string{"Power Clean (Barbell)", "Clean"}, MusclesOf(Hamstrings, Quadriceps, Traps), OlympicWeightlifting, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftHigh, true, external},
	{"power-snatch", "Power Snatch", []string{"Power Snatch (Barbell)", "Snatch", "Snatch (Barbell)"}, MusclesOf(Hamstrings, Quadriceps, Shoulders), OlympicWeightlifting, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftHigh, true, external},
	{"preacher-curl", "Preacher Curl", []string{"Preacher Curl (Barbell)", "Preacher Curl (EZ Bar)", "Preacher Curl (Dumbbell)"}, MusclesOf(Biceps), Strength, EZBar, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"pull-up", "Pull-Up", []string{"Pull Up", "Wide Pull Up", "Pull Up (Band)", "Pull Up (Weighted)", "Pullups"}, MusclesOf(Lats), Strength, Bodyweight, Compound, SkillModerate, SelfStabilised, Grip, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"push-jerk", "Push Jerk", []string{"Push Jerk (Barbell)", "Jerk", "Split Jerk"}, MusclesOf(Shoulders, Quadriceps), OlympicWeightlifting, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftHigh, true, external},
	{"push-press", "Push Press", []string{"Push Press (Barbell)"}, MusclesOf(Shoulders), Strength, Barbell, Compound, SkillHigh, SelfStabilised, Bracing, StopHard, SpinalHeavy, DriftHigh, true, external},
	{"push-up", "Push-Up", []string{"Push Up", "Pushups", "Push-Ups"}, MusclesOf(Chest, Triceps), Strength, Bodyweight, Compound, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"rear-delt-fly-machine", "Machine Rear Delt Fly", []string{"Reverse Fly (Machine)", "Rear Delt Fly (Machine)", "Reverse Pec Deck", "Back Deltoids"}, MusclesOf(Shoulders), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"reverse-barbell-curl", "Reverse Barbell Curl", []string{"Reverse Curl (Barbell)", "Reverse Curl"}, MusclesOf(Forearms, Biceps), Strength, Barbell, Isolation, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"reverse-wrist-curl", "Reverse Wrist Curl", []string{"Seated Wrist Extension (Barbell)", "Wrist Extension", "Palms-Down Wrist Curl Over A Bench"}, MusclesOf(Forearms), Strength, Barbell, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"romanian-deadlift", "Romanian Deadlift", []string{"Romanian Deadlift (Barbell)", "RDL", "Stiff Leg Deadlift (Barbell)", "Stiff-Legged Deadlift"}, MusclesOf(Hamstrings, Glutes, LowerBack), Strength, Barbell, Compound, SkillModerate, SelfStabilised, Bracing, StopEasy, SpinalHeavy, DriftModerate, false, external},
	{"rowing-machine", "Rowing Machine", []string{"Rowing (Machine)", "Rowing, Stationary", "Rower", "Erg"}, MusclesOf(Quadriceps, MiddleBack), Cardio, Machine, Compound, SkillModerate, Supported, Conditioning, StopEasy, SpinalNone, DriftModerate, false, external},
	{"russian-twist", "Russian Twist", []string{"Russian Twist (Weighted)"}, MusclesOf(Abdominals), Strength, Bodyweight, Compound, SkillLow, SelfStabilised, TargetMuscle, StopEasy, SpinalLight, DriftModerate, false, bodyweight},
	{"seated-barbell-overhead-press", "Seated Barbell Overhead Press", []string{"Seated Overhead Press (Barbell)", "Seated Barbell Military Press", "Seated Military Press"}, MusclesOf(Shoulders), Strength, Barbell, Compound, SkillModerate, Supported, TargetMuscle, StopCareful, SpinalLight, DriftModerate, false, external},
	{"seated-cable-row", "Seated Cable Row", []string{"Seated Row (Cable)", "Seated Cable Row - V Grip (Cable)", "Cable Row", "Cable Row Wide Grip", "Seated Cable Rows"}, MusclesOf(MiddleBack, Lats), Strength, Cable, Compound, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftModerate, false, external},
	{"seated-calf-raise", "Seated Calf Raise", []string{"Seated Calf Raise (Machine)", "Seated Calf Raise (Plate Loaded)"}, MusclesOf(Calves), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"seated-dip-machine", "Seated Dip Machine", []string{"Dip Machine", "Seated Dip", "Seated Dip (Machine)"}, MusclesOf(Triceps, Chest), Strength, Machine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"seated-dumbbell-shoulder-press", "Seated Dumbbell Shoulder Press", []string{"Shoulder Press (Dumbbell)", "Seated Overhead Press (Dumbbell)", "Overhead Press (Dumbbell)", "Dumbbell Shoulder Press", "Seated Dumbbell Press"}, MusclesOf(Shoulders), Strength, Dumbbell, Compound, SkillModerate, Supported, TargetMuscle, StopCareful, SpinalLight, DriftLow, false, external},
	{"seated-leg-curl", "Seated Leg Curl", []string{"Seated Leg Curl (Machine)"}, MusclesOf(Hamstrings), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"skullcrusher", "Skullcrusher", []string{"Skullcrusher (Barbell)", "Skullcrusher (EZ Bar)", "Skull Crusher", "Lying Triceps Extension", "Triceps Extension (Barbell)", "EZ-Bar Skullcrusher"}, MusclesOf(Triceps), Strength, EZBar, Isolation, SkillLow, Supported, TargetMuscle, StopCareful, SpinalNone, DriftLow, false, external},
	{"smith-machine-bench-press", "Smith Machine Bench Press", []string{"Bench Press (Smith Machine)", "Smith Bench Press"}, MusclesOf(Chest), Strength, SmithMachine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"smith-machine-incline-bench-press", "Smith Machine Incline Bench Press", []string{"Incline Bench Press (Smith Machine)", "Smith Incline Press"}, MusclesOf(Chest, Shoulders), Strength, SmithMachine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"smith-machine-seated-overhead-press", "Smith Machine Seated Overhead Press", []string{"Overhead Smith Seated", "Seated Overhead Press (Smith Machine)", "Smith Machine Overhead Shoulder Press"}, MusclesOf(Shoulders), Strength, SmithMachine, Compound, SkillLow, Guided, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"smith-machine-squat", "Smith Machine Squat", []string{"Squat (Smith Machine)", "Smith Squat"}, MusclesOf(Quadriceps, Glutes), Strength, SmithMachine, Compound, SkillModerate, Guided, TargetMuscle, StopEasy, SpinalHeavy, DriftLow, false, external},
	{"spider-curl", "Spider Curl", []string{"Spider Curl (Barbell)", "Spider Curl (Dumbbell)"}, MusclesOf(Biceps), Strength, Barbell, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"stability-ball-crunch", "Stability Ball Crunch", []string{"Exercise Ball Crunch", "Swiss Ball Crunch", "Crunch (Stability Ball)"}, MusclesOf(Abdominals), Strength, StabilityBall, Isolation, SkillLow, Unstable, Balance, StopEasy, SpinalNone, DriftModerate, false, bodyweight},
	{"stability-ball-dumbbell-press", "Stability Ball Dumbbell Press", []string{"Dumbbell Bench Press on Stability Ball", "Dumbbell Press on Exercise Ball", "Chest Press (Stability Ball)"}, MusclesOf(Chest), Strength, Dumbbell, Compound, SkillModerate, Unstable, Balance, StopCareful, SpinalNone, DriftModerate, false, external},
	{"standing-calf-raise-machine", "Machine Standing Calf Raise", []string{"Standing Calf Raise (Machine)", "Calf Raise (Machine)", "Standing Calf Raises"}, MusclesOf(Calves), Strength, Machine, Isolation, SkillLow, Guided, TargetMuscle, StopEasy, SpinalLight, DriftLow, false, external},
	{"step-up", "Step-Up", []string{"Step Up (Dumbbell)", "Dumbbell Step Ups", "Step Up"}, MusclesOf(Quadriceps, Glutes), Strength, Dumbbell, Compound, SkillModerate, SelfStabilised, Balance, StopEasy, SpinalLight, DriftModerate, false, external},
	{"straight-arm-pulldown", "Straight-Arm Pulldown", []string{"Rope Straight Arm Pulldown", "Straight Arm Pulldown (Cable)", "Straight-Arm Cable Pulldown"}, MusclesOf(Lats), Strength, Cable, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"t-bar-row", "T-Bar Row", []string{"T Bar Row", "Landmine Row"}, MusclesOf(MiddleBack, Lats), Strength, OtherEquipment, Compound, SkillModerate, SelfStabilised, Bracing, StopEasy, SpinalHeavy, DriftHigh, false, external},
	{"trap-bar-deadlift", "Trap Bar Deadlift", []string{"Deadlift (Trap Bar)", "Hex Bar Deadlift", "Trap Bar Deadlift"}, MusclesOf(Quadriceps, Glutes, LowerBack), Strength, OtherEquipment, Compound, SkillModerate, SelfStabilised, Bracing, StopEasy, SpinalHeavy, DriftModerate, false, external},
	{"triceps-pushdown", "Triceps Pushdown", []string{"Triceps Pushdown (Cable - Straight Bar)", "Triceps Pushdown (Cable)", "Tricep Pushdown", "Rope Pushdown", "Triceps Pushdown - Rope Attachment", "Cable Pushdown"}, MusclesOf(Triceps), Strength, Cable, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
	{"wrist-curl", "Wrist Curl", []string{"Seated Palms Up Wrist Curl", "Wrist Curl (Barbell)", "Wrist Curl (Dumbbell)", "Palms-Up Barbell Wrist Curl Over A Bench"}, MusclesOf(Forearms), Strength, Barbell, Isolation, SkillLow, Supported, TargetMuscle, StopEasy, SpinalNone, DriftLow, false, external},
}

// Len returns the number of exercises in the built-in catalog.
func Len() int { return len(catalog) }

// Builtin yields a copy of every exercise in the built-in catalog, sorted by
// ID. The order is stable: the same catalog always yields the same order.
func Builtin() iter.Seq[Exercise] {
	return func(yield func(Exercise) bool) {
		for i := range catalog {
			if !yield(catalog[i].Clone()) {
				return
			}
		}
	}
}

// ByID returns a copy of the catalog exercise whose ID is exactly id, such
// as "cable-lateral-raise", and whether there is one.
func ByID(id string) (Exercise, bool) {
	i, ok := indexByID(id)
	if !ok {
		return Exercise{}, false
	}
	return catalog[i].Clone(), true
}

func indexByID(id string) (int, bool) {
	lo, hi := 0, len(catalog)
	for lo < hi { // binary search: the table is sorted by ID
		mid := int(uint(lo+hi) >> 1)
		if catalog[mid].ID < id {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, lo < len(catalog) && catalog[lo].ID == id
}

// Lookup returns a copy of the catalog exercise with the given ID, name or
// alias, and whether there is one. Names and aliases match ignoring case
// and ASCII punctuation: every run of ASCII characters other than letters
// and digits counts as one space, and leading and trailing ones are ignored
// (bytes outside ASCII, such as accented letters, must match exactly),
// so "lateral raise (cable)", "Lateral Raise - Cable" and
// "LATERAL-RAISE CABLE" all find "Lateral Raise (Cable)". Names logged by
// apps such as Strong and Hevy ("Bench Press (Barbell)", "Lat Pulldown
// (Cable)") are aliases. When two entries share a normalised name, the
// earlier entry in the catalog wins. Lookup normalises the name once and
// finds it in an index of the catalog's normalised names and aliases,
// built on first use and never changed after; it allocates only for the
// returned copy (and for names over 64 bytes). It is safe for concurrent
// use.
func Lookup(nameOrAlias string) (Exercise, bool) {
	if i, ok := indexByID(nameOrAlias); ok {
		return catalog[i].Clone(), true
	}
	var buf [64]byte
	key := buf[:normaliseInto(&buf, nameOrAlias)]
	if len(nameOrAlias) > len(buf) {
		key = appendNormalised(nil, nameOrAlias)
	}
	if i, ok := nameIndex()[string(key)]; ok {
		return catalog[i].Clone(), true
	}
	return Exercise{}, false
}

// nameIndex maps each catalog name and alias, normalised as [Lookup]
// compares them, to the first catalog entry holding it. It is built once,
// on first use, and read only after.
var nameIndex = sync.OnceValue(func() map[string]int {
	idx := make(map[string]int, 4*len(catalog))
	for i := range catalog {
		ex := &catalog[i]
		for _, n := range append([]string{ex.Name}, ex.Aliases...) {
			k := string(appendNormalised(nil, n))
			if _, dup := idx[k]; !dup {
				idx[k] = i
			}
		}
	}
	return idx
})

// normaliseInto writes s in its normalised form (see [appendNormalised])
// to buf and returns its length, if s fits in buf; a longer s is left to
// appendNormalised.
func normaliseInto(buf *[64]byte, s string) int {
	if len(s) > len(buf) {
		return 0
	}
	// The normalised form is never longer than s, so it fits in buf and
	// appendNormalised never grows the slice.
	return len(appendNormalised(buf[:0], s))
}

// appendNormalised appends s in the normalised form [Lookup] compares to
// dst: ASCII letters lower-cased, each run of other ASCII bytes as one ' ',
// none at either end. Bytes of multi-byte UTF-8 characters are kept as
// they are.
func appendNormalised(dst []byte, s string) []byte {
	start, sep := len(dst), false
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case 'a' <= b && b <= 'z' || '0' <= b && b <= '9' || b >= 0x80:
		case 'A' <= b && b <= 'Z':
			b += 'a' - 'A'
		default:
			sep = true
			continue
		}
		if sep && len(dst) > start {
			dst = append(dst, ' ')
		}
		sep = false
		dst = append(dst, b)
	}
	return dst
}
