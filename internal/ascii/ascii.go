// Package ascii holds the small ASCII text helpers that repkit's parsers
// share: case-insensitive comparison and trimming of spaces and tabs. They
// never allocate and work on both strings and byte slices, so a parser can
// read a []byte from a file without converting it.
package ascii

// EqualFold reports whether s equals lower, a lower-case ASCII word, ignoring
// ASCII case. Bytes outside A-Z must match exactly.
func EqualFold[T string | []byte](s T, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := range len(s) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// HasFoldPrefix reports whether s starts with prefix, a lower-case ASCII
// word, ignoring ASCII case.
func HasFoldPrefix[T string | []byte](s T, prefix string) bool {
	return len(s) >= len(prefix) && EqualFold(s[:len(prefix)], prefix)
}

// HasFoldSuffix reports whether s ends with suffix, a lower-case ASCII word,
// ignoring ASCII case.
func HasFoldSuffix[T string | []byte](s T, suffix string) bool {
	return len(s) >= len(suffix) && EqualFold(s[len(s)-len(suffix):], suffix)
}

// TrimSpace removes the spaces and tabs at both ends of s.
func TrimSpace[T string | []byte](s T) T {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}
