package dedup

// simHash, measured against MinHash and not used, is Charikar's SimHash
// over the shingles of n consecutive words, each shingle weighted 1: bit i of the result is set when more shingle
// hashes have bit i set than not. Texts with many shingles in common get
// fingerprints that differ in few bits. A text shorter than n words is one
// shingle; the empty text hashes to 0.
func simHash(words []string, n int) uint64 {
	if len(words) == 0 {
		return 0
	}
	var votes [64]int32
	hashes := make([]uint64, len(words))
	for i, w := range words {
		hashes[i] = fnv1a(w)
	}
	shingles := max(len(words)-n+1, 1)
	for i := range shingles {
		var h uint64
		for _, w := range hashes[i:min(i+n, len(hashes))] {
			h = (h ^ w) * fnvPrime
		}
		h = mix(h)
		for bit := range votes {
			votes[bit] += int32(h>>bit&1)*2 - 1
		}
	}
	var sim uint64
	for bit, v := range votes {
		if v > 0 {
			sim |= 1 << bit
		}
	}
	return sim
}
