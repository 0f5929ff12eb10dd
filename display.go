package repkit

import "strconv"

// DisplayDigits is the number of decimal places [Load.Display] prints: a
// load is shown to the nearest hundredth of its unit, 0.01 kg or 0.01 lb.
//
// Two places are all that plates and pins make. The smallest fractional
// plates sold are 0.25 kg and 0.25 lb (a pair adds 0.5), and magnetic
// add-ons for stacks and dumbbells come in 0.25 or 0.5 steps too, so every
// load a gym can build is a multiple of 0.25 of its unit and prints exactly
// in two places ("101.25kg", "46.25lb"). A load converted from the other
// unit (60 kg shown in pounds is 132.2773572...) has no exact short
// decimal; to the hundredth it reads "132.28lb", closer than any scale in a
// gym weighs, where the exact [Load.Format] would print 13 digits. A third
// place would only ever show conversion noise.
const DisplayDigits = 2

// Display formats the load in unit u for a lifter to read: rounded to the
// nearest hundredth of u ([DisplayDigits]), halves away from zero, with
// trailing zeros and a bare decimal point trimmed, such as "140lb",
// "63.5kg", "101.25kg" or "132.28lb" (60 kg in pounds). A negative load (a
// difference, such as a week's change) keeps its sign, and one that rounds
// to zero prints "0kg". [UnitUnknown] and units past the named ones print
// in kilograms, as [Load.Format] does.
//
// Display is for sentences. It is not lossless: [ParseLoad] of its text
// may differ from l by up to half a hundredth of u. Use [Load.Format] or
// [Load.String] for text that must read back exactly. A load that is a
// whole number of hundredths of u (every load of kg or lb plates) displays
// exactly as Format writes it.
func (l Load) Display(u Unit) string {
	var buf [32]byte
	return string(l.AppendDisplay(buf[:0], u))
}

// AppendDisplay appends [Load.Display] of l in u to b and returns the
// result. It allocates only if b lacks room.
func (l Load) AppendDisplay(b []byte, u Unit) []byte {
	u, size := u.display(), uint64(u.displaySize())
	mag := uint64(l)
	if l < 0 {
		mag = -mag
	}
	const scale = 100 // 10^DisplayDigits
	// roundDiv rounds halves up, which on the magnitude is away from zero.
	hundredths := roundDiv(mag, scale, size)
	if l < 0 && hundredths != 0 {
		b = append(b, '-')
	}
	b = strconv.AppendUint(b, hundredths/scale, 10)
	b = appendFrac(b, hundredths%scale, DisplayDigits)
	return append(b, u.String()...)
}
