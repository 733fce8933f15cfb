package boiler

import "strings"

// Kind says which part of a line a key stands for.
type Kind uint8

// The key kinds. A line is counted under its whole normalised text and,
// when it is short enough to be a templated line ("Lesen Sie mehr zum
// Thema Kerry", "Read more: …", "© 2024 Example Media. All rights
// reserved"), under its first and last words and the label before a colon:
// the parts that stay the same when a template fills in a word per page.
const (
	KindLine   Kind = iota // the whole line
	KindLabel              // the words before the first colon
	KindPrefix             // the first PrefixWords words
	KindSuffix             // the last PrefixWords words
)

var kindNames = [...]string{KindLine: "line", KindLabel: "label", KindPrefix: "prefix", KindSuffix: "suffix"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

func parseKind(s string) (Kind, bool) {
	for k, name := range kindNames {
		if name == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// Sizes of the variant keys.
const (
	// PrefixWords is the number of words of a prefix or suffix key.
	PrefixWords = 3
	// MaxLabelWords is the longest label before a colon that is a key.
	MaxLabelWords = 5
	// MaxVariantWords is the longest line (in normalised words) counted
	// and removed by its label, prefix or suffix. Longer lines are prose
	// and are only ever removed when the whole line recurs.
	MaxVariantWords = 30
)

// key is a hashed (kind, normalised text) pair.
type key uint64

// hashKey is 64-bit FNV-1a over the kind byte, a zero byte and the text,
// written out so that hashing a line allocates nothing.
func hashKey(k Kind, text string) key {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	h = (h ^ uint64(k)) * prime
	h *= prime // the zero byte
	for i := 0; i < len(text); i++ {
		h = (h ^ uint64(text[i])) * prime
	}
	return key(h)
}

// lineKey is one key of a line, with its text for the model file.
type lineKey struct {
	kind Kind
	text string
	hash key
}

// lineKeys returns the keys of a line: the whole line, unless it has no
// word of its own (only numbers and dates); and, for a line of more than
// PrefixWords and at most MaxVariantWords words, its prefix, suffix and
// (when it has one) label, each only when it holds a content word (three
// letters or more, not a function word). raw is the line as written, used
// to find the colon.
//
// Keys without words are left out because they say nothing about a site:
// counted over 990 unrelated articles of the trafilatura set pooled as one
// host, the only keys on more than 1% of the pages were "0", "0 0", the
// suffixes "0 0 0", "0 M 0", "M 0 0", "0 0 uhr" — the ends of sentences
// with dates and times in them.
func lineKeys(raw string, dst []lineKey) []lineKey {
	norm, words := normalize(raw)
	if !hasWord(words, 1) {
		return dst
	}
	dst = append(dst, lineKey{KindLine, norm, hashKey(KindLine, norm)})
	if len(words) <= PrefixWords || len(words) > MaxVariantWords {
		return dst
	}
	if p := words[:PrefixWords]; hasContentWord(p) {
		t := strings.Join(p, " ")
		dst = append(dst, lineKey{KindPrefix, t, hashKey(KindPrefix, t)})
	}
	if s := words[len(words)-PrefixWords:]; hasContentWord(s) {
		t := strings.Join(s, " ")
		dst = append(dst, lineKey{KindSuffix, t, hashKey(KindSuffix, t)})
	}
	if label, rest, ok := strings.Cut(raw, ":"); ok {
		ln, lw := normalize(label)
		_, rw := normalize(rest)
		if len(lw) <= MaxLabelWords && len(rw) > 0 && hasContentWord(lw) {
			dst = append(dst, lineKey{KindLabel, ln, hashKey(KindLabel, ln)})
		}
	}
	return dst
}

// hasWord reports whether words hold a word of at least n letters other
// than the month and weekday classes (normalised digits are "0").
func hasWord(words []string, n int) bool {
	for _, w := range words {
		if isWord(w, n) {
			return true
		}
	}
	return false
}

// isWord reports whether a normalised word has at least n letters and is
// no month or weekday class.
func isWord(w string, n int) bool {
	if w == "M" || w == "D" {
		return false
	}
	letters := 0
	for _, r := range w {
		if r != '0' {
			letters++
		}
	}
	return letters >= n
}
