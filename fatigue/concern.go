package fatigue

// A Concern is how strongly a lifter reports one recovery problem, such as
// lingering soreness or irritated joints. The zero Concern is
// [ConcernUnknown]: the question was not asked or not answered, which
// carries no information and never lowers a dose by itself. Concerns order
// None < Mild < Marked.
type Concern uint8

// The concern levels.
const (
	ConcernUnknown Concern = iota // not asked or not answered
	ConcernNone                   // not a problem
	ConcernMild                   // noticeable
	ConcernMarked                 // clearly a problem
)

var concernNames = []string{
	"unknown",
	"none",
	"mild",
	"marked",
}

// Valid reports whether c is one of the constants.
func (c Concern) Valid() bool { return int(c) < len(concernNames) }

// AtLeast reports whether c is answered and at least o; [ConcernUnknown] is
// at least nothing.
func (c Concern) AtLeast(o Concern) bool { return c != ConcernUnknown && c >= o }

// An Experience is how long and how consistently a lifter has trained. The
// zero Experience is [ExperienceUnknown], which repkit treats like
// [Beginner]: conservative until told otherwise.
type Experience uint8

// The experience levels. repkit does not define them by years: an app asks
// the lifter, or infers them from its own history.
const (
	ExperienceUnknown Experience = iota // not given; treated as a beginner
	Beginner                            // still learning technique and simple progression
	Intermediate                        // stable technique, progressing week to week is no longer automatic
	Advanced                            // years of consistent, progressive training
)

var experienceNames = []string{
	"unknown",
	"beginner",
	"intermediate",
	"advanced",
}

// Conservative reports whether e gets beginner rules: [Beginner] and
// [ExperienceUnknown].
func (e Experience) Conservative() bool { return e == Beginner || e == ExperienceUnknown }
