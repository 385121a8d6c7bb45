package main

import "fmt"

func init() {
	register(&command{name: "actors", args: "[PATH...]", summary: "actors (not yet implemented)", run: func(e *env, args []string) int {
		c := lookup("actors")
		fs := newFlags(e, c)
		fs.Bool("json", false, "print JSON (schema 1)")
		if _, status, ok := parseFlags(e, fs, args); !ok {
			return status
		}
		fmt.Fprintln(e.stderr, "dateline actors: not implemented yet")
		return exitError
	}})
}
