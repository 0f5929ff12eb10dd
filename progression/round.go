package progression

// A RoundMode says which way [Round] moves a target that the equipment
// cannot make exactly.
//
// The zero RoundMode is [RoundDown], on purpose: a load a little lighter
// than planned costs a rep or two, a load a little heavier can cost the set,
// so the conservative choice is the default.
type RoundMode uint8

// The rounding modes.
const (
	RoundDown    RoundMode = iota // the heaviest achievable load at or below the target
	RoundNearest                  // the closest achievable load; a tie goes down
	RoundUp                       // the lightest achievable load at or above the target
)

var roundModeNames = []string{
	"down",
	"nearest",
	"up",
}
