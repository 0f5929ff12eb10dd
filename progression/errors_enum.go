package progression

// Error is the former name of [FieldError].
//
// Deprecated: use FieldError. The alias stays only until the enum codecs
// (enum.go) are rewritten on the shared internal helper, which will name
// FieldError; then it goes, before the first release.
type Error = FieldError
