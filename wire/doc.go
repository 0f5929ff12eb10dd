// Package wire is repkit's wire format: the JSON Schema (draft 2020-12) of
// every value an app stores or sends, and TypeScript declarations that
// match them, so a server, a web client and a phone read one form.
//
// Every wire value follows the same rules, whichever package defines it:
//
//   - Keys are snake_case: lower-case letters, digits and underscores.
//     Optional values are left out when zero; required keys are always
//     written.
//   - Enums are their lower-case kebab-case names, such as "rest-pause" or
//     "technique-lost"; a set of enum values is a JSON array of names.
//   - Durations are JSON numbers of seconds, such as 20 or 2.5, exact to
//     the nanosecond: Swift's TimeInterval, Kotlin's Double seconds and
//     TypeScript's number read them without a parser. Readers also accept
//     Go's duration text ("20s") that repkit wrote before.
//   - Loads are text with their unit, such as "102.5kg"; efforts are text
//     such as "rpe 8.5" or "rir 2"; times are RFC 3339 text.
//
// [Schema] returns one type's schema by its name, such as "record" or
// "session_state"; [Names] lists the names; [TypeScript] returns the
// declarations. The schemas are generated from the Go types and checked by
// the package's tests: the values repkit makes while running a lifter's six
// weeks (sessions, plans, audits, decisions, an import, a review) and the
// zero value of every wire type are validated against their schemas with a
// JSON Schema validator, every example in a schema decodes back to the
// value it shows, and the TypeScript declarations are compiled against the
// same examples.
//
// The package holds only embedded, read-only files; its functions are safe
// for concurrent use.
package wire
