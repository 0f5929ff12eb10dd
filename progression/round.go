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

var roundModeNames = []string{"down", "nearest", "up"}

// String returns "down", "nearest" or "up".
func (m RoundMode) String() string { return enumString("RoundMode", roundModeNames, int(m)) }

// MarshalText implements [encoding.TextMarshaler].
func (m RoundMode) MarshalText() ([]byte, error) {
	return enumMarshal("RoundMode", roundModeNames, int(m))
}

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the names
// String returns in any case. Unknown text is an error wrapping
// [repkit.ErrUnknownName], and m is left unchanged.
func (m *RoundMode) UnmarshalText(text []byte) error {
	v, err := enumParse("RoundMode", roundModeNames, text)
	if err != nil {
		return err
	}
	*m = RoundMode(v)
	return nil
}
