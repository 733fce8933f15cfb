package dedup

import (
	"math/bits"
	"strings"
)

// Parameters of the fingerprint, chosen by measurement on the shared
// evaluation pages (see the README's dedup section and
// TestMeasureNearDuplicates).
const (
	// ShingleWords is the number of consecutive words hashed together into
	// one shingle. Single words make different articles on one topic look
	// alike; longer shingles make a few typos look like a different text.
	ShingleWords = 3
	// SketchHashes is the number of MinHash functions; the sketch keeps the
	// two lowest bits of each minimum (b-bit MinHash with b=2: two bits
	// tell unrelated texts apart better than one, at the same size).
	SketchHashes = 64
	// Bands and BandRows split the first Bands×BandRows minima into the
	// locality-sensitive-hashing bands: two texts become candidates when all
	// BandRows minima of one band agree, which for Jaccard similarity J
	// happens with probability 1-(1-J^BandRows)^Bands (0.96 at J=0.75,
	// 0.0004 at J=0.2).
	Bands    = 6
	BandRows = 2
)

// Fingerprint is what the index keeps of a text.
type Fingerprint struct {
	Band   [Bands]uint32 // the LSH band keys
	Sketch [4]uint32     // bits 2i and 2i+1 (of 128) are the lowest bits of minimum i
	Exact  uint64        // FNV-1a of the normalised text
	Words  int           // words in the normalised text
}

// Of returns the fingerprint of an article text: Normalize, split into
// words, hash every shingle of ShingleWords words, and keep the minima of
// SketchHashes hash functions over the set of shingles (Broder's MinHash).
// The empty text has no shingles; its minima are all the largest value.
func Of(text string) Fingerprint {
	return fingerprint(Normalize(text))
}

func fingerprint(normalized string) Fingerprint {
	words := strings.Fields(normalized)
	fp := Fingerprint{Exact: fnv1a(normalized), Words: len(words)}
	mins := minHashes(shingles(words, ShingleWords))
	for i, m := range mins {
		fp.Sketch[i/16] |= (m & 3) << (2 * (i % 16))
	}
	for b := range fp.Band {
		h := uint64(fnvOffset)
		for _, m := range mins[b*BandRows : (b+1)*BandRows] {
			h = (h ^ uint64(m)) * fnvPrime
		}
		fp.Band[b] = uint32(mix(h) >> 32)
	}
	return fp
}

// shingles returns the hashes of the runs of n consecutive words (one run
// of all words when there are fewer). A run that repeats gives its hash
// again, which changes no minimum.
func shingles(words []string, n int) []uint64 {
	if len(words) == 0 {
		return nil
	}
	wordHash := make([]uint64, len(words))
	for i, w := range words {
		wordHash[i] = fnv1a(w)
	}
	set := make([]uint64, 0, max(len(words)-n+1, 1))
	for i := 0; i == 0 || i+n <= len(words); i++ {
		h := uint64(fnvOffset)
		for _, w := range wordHash[i:min(i+n, len(words))] {
			h = (h ^ w) * fnvPrime
		}
		set = append(set, mix(h))
	}
	return set
}

// minHashes returns, for each of SketchHashes hash functions, the minimum
// over the (mixed) shingle hashes. Function j is one half of the folded
// 128-bit product (s ^ a) × b with the keys of pair j/2 (the mixing step
// of wyhash): one multiplication serves two functions.
func minHashes(set []uint64) [SketchHashes]uint32 {
	var mins [SketchHashes]uint32
	for i := range mins {
		mins[i] = ^uint32(0)
	}
	for _, s := range set {
		for j := 0; j < SketchHashes; j += 2 {
			k := &keys[j/2]
			hi, lo := bits.Mul64(s^k[0], k[1])
			h := hi ^ lo
			mins[j] = min(mins[j], uint32(h))
			mins[j+1] = min(mins[j+1], uint32(h>>32))
		}
	}
	return mins
}

// keys are the keys of the hash functions (SplitMix64 outputs, the
// multipliers odd): fixed, so fingerprints are the same in every run and
// every shard.
var keys = func() (k [SketchHashes / 2][2]uint64) {
	x := uint64(0x6c656465) // "lede"
	for i := range k {
		x += 0x9e3779b97f4a7c15 // the SplitMix64 sequence
		k[i][0] = mix(x)
		x += 0x9e3779b97f4a7c15
		k[i][1] = mix(x) | 1
	}
	return k
}()

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv1a is the 64-bit FNV-1a hash of s.
func fnv1a(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// mix is the finaliser of SplitMix64: it spreads the entropy of h over all
// 64 bits.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
