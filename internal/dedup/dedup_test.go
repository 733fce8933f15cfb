package dedup

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"  Hello,   World!\n\nNew\tline. ", "hello world new line"},
		{"Don't stop — it's 5 % off: $10.", "dont stop its 5 off 10"},
		{"Cafe\u0301 CAFÉ", "café café"}, // NFD and NFC, upper and lower case
		{"«Zitat» „Anführung“ 'x'", "zitat anführung x"},
		{"ΣΟΦΊΑ Straße", "σοφία straße"},
		{"東京 2024年", "東京 2024年"},
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// goldenText returns the text of a golden article of the repository.
func goldenText(t testing.TB, name string) string {
	t.Helper()
	data, err := os.ReadFile("../../testdata/golden/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var a struct{ Text string }
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	return a.Text
}

func mustAdd(t *testing.T, x *Index, source, text string) Verdict {
	t.Helper()
	v, err := x.Add(source, Of(text))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestExactDuplicates(t *testing.T) {
	text := goldenText(t, "en_news")
	x := New(0)
	if v := mustAdd(t, x, "a", text); v.Kind != Unique {
		t.Fatalf("first document: %+v", v)
	}
	for _, dup := range []string{
		text,
		strings.ToUpper(text),
		strings.ReplaceAll(strings.ReplaceAll(text, ".", " . "), "\n\n", "\n"),
	} {
		if v := mustAdd(t, x, "b", dup); v != (Verdict{Kind: Exact, Of: "a"}) {
			t.Errorf("got %+v, want exact of a", v)
		}
	}
	if x.Len() != 1 || x.n != 1 {
		t.Errorf("duplicates were indexed: %d kept, %d entries", x.Len(), x.n)
	}
}

func TestNearDuplicates(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, name := range []string{"en_news", "de_news", "en_lists", "de_latin1"} {
		text := goldenText(t, name)
		words := strings.Fields(text)
		for _, tc := range []struct{ name, text string }{
			{"teaser", "A new standfirst written by the agency that syndicated the story. " + text},
			{"boilerplate", text + "\n\nFollow us on Facebook and Twitter. All rights reserved."},
			{"typos", strings.Join(typos(words, 0.02, rng), " ")},
			{"truncated", strings.Join(words[:len(words)*85/100], " ")},
		} {
			x := New(0)
			mustAdd(t, x, name, text)
			if v := mustAdd(t, x, tc.name, tc.text); v != (Verdict{Kind: Near, Of: name}) {
				t.Errorf("%s, %s: got %+v, want near of %s", name, tc.name, v, name)
			}
		}
	}
}

func TestNotDuplicates(t *testing.T) {
	x := New(0)
	for _, name := range []string{"en_news", "de_news", "en_lists", "de_latin1", "en_tables"} {
		if v := mustAdd(t, x, name, goldenText(t, name)); v.Kind != Unique {
			t.Errorf("%s: got %+v, want unique", name, v)
		}
	}
	// A quarter of an article (Jaccard about 0.25) is under the threshold.
	words := strings.Fields(goldenText(t, "en_lists"))
	if v := mustAdd(t, x, "quarter", strings.Join(words[:len(words)/4], " ")); v.Kind != Unique {
		t.Errorf("a quarter of en_lists: got %+v, want unique", v)
	}
}

func TestFirstIsKept(t *testing.T) {
	text := goldenText(t, "de_news")
	words := strings.Fields(text)
	x := New(0)
	mustAdd(t, x, "other", goldenText(t, "en_news"))
	mustAdd(t, x, "first", strings.Join(words[:len(words)*9/10], " "))
	if v := mustAdd(t, x, "second", text); v != (Verdict{Kind: Near, Of: "first"}) {
		t.Errorf("second: got %+v, want near of first", v)
	}
	// Later documents are compared with the kept ones only: the full text
	// again is a near duplicate of the first, not an exact one of the
	// second, which was not kept.
	third := text + " Mehr zum Thema lesen Sie auf unserer Startseite."
	if v := mustAdd(t, x, "third", third); v != (Verdict{Kind: Near, Of: "first"}) {
		t.Errorf("third: got %+v, want near of first", v)
	}
	if v := mustAdd(t, x, "fourth", text); v != (Verdict{Kind: Near, Of: "first"}) {
		t.Errorf("fourth: got %+v, want near of first", v)
	}
	if v := mustAdd(t, x, "fifth", strings.Join(words[:len(words)*9/10], "  ")); v != (Verdict{Kind: Exact, Of: "first"}) {
		t.Errorf("fifth: got %+v, want exact of first", v)
	}
	if x.Len() != 2 || x.n != 2 {
		t.Errorf("%d kept, %d entries; want 2", x.Len(), x.n)
	}
}

func TestThresholdIsUsed(t *testing.T) {
	words := strings.Fields(goldenText(t, "en_lists"))
	half := strings.Join(words[:len(words)*6/10], " ")
	for _, tc := range []struct {
		threshold float64
		want      Kind
	}{{0.3, Near}, {0.9, Unique}} {
		x := New(tc.threshold)
		mustAdd(t, x, "a", strings.Join(words, " "))
		if v := mustAdd(t, x, "b", half); v.Kind != tc.want {
			t.Errorf("threshold %.1f: got %v, want %v", tc.threshold, v.Kind, tc.want)
		}
	}
}

func TestNames(t *testing.T) {
	var ns names
	var want []string
	for i := range 100 {
		s := "crawl/CC-NEWS-2024.warc.gz#" + strings.Repeat("1", i%7) + string(rune('a'+i%26))
		if i%10 == 3 {
			s = "other/" + s
		}
		ns.add(s)
		want = append(want, s)
	}
	ns.add("")
	want = append(want, "")
	for i, w := range want {
		if got := ns.get(i); got != w {
			t.Fatalf("name %d = %q, want %q", i, got, w)
		}
	}
}

// TestManyDocuments fills more than one chunk of entries and more than
// one block of names, then finds documents in each.
func TestManyDocuments(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	fps := make([]Fingerprint, chunkSize+5000)
	x := New(0)
	for i := range fps {
		for j := range fps[i].Band {
			fps[i].Band[j] = rng.Uint32()
		}
		fps[i].Sketch = [4]uint32{rng.Uint32(), rng.Uint32(), rng.Uint32(), rng.Uint32()}
		fps[i].Exact = rng.Uint64()
		source := fmt.Sprintf("%016x/%d", mix(uint64(i)), i) // 2 MB of names
		if v, err := x.Add(source, fps[i]); err != nil || v.Kind != Unique {
			t.Fatalf("document %d: %+v, %v", i, v, err)
		}
	}
	if len(x.entries) != 2 || len(x.kept.blocks) < 2 {
		t.Fatalf("%d chunks, %d blocks: the test no longer crosses them", len(x.entries), len(x.kept.blocks))
	}
	for _, i := range []int{0, 17, chunkSize - 1, chunkSize, len(fps) - 1} {
		want := Verdict{Kind: Exact, Of: fmt.Sprintf("%016x/%d", mix(uint64(i)), i)}
		if v, err := x.Add("again", fps[i]); err != nil || v != want {
			t.Errorf("document %d again: %+v, %v; want %+v", i, v, err, want)
		}
	}
}

// TestWalkIsBounded fills one bucket of every band with unrelated texts
// (the same band keys, different sketches): a lookup compares only the
// newest entries of the bucket.
func TestWalkIsBounded(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	x := New(0)
	x.maxWalk = 8
	fps := make([]Fingerprint, 20)
	for i := range fps {
		for j := range fps[i].Band {
			fps[i].Band[j] = 0xabcd0000 + uint32(j)
		}
		fps[i].Sketch = [4]uint32{rng.Uint32(), rng.Uint32(), rng.Uint32(), rng.Uint32()}
		fps[i].Exact = rng.Uint64()
		if v, err := x.Add(strconv.Itoa(i), fps[i]); err != nil || v.Kind != Unique {
			t.Fatalf("document %d: %+v, %v", i, v, err)
		}
	}
	for _, tc := range []struct {
		doc  int
		want Kind
	}{{19, Exact}, {12, Exact}, {11, Unique}, {0, Unique}} { // a Unique one is kept, the newest
		if v, _ := x.Add("again", fps[tc.doc]); v.Kind != tc.want {
			t.Errorf("document %d again: %v, want %v", tc.doc, v.Kind, tc.want)
		}
	}
}
