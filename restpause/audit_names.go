package restpause

import "slices"

// UnresolvedNames returns the exercise names of the records r lists as
// Unresolved, each once, in the order first listed; history is the slice
// the report was made from. Indexes outside history are passed over. Nil
// when none. It is a pure function of its arguments, safe for concurrent
// use.
func (r AuditReport) UnresolvedNames(history []Record) []string {
	var names []string
	for _, i := range r.Unresolved {
		if i >= 0 && i < len(history) && !slices.Contains(names, history[i].Exercise) {
			names = append(names, history[i].Exercise)
		}
	}
	return names
}
