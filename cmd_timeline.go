package main

import "fmt"

func init() {
	register(&command{name: "timeline", args: "[PATH...]", summary: "timeline (not yet implemented)", run: func(e *env, args []string) int {
		c := lookup("timeline")
		fs := newFlags(e, c)
		fs.Bool("json", false, "print JSON (schema 1)")
		if _, status, ok := parseFlags(e, fs, args); !ok {
			return status
		}
		fmt.Fprintln(e.stderr, "dateline timeline: not implemented yet")
		return exitError
	}})
}
