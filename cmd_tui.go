package main

import (
	"flag"

	"github.com/dateline-news/dateline/tui"
)

// runTUI opens the terminal UI on the corpus named by args (the seeds when
// there is none).
func runTUI(e *env, args []string) int {
	c := &command{name: "", args: "[PATH...]", summary: "open the terminal UI"}
	fs := flag.NewFlagSet("dateline", flag.ContinueOnError)
	fs.Usage = func() { usage(fs.Output()) }
	_ = c
	paths, status, ok := parseFlags(e, fs, args)
	if !ok {
		return status
	}
	st, err := loadStory(e, paths)
	if err != nil {
		return fail(e, err)
	}
	if err := tui.Run(st, tui.Options{}); err != nil {
		return fail(e, err)
	}
	return exitOK
}
