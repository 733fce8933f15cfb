package boiler

import (
	"hash/fnv"
	"strings"
)

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

func hashKey(k Kind, text string) key {
	h := fnv.New64a()
	h.Write([]byte{byte(k), 0})
	h.Write([]byte(text))
	return key(h.Sum64())
}

// lineKey is one key of a line, with its text for the model file.
type lineKey struct {
	kind Kind
	text string
	hash key
}

// lineKeys returns the keys of a line: nothing for a line without words;
// the whole line; and, for a line of more than PrefixWords and at most
// MaxVariantWords words, its prefix, suffix and (when it has one) label.
// raw is the line as written, used to find the colon.
func lineKeys(raw string, dst []lineKey) []lineKey {
	norm, words := normalize(raw)
	if norm == "" {
		return dst
	}
	dst = append(dst, lineKey{KindLine, norm, hashKey(KindLine, norm)})
	if len(words) <= PrefixWords || len(words) > MaxVariantWords {
		return dst
	}
	p := strings.Join(words[:PrefixWords], " ")
	s := strings.Join(words[len(words)-PrefixWords:], " ")
	dst = append(dst, lineKey{KindPrefix, p, hashKey(KindPrefix, p)},
		lineKey{KindSuffix, s, hashKey(KindSuffix, s)})
	if label, rest, ok := strings.Cut(raw, ":"); ok {
		ln, lw := normalize(label)
		_, rw := normalize(rest)
		if len(lw) > 0 && len(lw) <= MaxLabelWords && len(rw) > 0 {
			dst = append(dst, lineKey{KindLabel, ln, hashKey(KindLabel, ln)})
		}
	}
	return dst
}
