package textin

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lede-news/lede/internal/model"
)

func FuzzExtract(f *testing.F) {
	f.Add(withChrome("Kerry in Moskau:USA und Russland", "Von Julian Hans, Moskau", de1, de2, "Zwischentitel", de3))
	f.Add(page("• a b c d", "• e f g h", en1, "- 5", "x:", "1 2 3", "2 3 4"))
	f.Add("\n\n:\n•\n© \n")
	f.Add("Foto: \xff\xfe\n" + de1)
	f.Fuzz(func(t *testing.T, s string) {
		r := Extract(s)
		for _, b := range r.Blocks {
			if strings.TrimSpace(b.Text) == "" {
				t.Fatalf("empty block %+v", b)
			}
			if b.Type == model.List && len(b.Items) < 2 {
				t.Fatalf("list of %d items", len(b.Items))
			}
		}
		if !utf8.ValidString(s) {
			return
		}
		for _, v := range []string{r.Kicker, r.Headline, r.Teaser, r.Dateline, r.ImageCredit, r.ImageCaption} {
			if !utf8.ValidString(v) {
				t.Fatalf("invalid UTF-8 out of valid input: %q", v)
			}
		}
		// every body line comes from the input
		for _, b := range r.Blocks {
			if b.Type != model.List && !strings.Contains(strings.Join(strings.Fields(s), " "), b.Text) {
				t.Fatalf("block %q not in the input", b.Text)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	var lines []string
	for i := 0; i < 20; i++ {
		lines = append(lines, menu...)
	}
	lines = append(lines, "Ein Titel über die Brücke der Stadt", "Von Julian Hans, Moskau")
	for i := 0; i < 10; i++ {
		lines = append(lines, de1, de2, "Zwischentitel hier", de3, de4)
	}
	lines = append(lines, footer...)
	text := page(lines...)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}
