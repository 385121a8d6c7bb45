package main

import "fmt"

func init() {
	register(&command{name: "search", args: "[PATH...]", summary: "search (not yet implemented)", run: func(e *env, args []string) int {
		c := lookup("search")
		fs := newFlags(e, c)
		fs.Bool("json", false, "print JSON (schema 1)")
		if _, status, ok := parseFlags(e, fs, args); !ok {
			return status
		}
		fmt.Fprintln(e.stderr, "dateline search: not implemented yet")
		return exitError
	}})
}
