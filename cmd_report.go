package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/report"
)

func init() {
	register(&command{name: "report", args: "[PATH...]",
		summary: "write a briefing of the story: Markdown, HTML, JSON or TimelineJS", run: runReport})
}

// reportFormats maps --format values to the report writers.
var reportFormats = map[string]func(io.Writer, *corpus.Story) error{
	"md":         report.Markdown,
	"markdown":   report.Markdown,
	"html":       report.HTML,
	"json":       report.JSON,
	"timelinejs": report.TimelineJS,
}

func runReport(e *env, args []string) int {
	c := lookup("report")
	fs := newFlags(e, c)
	indexDir := keptStoryFlag(fs)
	format := fs.String("format", "md", "md (a Markdown briefing), html (one self-contained page), json (schema 1) or timelinejs (TimelineJS's JSON)")
	asJSON := fs.Bool("json", false, "the same as --format json")
	out := fs.String("out", "-", "write the report to FILE and say where it went; - for stdout")
	paths, status, ok := parseFlags(e, fs, args)
	if !ok {
		return status
	}
	if *asJSON {
		*format = "json"
	}
	write, known := reportFormats[strings.ToLower(*format)]
	if !known {
		names := make([]string, 0, len(reportFormats))
		for n := range reportFormats {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(e.stderr, "dateline report: unknown format %q (use %s) (see --help)\n", *format, strings.Join(names, ", "))
		return exitUsage
	}
	st, err := loadStory(e, paths, *indexDir)
	if err != nil {
		return fail(e, err)
	}
	if *out == "-" || *out == "" {
		if err := write(e.stdout, st); err != nil {
			return fail(e, fmt.Errorf("report: %w", err))
		}
		return exitOK
	}
	// render first, so that a failure leaves no half-written file
	var b bytes.Buffer
	if err := write(&b, st); err != nil {
		return fail(e, fmt.Errorf("report: %w", err))
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		return fail(e, fmt.Errorf("report: %w", err))
	}
	fmt.Fprintf(e.stdout, "dateline: wrote the %s report to %s (%d bytes)\n", strings.ToLower(*format), *out, b.Len())
	return exitOK
}
