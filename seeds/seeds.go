// Package seeds embeds Dateline's default corpus: four news articles about
// one story from different outlets, with a manifest (dateline.yaml) that
// carries only what the texts cannot say for themselves.
package seeds

import "embed"

// FS holds the seed articles and their manifest at its root.
//
//go:embed *.txt dateline.yaml
var FS embed.FS
