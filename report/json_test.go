package report

import (
	"encoding/json"
	"testing"
)

func TestJSONGolden(t *testing.T) {
	golden(t, "fixture.json.golden", render(t, JSON, fixtureStory(t)))
	golden(t, "seeds.json.golden", renderSeeds(t, JSON))
}

// TestJSONHasTheBriefing reads the JSON report back and checks it carries
// what the Markdown briefing shows.
func TestJSONHasTheBriefing(t *testing.T) {
	var br Briefing
	if err := json.Unmarshal(render(t, JSON, fixtureStory(t)), &br); err != nil {
		t.Fatal(err)
	}
	if br.Schema != 1 || br.Name != "Old Mill bridge closure" {
		t.Errorf("schema %d, name %q", br.Schema, br.Name)
	}
	if len(br.Articles) != 3 || br.Articles[1].Published == nil || *br.Articles[1].Published != "2025-02-27T09:15" ||
		br.Articles[1].PublishedHow == nil || *br.Articles[1].PublishedHow != "metadata" || br.Articles[2].Published != nil {
		t.Errorf("articles: %+v", br.Articles)
	}
	if len(br.Timeline.Dated) != 4 || len(br.Timeline.Undated) != 1 || br.Timeline.Undated[0].Ref != 3 {
		t.Fatalf("timeline: %d dated, undated %+v", len(br.Timeline.Dated), br.Timeline.Undated)
	}
	if e := br.Timeline.Dated[0]; e.Start == nil || *e.Start != "2019-01-01" || e.When != "since 2019" {
		t.Errorf("first event %+v", e)
	}
	if e := br.Timeline.Dated[3]; len(e.Reports) != 2 || e.Reports[1].Expression != "on Monday" || e.Reports[1].Ref != 2 {
		t.Errorf("last event %+v", e)
	}
	if len(br.Quantities) != 2 || br.Quantities[0].Status != "conflict" || br.Quantities[0].Index != 1 {
		t.Fatalf("quantities not conflict first: %+v", br.Quantities)
	}
	c := br.Quantities[0].Claims[1]
	if c.Value != 6e6 || c.Unit != "GBP" || c.Speaker != "Tom Baker" || c.Date == nil || *c.Date != "2025-02-27T09:15" || c.Sentence == "" {
		t.Errorf("claim %+v", c)
	}
	if br.Figures != 5 || len(br.Other) != 1 {
		t.Errorf("figures %d, other %d", br.Figures, len(br.Other))
	}
	if len(br.Actors) != 3 || br.Actors[0].Name != "Ana Ruiz" || len(br.Actors[0].Quotes) != 1 || !br.Actors[0].Quotes[0].Shared ||
		len(br.Actors[0].Quotes[0].Also) != 1 || br.Actors[0].Quotes[0].Also[0].Article != "herald" {
		t.Errorf("actors %+v", br.Actors)
	}
	if len(br.Unattributed) != 1 || br.Unattributed[0].Speaker != "one shopkeeper" {
		t.Errorf("unattributed %+v", br.Unattributed)
	}
}
