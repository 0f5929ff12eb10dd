package history

import "os"

// ImportFile is [Import] of the file named name: it opens the file, reads
// it with o, and closes it (read-only, so a close error loses nothing and
// is not reported). An error opening the file is returned as
// [os.Open] gives it (an *fs.PathError naming the path); otherwise results
// and errors are Import's. It is safe for concurrent use with other
// imports, of the same file too.
func ImportFile(name string, o Options) (*History, []*RowError, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer func() { _ = f.Close() }()
	return Import(f, o)
}
