// Command dateline follows one news story across many outlets: its
// timeline, its actors and who said what, and the figures sources disagree
// on. With no command it opens the terminal UI; the subcommands print the
// same analysis as text or JSON.
//
//	dateline [command] [flags] [PATH...]
//
// main parses the command line, loads and analyses the corpus, and
// dispatches to a subcommand (cmd_*.go) or to tui.Run. Errors go to stderr
// before the terminal UI starts.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/seeds"
)

// version is set at build time with -ldflags "-X main.version=…"; without
// it the module version from the build info is used.
var version = ""

// exit statuses
const (
	exitOK    = 0
	exitError = 1 // the command ran and failed
	exitUsage = 2 // bad flags, arguments or paths
)

// command is one subcommand of dateline.
type command struct {
	name    string
	args    string // argument synopsis for usage
	summary string
	// run parses its own flags from args and does the work.
	run func(env *env, args []string) int
}

// commands in the order help lists them; cmd_*.go files add theirs in init.
var commands []*command

func register(c *command) { commands = append(commands, c) }

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// env is what a command runs with: its output streams.
type env struct {
	stdout, stderr io.Writer
	// isTerminal says stderr is a terminal (progress lines are shown).
	isTerminal bool
	// notice, when set, is also told every warning (the TUI shows them
	// while it runs).
	notice func(msg string)
	// progress, when set, is the progress line shown on stderr: a message
	// clears it first rather than run on from it.
	progress *progressLine
}

// warn prints a warning on stderr: a skipped file, an index rebuilt, a
// plan changed. The run goes on.
func (e *env) warn(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	e.say("dateline: %s\n", msg)
	if e.notice != nil {
		e.notice(msg)
	}
}

// say prints a message on stderr, on lines of its own even while a
// progress line is shown.
func (e *env) say(format string, args ...any) {
	if e.progress != nil {
		e.progress.print(fmt.Sprintf(format, args...))
		return
	}
	fmt.Fprintf(e.stderr, format, args...)
}

func main() {
	// output is buffered: a report of a large corpus was hundreds of
	// thousands of small writes, most of its time (warnings and progress
	// go to stderr unbuffered; the TUI draws on the terminal itself)
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	e := &env{stdout: out, stderr: os.Stderr, isTerminal: isTerminal(os.Stderr)}
	status := run(e, os.Args[1:])
	if err := out.Flush(); err != nil && status == exitOK {
		fmt.Fprintf(os.Stderr, "dateline: %v\n", err)
		status = exitError
	}
	os.Exit(status)
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// run dispatches the command line and returns the exit status.
func run(e *env, args []string) int {
	if len(args) > 0 {
		switch args[0] {
		case "-h", "-help", "--help", "help":
			if len(args) > 1 && lookup(args[1]) != nil {
				return lookup(args[1]).run(e, []string{"--help"})
			}
			usage(e.stdout)
			return exitOK
		case "-version", "--version", "version":
			fmt.Fprintf(e.stdout, "dateline %s\n", versionString())
			return exitOK
		}
		if c := lookup(args[0]); c != nil {
			return c.run(e, args[1:])
		}
	}
	return runTUI(e, args)
}

func versionString() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func usage(w io.Writer) {
	fmt.Fprintf(w, `Dateline follows one news story across many outlets: the timeline of what
happened when, who is in the story and what they said, and the figures the
sources disagree on.

Usage:
  dateline [PATH...]                   open the terminal UI (the seeds when no PATH)
  dateline COMMAND [flags] [PATH...]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, `
PATH is a file or folder (walked recursively) of articles: %s.
With no PATH the built-in seed corpus is used. Run "dateline COMMAND --help"
for a command's flags; "dateline --version" prints the version.
`, strings.Join(corpus.SupportedExtensions(), " "))
}

// newFlags makes a command's flag set with usage that prints to stdout on
// --help and errors to stderr.
func newFlags(e *env, c *command) *flag.FlagSet {
	fs := flag.NewFlagSet("dateline "+c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: dateline %s [flags] %s\n\n%s\n\nFlags:\n", c.name, c.args, c.summary)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses flags that may come before, between or after the
// positional arguments (the standard flag package stops at the first
// positional one, so parsing is resumed after each). It returns the
// positional arguments; when ok is false the caller exits with status.
// A bad flag is reported in one line.
func parseFlags(e *env, fs *flag.FlagSet, args []string) (pos []string, status int, ok bool) {
	for _, a := range args {
		if a == "--" {
			break
		}
		if a == "-h" || a == "--help" || a == "-help" {
			fs.SetOutput(e.stdout)
			fs.Usage()
			return nil, exitOK, false
		}
	}
	fs.SetOutput(io.Discard)
	defer fs.SetOutput(e.stderr)
	for {
		if err := fs.Parse(args); err != nil {
			fmt.Fprintf(e.stderr, "%s: %v (see --help)\n", fs.Name(), err)
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, 0, true
		}
		// fs.Parse stops at "--" or at the first positional argument
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// multiFlag is a repeatable string flag (--actor A --actor B).
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// loadCorpus loads the articles at paths, or the embedded seeds when there
// are none. Problems with single files are printed to stderr as warnings;
// a path that cannot be read at all is an error.
func loadCorpus(e *env, paths []string) (*corpus.Corpus, error) {
	if len(paths) == 0 {
		c, err := corpus.Load(seeds.FS, ".")
		if err != nil {
			return nil, fmt.Errorf("seeds: %w", err)
		}
		if c.Name == "" {
			c.Name = "seeds"
		}
		return c, nil
	}
	var all *corpus.Corpus
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		if _, err := statPath(p); err != nil {
			return nil, err
		}
		root, rel := splitRoot(abs)
		c, err := corpus.Load(os.DirFS(root), rel)
		if c != nil {
			for _, pr := range c.Problems {
				pr.Path = displayPath(p, rel, pr.Path)
			}
			for _, a := range c.Articles {
				a.Origin = displayPath(p, rel, a.Origin)
				for i := range a.Origins {
					a.Origins[i] = displayPath(p, rel, a.Origins[i])
				}
			}
		}
		if err != nil && !errors.Is(err, corpus.ErrNoArticles) {
			return nil, err
		}
		if all == nil {
			all = c
			if all.Name == "" {
				all.Name = filepath.Base(abs)
			}
			continue
		}
		all.Articles = append(all.Articles, c.Articles...)
		all.Aliases = append(all.Aliases, c.Aliases...)
		all.Problems = append(all.Problems, c.Problems...)
	}
	if len(all.Articles) == 0 {
		if len(all.Problems) > 0 {
			return nil, fmt.Errorf("%w that could be loaded; first problem: %v", corpus.ErrNoArticles, all.Problems[0])
		}
		return nil, fmt.Errorf("%w in %s (readable formats: %s)", corpus.ErrNoArticles, strings.Join(paths, ", "), strings.Join(corpus.SupportedExtensions(), " "))
	}
	if len(paths) > 1 {
		all.Name = fmt.Sprintf("%d paths", len(paths))
		all.Articles = corpus.MergeDuplicates(all.Articles)
		dedupeIDs(all.Articles)
	}
	reportProblems(e, all.Problems)
	return all, nil
}

// splitRoot splits an absolute path into a filesystem root and an fs.FS
// path inside it.
func splitRoot(abs string) (string, string) {
	vol := filepath.VolumeName(abs)
	root := vol + string(filepath.Separator)
	rel := filepath.ToSlash(strings.TrimPrefix(abs, root))
	if rel == "" {
		rel = "."
	}
	return root, rel
}

// displayPath rewrites an fs.FS path under rel as the user wrote it (arg).
func displayPath(arg, rel, p string) string {
	if p == rel {
		return arg
	}
	if strings.HasPrefix(p, rel+"/") {
		return filepath.Join(arg, filepath.FromSlash(p[len(rel)+1:]))
	}
	return p
}

// dedupeIDs makes article ids unique across several paths.
func dedupeIDs(arts []*corpus.Article) {
	seen := map[string]int{}
	for _, a := range arts {
		if n := seen[a.ID]; n > 0 {
			seen[a.ID]++
			a.ID = fmt.Sprintf("%s~%d", a.ID, n+1)
			continue
		}
		seen[a.ID] = 1
	}
}

// reportProblems prints skipped files to stderr, at most a screenful.
func reportProblems(e *env, probs []*corpus.LoadError) {
	const max = 20
	for i, p := range probs {
		if i == max {
			e.warn("… and %d more files skipped", len(probs)-max)
			break
		}
		e.warn("skipped %v", p)
	}
}

// keptStoryFlag adds --index to a command that needs the whole story:
// the folder where the TUI kept it (its own --index).
func keptStoryFlag(fs *flag.FlagSet) *string {
	return fs.String("index", "", "read the analysis the TUI kept in index folder `DIR` (its --index; default: the user's cache folder for large corpora)")
}

// loadStory loads and analyses the corpus at paths, or reads the story
// kept for it in the index folder indexDir (by default the cache's, when
// the corpus is large) when it is unchanged (indexing.go).
func loadStory(e *env, paths []string, indexDir string) (*corpus.Story, error) {
	if st := cachedStory(e, paths, indexDir); st != nil {
		return st, nil
	}
	c, err := loadCorpus(e, paths)
	if err != nil {
		return nil, err
	}
	return corpus.Analyse(c), nil
}

// statPath is os.Stat with an error that names the path as the user gave
// it, once: "corpus/x: no such file or directory".
func statPath(p string) (os.FileInfo, error) {
	info, err := os.Stat(p)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return info, nil
}

// fail prints an error as one line and returns the exit status for it:
// problems with paths are usage errors.
func fail(e *env, err error) int {
	fmt.Fprintf(e.stderr, "dateline: %v\n", err)
	var pe *os.PathError
	if errors.As(err, &pe) || errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrPermission) || errors.Is(err, corpus.ErrNoArticles) {
		return exitUsage
	}
	return exitError
}

// writeJSON prints v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// jsonList is a list of a JSON document, written item by item; or, made
// by jsonField, a field written whole.
type jsonList struct {
	key  string
	n    int // -1 for a field
	item func(i int) any
}

// jsonField is a field of a JSON document that is not a list.
func jsonField(key string, v any) jsonList {
	return jsonList{key: key, n: -1, item: func(int) any { return v }}
}

// writeJSONList prints {"schema": 1, key: [item(0), …, item(n-1)]}.
func writeJSONList(w io.Writer, key string, n int, item func(i int) any) error {
	return writeJSONLists(w, jsonList{key, n, item})
}

// writeJSONLists prints {"schema": 1, key: [items], …} byte for byte as
// writeJSON would, but one item at a time: encoding/json builds a whole
// document in memory before writing it, and at 100,000 articles `actors
// --json` runs to more than a gigabyte. Each item goes out in one write;
// the command's stdout is buffered (main).
func writeJSONLists(w io.Writer, lists ...jsonList) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// encode appends v to buf without the newline Encode ends it with
	encode := func(v any) error {
		if err := enc.Encode(v); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1)
		return nil
	}
	flush := func() error {
		_, err := w.Write(buf.Bytes())
		buf.Reset()
		return err
	}
	buf.WriteString("{\n  \"schema\": 1")
	for _, l := range lists {
		k, err := json.Marshal(l.key)
		if err != nil {
			return err
		}
		fmt.Fprintf(&buf, ",\n  %s: ", k)
		if l.n < 0 {
			enc.SetIndent("  ", "  ")
			if err := encode(l.item(0)); err != nil {
				return err
			}
			continue
		}
		enc.SetIndent("    ", "  ")
		buf.WriteByte('[')
		for i := range l.n {
			if i > 0 {
				buf.WriteByte(',')
			}
			buf.WriteString("\n    ")
			if err := encode(l.item(i)); err != nil {
				return err
			}
			if err := flush(); err != nil {
				return err
			}
		}
		if l.n > 0 {
			buf.WriteString("\n  ")
		}
		buf.WriteByte(']')
	}
	buf.WriteString("\n}\n")
	return flush()
}

// dateString formats a calendar day as YYYY-MM-DD, or nil when unknown.
func dateString(t interface{ IsZero() bool }) any {
	if t.IsZero() {
		return nil
	}
	type formatter interface{ Format(string) string }
	return t.(formatter).Format("2006-01-02")
}

// sentenceText returns the text of sentence i of an article, or "" when
// there is no such sentence (the dateline, a stale index).
func sentenceText(st *corpus.Story, article string, i int) string {
	a := st.Article(article)
	if a == nil || i < 0 || i >= len(a.Sentences) {
		return ""
	}
	return a.Sentences[i].Text
}

// sortedKeys returns a map's keys in order.
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
