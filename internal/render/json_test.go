package render

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/lede-news/lede/internal/model"
)

// The keys of the Article JSON schema v1, as listed in issue 2.
var (
	articleKeys = []string{
		"schema_version", "url", "canonical_url", "site_name", "language",
		"kicker", "headline", "teaser", "highlights",
		"authors", "agencies", "dateline",
		"published", "modified",
		"section", "tags", "image",
		"body", "text", "word_count",
	}
	articleListKeys = []string{"highlights", "authors", "agencies", "tags", "body"}
	imageKeys       = []string{"url", "caption", "credit"}
)

func decodeJSON(t *testing.T, a *model.Article) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(render(t, a, JSON)), &m); err != nil {
		t.Fatalf("JSON output does not decode: %v", err)
	}
	return m
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestJSONSchemaKeys(t *testing.T) {
	tests := []struct {
		name string
		a    *model.Article
	}{
		{"full", sampleArticle()},
		{"zero", &model.Article{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := decodeJSON(t, tt.a)
			want := slices.Sorted(slices.Values(articleKeys))
			if got := sortedKeys(m); !slices.Equal(got, want) {
				t.Errorf("keys = %v\nwant %v", got, want)
			}
			for _, k := range articleListKeys {
				if _, ok := m[k].([]any); !ok {
					t.Errorf("%q = %#v, want a JSON array", k, m[k])
				}
			}
			img, ok := m["image"].(map[string]any)
			if !ok {
				t.Fatalf("image = %#v, want an object", m["image"])
			}
			if got := sortedKeys(img); !slices.Equal(got, slices.Sorted(slices.Values(imageKeys))) {
				t.Errorf("image keys = %v, want %v", got, imageKeys)
			}
			if m["schema_version"] != float64(model.SchemaVersion) {
				t.Errorf("schema_version = %v, want %d", m["schema_version"], model.SchemaVersion)
			}
		})
	}
}

func TestJSONBlockKeys(t *testing.T) {
	m := decodeJSON(t, sampleArticle())
	body := m["body"].([]any)
	want := map[string][]string{
		"paragraph":    {"text", "type"},
		"heading":      {"level", "text", "type"},
		"list":         {"items", "text", "type"},
		"quote":        {"text", "type"},
		"table":        {"rows", "text", "type"},
		"preformatted": {"text", "type"},
	}
	for _, raw := range body {
		b := raw.(map[string]any)
		typ := b["type"].(string)
		if got := sortedKeys(b); !slices.Equal(got, want[typ]) {
			t.Errorf("%s block keys = %v, want %v", typ, got, want[typ])
		}
	}
}

func TestJSONNilListsAreEmpty(t *testing.T) {
	a := &model.Article{Body: []model.Block{
		{Type: model.Table, Text: "a", Rows: [][]string{{"a"}, nil}},
	}}
	out := render(t, a, JSON)
	if strings.Contains(out, "null") {
		t.Errorf("JSON output has null:\n%s", out)
	}
}

// TestJSONRoundTrip checks that every schema field survives: decoding the
// output gives back the Article without its inline runs.
func TestJSONRoundTrip(t *testing.T) {
	a := sampleArticle()
	var got model.Article
	if err := json.Unmarshal([]byte(render(t, a, JSON)), &got); err != nil {
		t.Fatal(err)
	}
	want := *a
	want.Body = slices.Clone(a.Body)
	for i := range want.Body {
		want.Body[i].Runs, want.Body[i].ItemRuns, want.Body[i].Ordered = nil, nil, false
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

func TestJSONDoesNotEscapeHTML(t *testing.T) {
	a := &model.Article{Headline: "A & B <i>"}
	if out := render(t, a, JSON); !strings.Contains(out, `"headline": "A & B <i>"`) {
		t.Errorf("headline escaped for HTML:\n%s", out)
	}
}
