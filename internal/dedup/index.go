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
	// Of is the source of the first document of the group the document
	// joins: the kept one. Empty when Kind is Unique.
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

// Index finds, for each document added, an earlier document with the same
// or a similar text. Documents are judged in the order they are added; the
// first of a group is kept, later ones are duplicates of it. A document is
// a near duplicate when it is similar to any earlier document (kept or
// not), and joins that document's group, so groups are chains of similar
// texts. An Index is not safe for concurrent use.
type Index struct {
	minAgree int        // sketch values (of SketchHashes) that must agree for a near duplicate
	entries  [][]entry  // one per document that is not an exact duplicate, in chunks of chunkSize
	n        uint32     // entries
	heads    [][]uint32 // per band: bucket → latest entry id+1 in its chain
	kept     names      // sources of the kept documents, by group
}

// entry is what the index keeps of a document: 48 bytes, one cache line
// read per candidate.
type entry struct {
	sketch [2]uint64
	exact  uint32        // low bits of Fingerprint.Exact
	group  uint32        // index in kept of the group's first document
	next   [Bands]uint32 // per band: the previous entry id+1 in the same bucket
}

// chunkSize is the number of entries in a chunk: growing by chunks rather
// than by one slice keeps the spare capacity under one chunk (3 MiB).
const chunkSize = 1 << 16

// entry returns the entry with the given id (1-based).
func (x *Index) entry(id uint32) *entry {
	return &x.entries[(id-1)/chunkSize][(id-1)%chunkSize]
}

// bucketBits sets the buckets per band. A lookup compares the sketches of
// about Bands × documents / 2^bucketBits entries (90 at a million
// documents).
const bucketBits = 16

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
	return &Index{minAgree: agree}
}

// Len returns the number of documents kept (groups).
func (x *Index) Len() int { return x.kept.n }

// Add judges the document with fingerprint fp, then records it under
// source. An exact duplicate adds nothing to the index.
func (x *Index) Add(source string, fp Fingerprint) (Verdict, error) {
	if x.heads == nil {
		x.heads = make([][]uint32, Bands)
		for b := range x.heads {
			x.heads[b] = make([]uint32, 1<<bucketBits)
		}
	}
	exact := uint32(fp.Exact)
	best, kind := uint32(math.MaxUint32), Unique
	for b, key := range fp.Band {
		for id := x.heads[b][key>>(32-bucketBits)]; id != 0; id = x.entry(id).next[b] {
			e := x.entry(id)
			if k := x.compare(e, fp.Sketch, exact); better(k, e.group, kind, best) {
				best, kind = e.group, k
			}
		}
	}
	if kind == Exact {
		return Verdict{Kind: Exact, Of: x.kept.get(int(best))}, nil
	}
	if x.n >= math.MaxUint32-1 {
		return Verdict{}, ErrFull
	}
	v := Verdict{Kind: kind}
	if kind == Unique {
		best = uint32(x.kept.n)
		x.kept.add(source)
	} else {
		v.Of = x.kept.get(int(best))
	}
	e := entry{sketch: fp.Sketch, exact: exact, group: best}
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
	return v, nil
}

// better says whether a match of kind k with group g is preferred to the
// best so far: an exact match to a near one, then the earliest group.
func better(k Kind, g uint32, bestKind Kind, best uint32) bool {
	switch {
	case k == Unique:
		return false
	case bestKind == Unique, k == Exact && bestKind == Near:
		return true
	}
	return k == bestKind && g < best
}

// compare says whether the document with sketch and exact hash duplicates
// entry e.
func (x *Index) compare(e *entry, sketch [2]uint64, exact uint32) Kind {
	differ := differingPairs(e.sketch[0]^sketch[0]) + differingPairs(e.sketch[1]^sketch[1])
	switch {
	case differ == 0 && e.exact == exact:
		return Exact
	case SketchHashes-differ >= x.minAgree:
		return Near
	}
	return Unique
}

// differingPairs counts the 2-bit lanes of x that are not zero.
func differingPairs(x uint64) int {
	return bits.OnesCount64((x | x>>1) & 0x5555555555555555)
}
