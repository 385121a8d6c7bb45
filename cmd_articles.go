package main

import (
	"fmt"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

func init() {
	register(&command{name: "articles", args: "[PATH...]", summary: "list the articles with their metadata and cleaned text", run: runArticles})
}

// articleJSON is one article in `articles --json` (schema 1).
type articleJSON struct {
	ID              string   `json:"id"`
	Title           string   `json:"title"`
	Source          string   `json:"source"`
	URL             string   `json:"url"`
	Author          string   `json:"author"`
	Published       any      `json:"published"`     // YYYY-MM-DD or YYYY-MM-DDTHH:MM, null when unknown
	PublishedHow    any      `json:"published_how"` // metadata, text, inferred or null
	PublishedReason string   `json:"published_reason,omitempty"`
	Dateline        string   `json:"dateline,omitempty"`
	Origin          string   `json:"origin"`
	Origins         []string `json:"origins,omitempty"` // every file the same text came from, when more than one
	Words           int      `json:"words"`
	Paragraphs      int      `json:"paragraphs"`
	Sentences       int      `json:"sentences"`
	Text            string   `json:"text"`
}

// publishedString formats an article's publication date for output.
func publishedString(a *corpus.Article) any {
	if !a.HasPublished() {
		return nil
	}
	if a.PublishedHasTime {
		return a.Published.Format("2006-01-02T15:04")
	}
	return a.Published.Format("2006-01-02")
}

func publishedHow(a *corpus.Article) any {
	if a.PublishedHow == corpus.PublishedUnknown {
		return nil
	}
	return string(a.PublishedHow)
}

func runArticles(e *env, args []string) int {
	c := lookup("articles")
	fs := newFlags(e, c)
	indexDir := keptStoryFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON (schema 1): {\"schema\":1,\"articles\":[{id,title,source,published,published_how,words,text,…}]}")
	paths, status, ok := parseFlags(e, fs, args)
	if !ok {
		return status
	}
	st, err := loadStory(e, paths, *indexDir)
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		err := writeJSONLists(e.stdout, jsonField("name", st.Name),
			jsonList{"articles", len(st.Articles), func(i int) any { return articleToJSON(st.Articles[i]) }})
		if err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%s: %d articles\n\n", st.Name, len(st.Articles))
	for _, a := range st.Articles {
		pub := "date unknown"
		if a.HasPublished() {
			pub = a.Published.Format("2 Jan 2006")
			if a.PublishedHasTime {
				pub = a.Published.Format("2 Jan 2006 15:04")
			}
			pub += " (" + string(a.PublishedHow) + ")"
		}
		title := a.Title
		if title == "" {
			title = "(no headline)"
		}
		src := a.Source
		if src == "" {
			src = "source unknown"
		}
		fmt.Fprintf(e.stdout, "%s\n  %s\n  %s · %s · %d words · %s\n\n", a.ID, title, src, pub, a.Words, a.Origin)
	}
	return exitOK
}

var _ = time.Time{}

func articleToJSON(a *corpus.Article) articleJSON {
	j := articleJSON{ID: a.ID, Title: a.Title, Source: a.Source, URL: a.URL, Author: a.Author,
		Published: publishedString(a), PublishedHow: publishedHow(a), PublishedReason: a.PublishedReason,
		Dateline: a.Dateline, Origin: a.Origin, Words: a.Words, Paragraphs: len(a.Paragraphs),
		Sentences: len(a.Sentences), Text: a.Text}
	if len(a.Origins) > 1 {
		j.Origins = a.Origins
	}
	return j
}
