// Package restpause models rest-pause training as one parent set: an
// activation set, then short rests and small follow-up bursts with the same
// exercise and load, ended by a stop policy.
package restpause
