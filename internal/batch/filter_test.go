package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

func TestFilterKeepsLineWithReason(t *testing.T) {
	dir := pagesDir(t, 10)
	odd := func(a *lede.Article) string {
		if strings.HasSuffix(a.Headline, "1") || strings.HasSuffix(a.Headline, "3") {
			return "language xx"
		}
		return ""
	}
	for _, drop := range []bool{false, true} {
		var out bytes.Buffer
		sum, err := Run(context.Background(), Config{Extract: fakeExtract, Filter: odd, DropFiltered: drop}, []string{dir}, &out, nil)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		filtered := 0
		for _, l := range lines {
			var v map[string]any
			if err := json.Unmarshal([]byte(l), &v); err != nil {
				t.Fatal(err)
			}
			if v["filtered"] != nil {
				filtered++
				if v["filtered"] != "language xx" || v["text"] != "" || v["headline"] == "" {
					t.Errorf("filtered line %s: want the reason and the metadata without text", l)
				}
			} else if v["text"] == "" {
				t.Errorf("kept line without its text: %s", l)
			}
		}
		want, wantFiltered := 10, 2
		if drop {
			want, wantFiltered = 8, 0
		}
		if len(lines) != want || filtered != wantFiltered {
			t.Errorf("drop=%v: %d lines, %d filtered; want %d, %d", drop, len(lines), filtered, want, wantFiltered)
		}
		if sum.Documents != 10 || sum.Filtered["language"] != 2 {
			t.Errorf("drop=%v: summary %+v, want 10 documents, 2 filtered by language", drop, sum)
		}
	}
}
