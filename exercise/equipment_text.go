package exercise

// SetupPhrase names what a load is set up on with equipment e, for a
// sentence such as "52kg cannot be set up on the machine's stack": "the
// machine's stack", "the cable stack", "the dumbbell rack", "a barbell and
// plates", "an EZ bar and plates", "the Smith machine's bar and plates",
// "the kettlebells"; "the equipment" for equipment whose resistance is not
// a load to set up (body weight, bands, balls, other equipment) and the
// zero EquipmentUnknown. It is a pure function, safe for concurrent use.
func (e Equipment) SetupPhrase() string {
	switch e {
	case Machine:
		return "the machine's stack"
	case Cable:
		return "the cable stack"
	case Dumbbell:
		return "the dumbbell rack"
	case Barbell:
		return "a barbell and plates"
	case EZBar:
		return "an EZ bar and plates"
	case SmithMachine:
		return "the Smith machine's bar and plates"
	case Kettlebell:
		return "the kettlebells"
	}
	return "the equipment"
}

// UnloadedPhrase names what an exercise of equipment e is done at when it
// has no load to set: "band tension" for a [Band], "body weight" for any
// other (a push-up, a ball, and the zero EquipmentUnknown), as in "push-up
// is done at body weight here". It is a pure function, safe for concurrent
// use.
func (e Equipment) UnloadedPhrase() string {
	if e == Band {
		return "band tension"
	}
	return "body weight"
}
