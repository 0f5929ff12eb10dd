package restpause

// A StopPolicy decides whether a rest-pause set should end. It is the
// extension point of this package, shaped like [log/slog.Handler]: one small
// method, a func adapter ([PolicyFunc]), combinators ([Any], [All],
// [Guard]), and a conformance checker for your own policies
// (package restpause/restpausetest).
//
// Decide reads the set so far, r, and returns a [Decision]. r holds the
// activation set and every burst logged so far (possibly none, possibly
// zero-rep bursts); r.Stop is not meaningful to a policy. Implementations
// must keep this contract:
//
//   - Pure and deterministic: the answer depends only on r and on the
//     policy's own configuration, never on a clock, randomness, I/O or
//     earlier calls.
//   - Safe for concurrent use by multiple goroutines.
//   - Read-only and not retained: do not modify r or anything it points to,
//     and do not keep r or its Bursts slice after Decide returns.
//   - Total: any r, even one that fails [Record.Validate], gets an answer
//     and never a panic. Continue decisions carry no detail; stop decisions
//     use a valid [StopReason] (StopCustom for your own).
//   - Cheap: Decide runs after every burst; it should not allocate. Put
//     prose in [Decision.Note] as a constant, or numbers in Value and Limit.
//
// Pain or nerve symptoms end the set whatever a policy says: [Session]
// wraps every policy in [Guard], so a policy need not check them itself.
//
// A [Session] contains a policy that breaks the contract: it shows the
// policy a copy of its record, so writes to r are lost; an unknown reason,
// signal or burst ends the set with StopCustom; and a panic is recovered
// and returned from the log call as an error wrapping [ErrPolicy], with
// nothing logged. Code that calls Decide itself gets none of this.
type StopPolicy interface {
	Decide(r *Record) Decision
}

// PolicyFunc adapts an ordinary function to a [StopPolicy]. The function
// must keep the StopPolicy contract.
type PolicyFunc func(r *Record) Decision

// Decide returns f(r).
func (f PolicyFunc) Decide(r *Record) Decision { return f(r) }

// A nil StopPolicy given to [Any], [All] or [Guard] means "no rule": it is
// read as [Never], the policy that never stops. So Any(nil, p) behaves as
// p, All(nil, p) never stops, and Guard(nil) keeps only Guard's own rules.
// A nil member is not a panic, since a policy may come from configuration
// (an optional rule left unset, like [Protocol.Extra]).

// Any returns a policy that stops as soon as one of ps stops, and reports the
// decision of the first member, in argument order, that stops. Any() with no
// members never stops; a nil member never stops either.
func Any(ps ...StopPolicy) StopPolicy {
	return anyPolicy(clonePolicies(ps))
}

// All returns a policy that stops only when every one of ps stops, and then
// reports the first member's decision. It suits rules that must agree, such
// as "at least 3 bursts and a rep drop-off". A nil member never stops, so
// All with a nil member never stops. All needs at least one member: All()
// panics, since a vacuous "all agree" would stop every set before it began.
func All(ps ...StopPolicy) StopPolicy {
	if len(ps) == 0 {
		panic("restpause: All needs at least one policy")
	}
	return allPolicy(clonePolicies(ps))
}

// clonePolicies copies ps, nil members read as Never, so that a caller
// changing its slice later cannot change the composed policy.
func clonePolicies(ps []StopPolicy) []StopPolicy {
	out := make([]StopPolicy, len(ps))
	for i, p := range ps {
		if p == nil {
			p = Never()
		}
		out[i] = p
	}
	return out
}

type anyPolicy []StopPolicy

func (a anyPolicy) Decide(r *Record) Decision {
	for _, p := range a {
		if d := p.Decide(r); d.Stop() {
			return d
		}
	}
	return Decision{}
}

type allPolicy []StopPolicy

func (a allPolicy) Decide(r *Record) Decision {
	var first Decision
	for i, p := range a {
		d := p.Decide(r)
		if !d.Stop() {
			return Decision{}
		}
		if i == 0 {
			first = d
		}
	}
	return first
}

// Guard returns p with the rules no composition may drop, checked before p
// is asked:
//
//   - pain or nerve symptoms in any entry end the set (StopPain with
//     SignalPainOrNerve);
//   - an entry with no reps ends the set (StopMinReps, Value 0, Limit 1):
//     if not one rep was possible, a further burst at this load is not.
//
// [Session] applies Guard to every policy it runs; use it directly when you
// call Decide yourself. A nil p means "no other rule", as in [Any] and
// [All]: Guard(nil) behaves as Guard(Never()).
func Guard(p StopPolicy) StopPolicy {
	switch g := p.(type) {
	case guarded:
		return g
	case *ruleSet:
		if !g.unguarded {
			return g
		}
		c := *g
		c.unguarded = false
		return &c
	case *protocolRules:
		if !g.unguarded {
			return g
		}
		c := *g
		c.unguarded = false
		return &c
	}
	return guarded{p}
}

type guarded struct{ next StopPolicy }

func (g guarded) Decide(r *Record) Decision {
	if d := painDecision(r); d.Stop() {
		return d
	}
	if d := noRepsDecision(r); d.Stop() {
		return d
	}
	if g.next == nil {
		return Decision{}
	}
	return g.next.Decide(r)
}

// painDecision stops at the first entry with pain or nerve symptoms.
func painDecision(r *Record) Decision {
	if burst, ok := painAt(r); ok {
		return Decision{Reason: StopPain, Burst: burst, Signal: SignalPainOrNerve}
	}
	return Decision{}
}

// painAt returns the first entry (a Decision.Burst) with pain or nerve
// symptoms.
func painAt(r *Record) (int, bool) {
	if r.Activation.Signals.PainOrNerve {
		return ActivationSet, true
	}
	for i := range r.Bursts {
		if r.Bursts[i].Signals.PainOrNerve {
			return i + 1, true
		}
	}
	return 0, false
}

// noRepsDecision stops at the first entry with no reps.
func noRepsDecision(r *Record) Decision {
	if burst, reps, ok := noRepsAt(r); ok {
		return Decision{Reason: StopMinReps, Burst: burst, Value: int64(reps), Limit: 1}
	}
	return Decision{}
}

// noRepsAt returns the first entry (a Decision.Burst) with no reps, and
// its reps.
func noRepsAt(r *Record) (int, int, bool) {
	if r.Activation.Reps <= 0 {
		return ActivationSet, r.Activation.Reps, true
	}
	for i := range r.Bursts {
		if reps := r.Bursts[i].Reps; reps <= 0 {
			return i + 1, reps, true
		}
	}
	return 0, 0, false
}
