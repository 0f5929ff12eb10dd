// Command mutants measures a package's mutation efficacy: it takes the
// mutants gremlins finds (its --dry-run list), applies each to a scratch
// copy of the module, and runs the package's tests the way gremlins does
// (go test -failfast PKG). A mutant is KILLED when the tests fail, LIVED
// when they pass, NOT VIABLE when it does not build and TIMED OUT past
// -timeout. Efficacy is killed / (killed + lived), as gremlins counts it.
//
// Why not gremlins' own runner: it times each mutant out at a multiple of
// one coverage run, so on a loaded machine a mutant that makes a rapid
// property fail (and then shrink for up to 30 s) and a mutant that passes
// slowly both end as TIMED OUT, which gremlins leaves out of efficacy. On
// this module that hid living mutants. This runner caps rapid's shrinking
// at a second (it only shortens runs that already failed), allows
// minutes per mutant, and turns vet off (a vet failure is not a test
// failure). It counts a mutant that does not compile as NOT VIABLE, not
// KILLED.
//
// Usage (from the module root):
//
//	go run ./scripts/mutants [-workers 2] [-timeout 3m] [-o report.json] [-E regexp ...] PKGDIR
//	go run ./scripts/mutants -rerun old.json [-o report.json] PKGDIR
//
// -rerun takes an earlier report of the same package and runs again only
// the mutants it did not kill (LIVED, TIMED OUT, ERROR), keeping the other
// statuses: after tests are added, with the package's own code unchanged
// (the report's positions must still hold; a mutant whose token moved is
// an ERROR), it gives the figure a whole run would, since added tests only
// kill more.
//
// The package's own files are mutated: not its tests and not the packages
// nested below it, which are measured when named. The JSON report lists
// every mutant with its status and, for a KILLED one, the first failing
// test.
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

const gremlins = "github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0"

// A mutant is one change gremlins would make: a token at a position.
type mutant struct {
	File   string `json:"file"` // relative to the package directory
	Line   int    `json:"line"`
	Column int    `json:"column"` // in bytes, from 1
	Type   string `json:"type"`
	Change string `json:"change,omitempty"`
	Status string `json:"status"`
	Test   string `json:"test,omitempty"` // the first failing test of a KILLED mutant
}

type report struct {
	Package    string   `json:"package"`
	Commit     string   `json:"commit"`
	Killed     int      `json:"killed"`
	Lived      int      `json:"lived"`
	TimedOut   int      `json:"timed_out"`
	NotViable  int      `json:"not_viable"`
	Errors     int      `json:"errors"` // mutants that could not be applied: counted nowhere else
	NotCovered int      `json:"not_covered"`
	Efficacy   float64  `json:"efficacy"`
	Seconds    int      `json:"seconds"`
	Mutants    []mutant `json:"mutants"`
}

type excludes []string

func (e *excludes) String() string     { return strings.Join(*e, ",") }
func (e *excludes) Set(s string) error { *e = append(*e, s); return nil }

func main() {
	workers := flag.Int("workers", runtime.NumCPU(), "tests run at once")
	timeout := flag.Duration("timeout", 3*time.Minute, "the longest one mutant's tests may run")
	out := flag.String("o", "", "write the JSON report here")
	rerun := flag.String("rerun", "", "run again only the mutants this earlier report did not kill")
	var ex excludes
	flag.Var(&ex, "E", "also leave out files matching this regexp (repeatable)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: go run ./scripts/mutants [-workers N] [-timeout D] [-o report.json] [-E regexp ...] PKGDIR")
		os.Exit(2)
	}
	if err := run(filepath.Clean(flag.Arg(0)), *workers, *timeout, *out, *rerun, ex); err != nil {
		fmt.Fprintln(os.Stderr, "mutants:", err)
		os.Exit(1)
	}
}

func run(pkg string, workers int, timeout time.Duration, out, rerun string, ex excludes) error {
	start := time.Now()
	var runnable, notCovered, kept []mutant
	var err error
	if rerun != "" {
		runnable, notCovered, kept, err = again(rerun, pkg)
	} else {
		runnable, notCovered, err = list(pkg, ex)
	}
	if err != nil {
		return err
	}
	dirs := make([]string, max(workers, 1))
	for i := range dirs {
		d, err := os.MkdirTemp("", "mutants-")
		if err != nil {
			return err
		}
		defer func() { _ = os.RemoveAll(d) }() // a temporary copy: nothing to report
		if err := copyModule(".", d); err != nil {
			return err
		}
		dirs[i] = d
	}
	if st, test := goTest(dirs[0], pkg, timeout); st != "LIVED" {
		return fmt.Errorf("the unmutated tests of %s do not pass (%s %s)", pkg, st, test)
	}
	todo := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	done := 0
	for _, d := range dirs {
		wg.Go(func() {
			for i := range todo {
				m := &runnable[i]
				m.Status, m.Change, m.Test = apply(d, pkg, m, timeout)
				mu.Lock()
				done++
				fmt.Printf("%4d/%d %-10s %s:%d:%d %s %s %s\n", done, len(runnable), m.Status, m.File, m.Line, m.Column, m.Type, m.Change, m.Test)
				mu.Unlock()
			}
		})
	}
	for i := range runnable {
		todo <- i
	}
	close(todo)
	wg.Wait()

	r := report{Package: pkg, Commit: commit(), NotCovered: len(notCovered), Seconds: int(time.Since(start).Seconds())}
	runnable = append(runnable, kept...)
	for _, m := range runnable {
		switch m.Status {
		case "KILLED":
			r.Killed++
		case "LIVED":
			r.Lived++
		case "TIMED OUT":
			r.TimedOut++
		case "NOT VIABLE":
			r.NotViable++
		case "ERROR":
			r.Errors++
		}
	}
	if r.Killed+r.Lived > 0 {
		r.Efficacy = float64(r.Killed) / float64(r.Killed+r.Lived) * 100
	}
	r.Mutants = append(runnable, notCovered...)
	sort.SliceStable(r.Mutants, func(i, j int) bool {
		a, b := r.Mutants[i], r.Mutants[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	fmt.Printf("%s at %s: killed %d, lived %d, timed out %d, not viable %d, errors %d, not covered %d: efficacy %.2f%% (%d s)\n",
		pkg, r.Commit, r.Killed, r.Lived, r.TimedOut, r.NotViable, r.Errors, r.NotCovered, r.Efficacy, r.Seconds)
	if out == "" {
		return nil
	}
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(b, '\n'), 0o644)
}

// mutantLine is a line of gremlins' dry-run output.
var mutantLine = regexp.MustCompile(`^\s*(RUNNABLE|NOT COVERED) (\w+) at (\S+):(\d+):(\d+)`)

// list asks gremlins for pkg's mutants: those its tests run and those they
// do not reach.
func list(pkg string, ex excludes) (runnable, notCovered []mutant, err error) {
	args := []string{"run", gremlins, "unleash", "--dry-run", "-E", `_test\.go$`}
	nested, err := nestedPackages(pkg)
	if err != nil {
		return nil, nil, err
	}
	for _, n := range nested {
		args = append(args, "-E", regexp.QuoteMeta(n)+"/")
	}
	for _, e := range ex {
		args = append(args, "-E", e)
	}
	cmd := exec.Command("go", append(args, "./"+filepath.ToSlash(pkg))...)
	cmd.Env = append(os.Environ(), "GOFLAGS=-vet=off")
	text, err := cmd.CombinedOutput()
	if err != nil {
		return nil, nil, fmt.Errorf("gremlins --dry-run: %w\n%s", err, text)
	}
	sc := bufio.NewScanner(bytes.NewReader(text))
	for sc.Scan() {
		f := mutantLine.FindStringSubmatch(sc.Text())
		if f == nil {
			continue
		}
		m := mutant{File: f[3], Type: f[2], Status: f[1]}
		m.Line, _ = strconv.Atoi(f[4]) // the pattern matched digits
		m.Column, _ = strconv.Atoi(f[5])
		if f[1] == "RUNNABLE" {
			runnable = append(runnable, m)
		} else {
			notCovered = append(notCovered, m)
		}
	}
	if len(runnable)+len(notCovered) == 0 {
		return nil, nil, fmt.Errorf("gremlins found no mutants in %s:\n%s", pkg, text)
	}
	return runnable, notCovered, nil
}

// again reads an earlier report of pkg: the mutants to run again (those
// not killed), those not covered, and those kept as they were.
func again(path, pkg string) (runnable, notCovered, kept []mutant, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, nil, err
	}
	var old report
	if err := json.Unmarshal(b, &old); err != nil {
		return nil, nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if filepath.Clean(old.Package) != pkg {
		return nil, nil, nil, fmt.Errorf("%s is a report of %s, not %s", path, old.Package, pkg)
	}
	for _, m := range old.Mutants {
		switch m.Status {
		case "LIVED", "TIMED OUT", "ERROR":
			runnable = append(runnable, m)
		case "NOT COVERED":
			notCovered = append(notCovered, m)
		default:
			kept = append(kept, m)
		}
	}
	return runnable, notCovered, kept, nil
}

// nestedPackages are the directories below pkg, relative to it, that hold
// Go files: separate packages, measured on their own.
func nestedPackages(pkg string) ([]string, error) {
	seen := map[string]bool{}
	err := filepath.WalkDir(pkg, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if dir := filepath.Dir(p); !d.IsDir() && strings.HasSuffix(p, ".go") && dir != pkg {
			rel, _ := filepath.Rel(pkg, dir)
			seen[filepath.ToSlash(rel)] = true
		}
		return nil
	})
	var dirs []string
	for d := range seen {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return dirs, err
}

// The token changes of gremlins' default mutators.
var changes = map[string]map[string]string{
	"CONDITIONALS_BOUNDARY": {">=": ">", ">": ">=", "<=": "<", "<": "<="},
	"CONDITIONALS_NEGATION": {"==": "!=", "!=": "==", ">=": "<", ">": "<=", "<=": ">", "<": ">="},
	"ARITHMETIC_BASE":       {"+": "-", "-": "+", "*": "/", "/": "*", "%": "*"},
	"INCREMENT_DECREMENT":   {"++": "--", "--": "++"},
	"INVERT_NEGATIVES":      {"-": "+"},
}

// mutate returns src with m applied, and the change made.
func mutate(src []byte, m *mutant) ([]byte, string, error) {
	lines := bytes.Split(src, []byte("\n"))
	if m.Line < 1 || m.Line > len(lines) {
		return nil, "", fmt.Errorf("%s:%d: no such line", m.File, m.Line)
	}
	line, i := lines[m.Line-1], m.Column-1
	table, ok := changes[m.Type]
	if !ok || i < 0 || i >= len(line) {
		return nil, "", fmt.Errorf("%s:%d:%d: cannot apply %s", m.File, m.Line, m.Column, m.Type)
	}
	tok := ""
	for _, n := range []int{2, 1} {
		if i+n <= len(line) {
			if _, ok := table[string(line[i:i+n])]; ok {
				tok = string(line[i : i+n])
				break
			}
		}
	}
	if tok == "" {
		return nil, "", fmt.Errorf("%s:%d:%d: %q is not a %s token", m.File, m.Line, m.Column, line[i:min(i+4, len(line))], m.Type)
	}
	to := table[tok]
	mut := append(append(append([]byte{}, line[:i]...), to...), line[i+len(tok):]...)
	lines[m.Line-1] = mut
	return bytes.Join(lines, []byte("\n")), tok + " to " + to, nil
}

// apply runs pkg's tests in module copy dir with m applied, and restores
// the file.
func apply(dir, pkg string, m *mutant, timeout time.Duration) (status, change, test string) {
	path := filepath.Join(dir, pkg, m.File)
	src, err := os.ReadFile(path)
	if err != nil {
		return "ERROR", "", err.Error()
	}
	mut, change, err := mutate(src, m)
	if err != nil {
		return "ERROR", "", err.Error()
	}
	if err := os.WriteFile(path, mut, 0o644); err != nil {
		return "ERROR", change, err.Error()
	}
	status, test = goTest(dir, pkg, timeout)
	if err := os.WriteFile(path, src, 0o644); err != nil {
		// The copy no longer holds the package's own code: stop here
		// rather than measure later mutants against this one.
		fmt.Fprintln(os.Stderr, "mutants: restoring", path+":", err)
		os.Exit(1)
	}
	return status, change, test
}

// goTest runs pkg's tests in dir as gremlins does, with vet off and
// rapid's shrinking capped.
func goTest(dir, pkg string, timeout time.Duration) (status, test string) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "go", "test", "-count=1", "-failfast", "./"+filepath.ToSlash(pkg), "-rapid.shrinktime=1s")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-vet=off")
	text, err := cmd.CombinedOutput()
	switch {
	case ctx.Err() != nil:
		return "TIMED OUT", ""
	case err == nil:
		return "LIVED", ""
	case bytes.Contains(text, []byte("[build failed]")) || bytes.Contains(text, []byte("[setup failed]")):
		return "NOT VIABLE", ""
	}
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		return "ERROR", err.Error()
	}
	for l := range strings.SplitSeq(string(text), "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "--- FAIL") {
			return "KILLED", l
		}
	}
	return "KILLED", lastLine(text)
}

func lastLine(b []byte) string {
	ls := strings.Split(strings.TrimSpace(string(b)), "\n")
	return ls[len(ls)-1]
}

// copyModule copies the module at src to dst, without .git.
func copyModule(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// commit is the module's HEAD, with "+" when its tree has changes.
func commit() string {
	h, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	c := strings.TrimSpace(string(h))
	if st, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(bytes.TrimSpace(st)) > 0 {
		c += "+"
	}
	return c
}
