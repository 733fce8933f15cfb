package dedup

import (
	"errors"
	"math"
	"math/bits"
)

// Kind says whether a document duplicates an earlier one, and how.
type Kind uint8

const (
	Unique Kind = iota // no earlier document is like it
	Exact              // an earlier document has the same normalised text
	Near               // an earlier document is similar enough (Index.Threshold)
)

// String returns "", "exact" or "near", as written in "duplicate".
func (k Kind) String() string {
	switch k {
	case Exact:
		return "exact"
	case Near:
		return "near"
	}
	return ""
}

// Verdict is the index's decision on one document.
type Verdict struct {
	Kind Kind
	// Of is the source of the kept document this one duplicates. Empty
	// when Kind is Unique.
	Of string
}

// DefaultThreshold is the estimated Jaccard similarity of the shingle sets
// from which two texts are near duplicates. Measured on the shared
// evaluation pages (README, dedup section): different articles stay below
// it, re-published ones (another teaser, boilerplate lines, typos,
// truncation to three quarters) stay above.
const DefaultThreshold = 0.5

// ErrFull is returned by Add when the index holds math.MaxUint32-1 entries.
var ErrFull = errors.New("dedup: index full")

// Index finds, for each document added, an earlier kept document with the
// same or a similar text. Documents are judged in the order they are
// added: a document like no kept one is kept, and later documents are
// compared with the kept ones only, so a duplicate is always similar to
// the document it names, and duplicates cost no memory. An Index is not
// safe for concurrent use.
type Index struct {
	minAgree int        // sketch values (of SketchHashes) that must agree for a near duplicate
	maxWalk  int        // entries compared per bucket (maxWalk; tests lower it)
	entries  [][]entry  // one per kept document, in chunks of chunkSize
	n        uint32     // entries
	heads    [][]uint32 // per band: bucket → latest entry id+1 in its chain
	kept     names      // sources of the kept documents, by entry
}

// entry is what the index keeps of a kept document: 44 bytes, one cache
// line read per candidate.
type entry struct {
	sketch [4]uint32     // Fingerprint.Sketch
	exact  uint32        // low bits of Fingerprint.Exact
	next   [Bands]uint32 // per band: the previous entry id+1 in the same bucket
}

// chunkSize is the number of entries in a chunk: growing by chunks rather
// than by one slice keeps the spare capacity under one chunk (2.75 MiB).
const chunkSize = 1 << 16

// entry returns the entry with the given id (1-based).
func (x *Index) entry(id uint32) *entry {
	return &x.entries[(id-1)/chunkSize][(id-1)%chunkSize]
}

// bucketBits sets the buckets per band. A lookup compares the sketches of
// about Bands × kept documents / 2^bucketBits entries (370 at a million);
// the heads cost 384 KiB, which small runs pay too.
const bucketBits = 14

// maxWalk bounds the entries of one bucket a lookup compares: a run of
// many kept texts that share band keys (a template with a few words
// changed, just under the threshold) would otherwise cost time quadratic
// in their number. Beyond it the oldest entries of the bucket are not
// compared. Normal buckets reach it at about 10^9 kept documents.
const maxWalk = 1 << 14

// New returns an empty index with the given threshold on the estimated
// Jaccard similarity (0 < threshold ≤ 1; otherwise DefaultThreshold).
func New(threshold float64) *Index {
	if !(threshold > 0 && threshold <= 1) {
		threshold = DefaultThreshold
	}
	// The 2-bit values of a sketch agree when the minima are equal
	// (probability J) or by chance (1/4 of the rest): with probability
	// J + (1-J)/4.
	agree := int(math.Ceil(SketchHashes * (threshold + (1-threshold)/4)))
	return &Index{minAgree: agree, maxWalk: maxWalk}
}

// Len returns the number of documents kept.
func (x *Index) Len() int { return x.kept.n }

// Add judges the document with fingerprint fp against the kept documents
// and, when it duplicates none, keeps it under source.
func (x *Index) Add(source string, fp Fingerprint) (Verdict, error) {
	if x.heads == nil {
		x.heads = make([][]uint32, Bands)
		for b := range x.heads {
			x.heads[b] = make([]uint32, 1<<bucketBits)
		}
	}
	sketch, exact := fp.Sketch, uint32(fp.Exact)
	best, kind := uint32(math.MaxUint32), Unique
	for b, key := range fp.Band {
		id := x.heads[b][key>>(32-bucketBits)]
		for walked := 0; id != 0 && walked < x.maxWalk; walked++ {
			e := x.entry(id)
			if k := x.compare(e, sketch, exact); better(k, id, kind, best) {
				best, kind = id, k
			}
			id = e.next[b]
		}
	}
	if kind != Unique {
		return Verdict{Kind: kind, Of: x.kept.get(int(best - 1))}, nil
	}
	if x.n >= math.MaxUint32-1 {
		return Verdict{}, ErrFull
	}
	x.kept.add(source)
	e := entry{sketch: sketch, exact: exact}
	x.n++
	for b, key := range fp.Band {
		head := &x.heads[b][key>>(32-bucketBits)]
		e.next[b], *head = *head, x.n
	}
	if int(x.n-1)%chunkSize == 0 {
		x.entries = append(x.entries, nil)
	}
	last := &x.entries[len(x.entries)-1]
	if len(*last) == cap(*last) { // doubling up to chunkSize exactly: small runs stay small
		grown := make([]entry, len(*last), min(chunkSize, max(256, 2*cap(*last))))
		copy(grown, *last)
		*last = grown
	}
	*last = append(*last, e)
	return Verdict{}, nil
}

// better says whether a match of kind k with entry id is preferred to the
// best so far: an exact match to a near one, then the earliest kept.
func better(k Kind, id uint32, bestKind Kind, best uint32) bool {
	switch {
	case k == Unique:
		return false
	case bestKind == Unique, k == Exact && bestKind == Near:
		return true
	}
	return k == bestKind && id < best
}

// compare says whether the document with sketch and exact hash duplicates
// entry e.
func (x *Index) compare(e *entry, sketch [4]uint32, exact uint32) Kind {
	differ := 0
	for i, s := range sketch {
		differ += differingPairs(e.sketch[i] ^ s)
	}
	switch {
	case differ == 0 && e.exact == exact:
		return Exact
	case SketchHashes-differ >= x.minAgree:
		return Near
	}
	return Unique
}

// differingPairs counts the 2-bit lanes of x that are not zero.
func differingPairs(x uint32) int {
	return bits.OnesCount32((x | x>>1) & 0x55555555)
}
