// Command classify judges every exercise in a free-exercise-db JSON file for
// rest-pause training and prints one line per exercise, in input order:
//
//	id<TAB>verdict<TAB>reason-codes
//
// where verdict is suitable, caution or unsuitable and reason-codes are the
// comma-separated codes of every reason (empty for a clean suitable). This
// output is a contract that other tools read. With -summary it prints the
// counts by verdict and by category instead. FILE "-" reads standard input.
//
// Usage:
//
//	go run ./examples/classify [-summary] FILE
//
// Values the file uses outside the format's vocabulary are reported on
// standard error as warnings; malformed input is an error (exit status 1),
// and bad usage exits with status 2.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/repkit/repkit/exercise"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program with its inputs and outputs as parameters; it
// returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("classify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	summary := fs.Bool("summary", false, "print counts by verdict and by category instead of one line per exercise")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: classify [-summary] FILE   (FILE - reads standard input)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	in, closeIn, err := open(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "classify:", err)
		return 1
	}
	defer closeIn()

	exercises, warnings, err := exercise.DecodeFreeExerciseDB(bufio.NewReader(in))
	if err != nil {
		fmt.Fprintf(stderr, "classify: %s: %v\n", fs.Arg(0), err)
		return 1
	}
	for _, w := range warnings {
		fmt.Fprintf(stderr, "classify: warning: %s: %v\n", fs.Arg(0), w)
	}
	out := bufio.NewWriter(stdout)
	if *summary {
		writeSummary(out, exercises)
	} else {
		writeLines(out, exercises)
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintln(stderr, "classify:", err)
		return 1
	}
	return 0
}

func open(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { _ = f.Close() }, nil // read-only: nothing to lose on close
}

// writeLines writes the line contract: id, verdict, reason codes.
func writeLines(w *bufio.Writer, exercises []exercise.Exercise) {
	var line []byte
	for _, ex := range exercises {
		a := exercise.Classify(ex)
		line = append(line[:0], ex.ID...)
		line = append(line, '\t')
		line = append(line, a.Verdict.String()...)
		line = append(line, '\t')
		line, _ = a.Reasons.AppendText(line) // Classify reports only valid reasons
		line = append(line, '\n')
		_, _ = w.Write(line) // bufio.Writer keeps the first error; the caller checks Flush
	}
}

// writeSummary writes the counts by verdict, then by category and verdict.
func writeSummary(w *bufio.Writer, exercises []exercise.Exercise) {
	verdicts := []exercise.Verdict{exercise.Suitable, exercise.Caution, exercise.Unsuitable}
	var total [4]int
	byCategory := map[exercise.Category]*[4]int{}
	for _, ex := range exercises {
		v := exercise.Classify(ex).Verdict
		total[v]++
		c := byCategory[ex.Category]
		if c == nil {
			c = new([4]int)
			byCategory[ex.Category] = c
		}
		c[v]++
	}
	fmt.Fprintf(w, "exercises\t%d\n", len(exercises))
	for _, v := range verdicts {
		fmt.Fprintf(w, "%s\t%d\n", v, total[v])
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "category\ttotal\tsuitable\tcaution\tunsuitable")
	for c := exercise.CategoryUnknown; c <= exercise.Cardio; c++ {
		n := byCategory[c]
		if n == nil {
			continue
		}
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\n", c, n[1]+n[2]+n[3], n[exercise.Suitable], n[exercise.Caution], n[exercise.Unsuitable])
	}
}
