package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lede-news/lede"
)

// learnPages writes n pages of one site to dir: different paragraphs, the
// same self-promotion line between them.
func learnPages(t *testing.T, dir string, n int) {
	t.Helper()
	texts := [][2]string{
		{"Der Stadtrat hat am Montag beschlossen, den alten Hafen in den kommenden zwei Jahren zu erneuern.", "Kritik kam von der Opposition im Rat, die das Gelände lieber verkauft hätte."},
		{"Wegen eines Stellwerksausfalls fielen am Dienstagmorgen zahlreiche Regionalzüge aus.", "Pendler mussten auf Busse ausweichen, die Opposition im Rat fordert Aufklärung."},
		{"Die Gesamtschule im Norden der Stadt bekommt eine neue Turnhalle mit Zuschauertribüne.", "Eltern hatten jahrelang dafür gekämpft; die Opposition im Rat stimmte ebenfalls zu."},
		{"Nach drei Jahren Umbau öffnet das Stadtmuseum am Wochenende wieder seine Türen.", "Der Eintritt ist am ersten Tag frei, teilte die Opposition im Rat überraschend mit."},
		{"Im Rathaus sind am Mittwoch die Stimmzettel für die Kommunalwahl gedruckt worden.", "Wahlberechtigt sind rund achtzigtausend Menschen, so die Opposition im Rat."},
		{"Das Stadion soll bis zur nächsten Saison eine moderne Flutlichtanlage erhalten.", "Die Kosten trägt zur Hälfte der Verein, zur Hälfte die Stadt, bemängelt die Opposition im Rat."},
		{"An der Klinik am Park beginnt im Herbst ein Modellprojekt für Notfallpatienten.", "Ärzte und Pflegekräfte begrüßen den Versuch, die Opposition im Rat ist skeptisch."},
	}
	for i := range n {
		tx := texts[i%len(texts)]
		page := fmt.Sprintf(`<html><head><link rel="canonical" href="https://www.example.de/%d.html"><title>Seite %d</title></head><body><article><h1>Seite %d</h1>
<p>%s</p>
<p>Jeden Morgen bringt Ihnen unsere Redaktion die wichtigsten Nachrichten aus der Stadt in Ihr Postfach.</p>
<p>%s</p>
</article></body></html>`, i, i, i, tx[0], tx[1])
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("p%02d.html", i)), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func runReal(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	a := &app{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, extract: lede.ExtractBytes}
	code := a.run(context.Background(), args)
	return code, out.String(), errOut.String()
}

func TestLearnThenBatch(t *testing.T) {
	dir := t.TempDir()
	pages := filepath.Join(dir, "pages")
	os.Mkdir(pages, 0o755)
	learnPages(t, pages, 6)
	model := filepath.Join(dir, "model.jsonl")

	code, _, stderr := runReal(t, "learn", "-o", model, "--workers", "2", pages)
	if code != exitOK || !strings.Contains(stderr, "1 hosts with boilerplate") {
		t.Fatalf("learn: exit %d, %q", code, stderr)
	}
	data, _ := os.ReadFile(model)
	if !strings.Contains(string(data), `"host":"example.de","pages":6`) {
		t.Errorf("model: %s", data)
	}

	_, plain, _ := runReal(t, "batch", pages)
	code, cleaned, stderr := runReal(t, "batch", "--boilerplate", model, pages)
	if code != exitOK {
		t.Fatalf("batch: exit %d, %q", code, stderr)
	}
	count := func(jsonl, s string) (n int) {
		for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
			var a lede.Article
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a.Text, s) {
				n++
			}
		}
		return n
	}
	if n := count(plain, "Jeden Morgen"); n != 6 {
		t.Fatalf("the extractor alone should keep the line on 6 pages, not %d: %s", n, plain)
	}
	if count(cleaned, "Jeden Morgen") != 0 || count(cleaned, "Opposition im Rat") != 6 {
		t.Errorf("with the model, the line should go and the text stay: %s", cleaned)
	}

	// Learning again gives the same bytes, with any number of workers.
	again := filepath.Join(dir, "again.jsonl")
	runReal(t, "learn", "-o", again, "--workers", "1", pages)
	if data2, _ := os.ReadFile(again); !bytes.Equal(data, data2) {
		t.Errorf("models differ:\n%s\n%s", data, data2)
	}

	for _, args := range [][]string{
		{"learn", pages},
		{"learn", "-o", model},
		{"learn", "-o", model, "--min-share", "2", pages},
	} {
		if code, _, _ := runReal(t, args...); code != exitUsage {
			t.Errorf("lede %q: exit %d, want %d", args, code, exitUsage)
		}
	}
	if code, _, stderr := runReal(t, "batch", "--boilerplate", filepath.Join(pages, "p00.html"), pages); code != exitFailure || !strings.Contains(stderr, "not a lede-boilerplate model") {
		t.Errorf("a page as model: exit %d, %q", code, stderr)
	}
}
