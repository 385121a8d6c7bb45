package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/dateline-news/dateline/corpus"
)

func init() {
	register(&command{name: "actors", args: "[NAME] [PATH...]",
		summary: "list the actors with their mentions per article, or show one actor (NAME: any of its names)", run: runActors})
}

// actorJSON is one actor in `actors --json` (schema 1).
type actorJSON struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Short    string         `json:"short"`
	Kind     string         `json:"kind"`
	Role     string         `json:"role"`
	Aliases  []string       `json:"aliases"`
	Mentions map[string]int `json:"mentions"`
	Quotes   []quoteJSON    `json:"quotes"`
}

// quoteJSON is one quote of an actor in `actors --json`.
type quoteJSON struct {
	Article       string   `json:"article"`
	Text          string   `json:"text"`
	Sentence      string   `json:"sentence"`       // the sentence the quote starts in
	SentenceIndex int      `json:"sentence_index"` // its index in the article's sentences
	SharedWith    []string `json:"shared_with"`
}

func runActors(e *env, args []string) int {
	c := lookup("actors")
	fs := newFlags(e, c)
	indexDir := keptStoryFlag(fs)
	asJSON := fs.Bool("json", false, `print JSON (schema 1): {"schema":1,"actors":[{id,name,short,kind,role,aliases,mentions:{article:N},quotes:[{article,text,sentence,shared_with}]}]}`)
	all := fs.Bool("all", false, "list every actor, also those mentioned only once")
	pos, status, ok := parseFlags(e, fs, args)
	if !ok {
		return status
	}
	name, paths := splitNameArg(pos)
	st, err := loadStory(e, paths, *indexDir)
	if err != nil {
		return fail(e, err)
	}
	actors := st.Actors
	if name != "" {
		a := st.FindActor(name)
		if a == nil {
			fmt.Fprintf(e.stderr, "dateline actors: no actor is named %q%s\n", corpus.Sanitize(name), suggestActors(st, name))
			return exitError
		}
		actors = []*corpus.Actor{a}
	}
	if *asJSON {
		err := writeJSONList(e.stdout, "actors", len(actors), func(i int) any { return actorToJSON(st, actors[i]) })
		if err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	if name != "" {
		printActor(e.stdout, st, actors[0])
		return exitOK
	}
	printActors(e.stdout, actors, *all)
	return exitOK
}

// splitNameArg tells a NAME from paths: the first positional argument is
// an actor's name unless it is an existing file or folder.
func splitNameArg(pos []string) (name string, paths []string) {
	if len(pos) == 0 {
		return "", nil
	}
	if _, err := os.Stat(pos[0]); err == nil || !errors.Is(err, os.ErrNotExist) {
		return "", pos
	}
	// a missing file is still a path: the loader names the problem
	if strings.ContainsAny(pos[0], `/\`) {
		return "", pos
	}
	for _, ext := range corpus.SupportedExtensions() {
		if strings.HasSuffix(strings.ToLower(pos[0]), ext) {
			return "", pos
		}
	}
	return pos[0], pos[1:]
}

func actorToJSON(st *corpus.Story, a *corpus.Actor) actorJSON {
	j := actorJSON{ID: a.ID, Name: a.Name, Short: a.Short, Kind: a.Kind, Role: a.Role,
		Aliases: a.Aliases, Mentions: a.MentionCounts(), Quotes: []quoteJSON{}}
	if j.Aliases == nil {
		j.Aliases = []string{}
	}
	for _, q := range st.QuotesBy(a.ID) {
		sw := append([]string{}, q.SharedWith...)
		sort.Strings(sw)
		j.Quotes = append(j.Quotes, quoteJSON{Article: q.Article, Text: q.Text, Sentence: sentenceText(st, q.Article, q.Sentence), SentenceIndex: q.Sentence, SharedWith: sw})
	}
	return j
}

// printActors prints one line per actor and its mentions per article.
// Unless all is set, actors mentioned only once are counted, not listed:
// a name read once is the least certain to be an actor.
func printActors(w io.Writer, actors []*corpus.Actor, all bool) {
	if len(actors) == 0 {
		fmt.Fprintln(w, "no actors found")
		return
	}
	once := 0
	for _, a := range actors {
		if !all && len(a.Mentions) < 2 {
			once++
			continue
		}
		counts := a.MentionCounts()
		fmt.Fprintf(w, "%s · %s · %d mentions in %d articles\n", actorTitle(a), a.Kind, len(a.Mentions), len(counts))
		fmt.Fprintf(w, "    %s\n", articleCounts(counts, 6))
	}
	if once > 0 {
		fmt.Fprintf(w, "and %d more mentioned once (--all lists them)\n", once)
	}
}

// actorTitle is an actor's name with its short name.
func actorTitle(a *corpus.Actor) string {
	t := corpus.Sanitize(a.Name)
	if a.Short != "" && !strings.EqualFold(a.Short, a.Name) {
		t += " (" + corpus.Sanitize(a.Short) + ")"
	}
	return t
}

// articleCounts formats mention counts per article, most first, at most
// max of them.
func articleCounts(counts map[string]int, max int) string {
	ids := sortedKeys(counts)
	sort.SliceStable(ids, func(i, j int) bool { return counts[ids[i]] > counts[ids[j]] })
	var parts []string
	for i, id := range ids {
		if i == max {
			parts = append(parts, fmt.Sprintf("… %d more", len(ids)-max))
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", corpus.Sanitize(id), counts[id]))
	}
	return strings.Join(parts, " · ")
}

// printActor shows one actor: names, role, mentions and quotes.
func printActor(w io.Writer, st *corpus.Story, a *corpus.Actor) {
	fmt.Fprintln(w, actorTitle(a))
	fmt.Fprintf(w, "  id:       %s\n", a.ID)
	fmt.Fprintf(w, "  kind:     %s\n", a.Kind)
	if a.Role != "" {
		fmt.Fprintf(w, "  role:     %s\n", corpus.Sanitize(a.Role))
	}
	if len(a.Aliases) > 0 {
		al := make([]string, len(a.Aliases))
		for i, s := range a.Aliases {
			al[i] = corpus.Sanitize(s)
		}
		fmt.Fprintf(w, "  aliases:  %s\n", strings.Join(al, ", "))
	}
	counts := a.MentionCounts()
	fmt.Fprintf(w, "  mentions: %d in %d articles\n", len(a.Mentions), len(counts))
	forms := map[string]map[string]int{}
	for _, m := range a.Mentions {
		if forms[m.Article] == nil {
			forms[m.Article] = map[string]int{}
		}
		forms[m.Article][m.Alias]++
	}
	for _, id := range sortedKeys(counts) {
		var fs []string
		for _, f := range sortedKeys(forms[id]) {
			fs = append(fs, fmt.Sprintf("%q ×%d", corpus.Sanitize(f), forms[id][f]))
		}
		fmt.Fprintf(w, "    %s: %d (%s)\n", corpus.Sanitize(id), counts[id], strings.Join(fs, ", "))
	}
	qs := st.QuotesBy(a.ID)
	if len(qs) == 0 {
		return
	}
	fmt.Fprintf(w, "  quotes:   %d\n", len(qs))
	for _, q := range qs {
		kind := "said"
		if !q.Direct {
			kind = "reported"
		}
		fmt.Fprintf(w, "    %s, sentence %d (%s): “%s”\n", corpus.Sanitize(q.Article), q.Sentence+1, kind, corpus.Sanitize(q.Text))
		if len(q.SharedWith) > 0 {
			sw := make([]string, len(q.SharedWith))
			for i, s := range q.SharedWith {
				sw[i] = corpus.Sanitize(s)
			}
			sort.Strings(sw)
			fmt.Fprintf(w, "      also in: %s\n", strings.Join(sw, ", "))
		}
	}
}

// suggestActors names actors whose names contain NAME, for an error message.
func suggestActors(st *corpus.Story, name string) string {
	n := strings.ToLower(name)
	var hits []string
	for _, a := range st.Actors {
		for _, al := range append([]string{a.Name, a.Short}, a.Aliases...) {
			if al != "" && strings.Contains(strings.ToLower(al), n) {
				hits = append(hits, corpus.Sanitize(a.Name))
				break
			}
		}
		if len(hits) == 5 {
			break
		}
	}
	if len(hits) == 0 {
		return " (run \"dateline actors\" for the list)"
	}
	return "; did you mean " + strings.Join(hits, ", ") + "?"
}
