package corpus

import (
	"fmt"
	"maps"
	"slices"

	"gopkg.in/yaml.v3"
)

// ManifestName is the file name of a corpus folder's manifest.
const ManifestName = "dateline.yaml"

// Manifest is a corpus folder's own knowledge: a name for the story,
// per-article metadata and actor aliases the texts cannot tie together on
// their own. Example:
//
//	name: Harbour workers' strike
//	source: Example Gazette          # default source for the folder
//	articles:
//	  003_harbour-vote:
//	    title: Harbour workers vote to strike
//	    published: 2024-12-11T22:39
//	aliases:
//	  - name: Port Authority of Example
//	    short: Port Authority
//	    kind: organisation
//	    aliases: [the port bosses, PAE]
type Manifest struct {
	Name     string                 `yaml:"name"`
	Source   string                 `yaml:"source"`
	Articles map[string]ArticleMeta `yaml:"articles"`
	Aliases  []AliasEntry           `yaml:"aliases"`
}

// ArticleMeta is metadata the manifest sets for one article (by id).
type ArticleMeta struct {
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	Published string `yaml:"published"`
	URL       string `yaml:"url"`
	Author    string `yaml:"author"`
}

// AliasEntry names one actor and the other names it goes by in a corpus.
type AliasEntry struct {
	Name    string   `yaml:"name"`
	Short   string   `yaml:"short"`
	Kind    string   `yaml:"kind"` // person, organisation or place
	Role    string   `yaml:"role"`
	Aliases []string `yaml:"aliases"`
}

// ParseManifest reads a dateline.yaml manifest.
func ParseManifest(data []byte) (*Manifest, error) {
	var m Manifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	for i, a := range m.Aliases {
		if a.Name == "" {
			return nil, fmt.Errorf("manifest: alias entry %d has no name", i+1)
		}
		switch a.Kind {
		case "", KindPerson, KindOrganisation, KindPlace:
		default:
			return nil, fmt.Errorf("manifest: alias entry %q: kind %q is not person, organisation or place", a.Name, a.Kind)
		}
	}
	// in id order, so that of several bad dates the same one is reported
	// every time
	for _, id := range slices.Sorted(maps.Keys(m.Articles)) {
		if meta := m.Articles[id]; meta.Published != "" {
			if _, _, err := ParsePublished(meta.Published); err != nil {
				return nil, fmt.Errorf("manifest: article %s: %w", id, err)
			}
		}
	}
	return &m, nil
}
