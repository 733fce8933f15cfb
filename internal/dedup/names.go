package dedup

import "encoding/binary"

// names holds the sources of the kept documents, front-coded: each name is
// stored as the length of the prefix it shares with the name before it and
// the rest. Sources of a run share long prefixes (the directory, the WARC
// file name), so a name costs a few bytes. Every restartEvery-th name is
// stored whole, so that a lookup decodes at most restartEvery names. The
// bytes are kept in blocks of blockSize, so that growing never copies
// more than a block nor leaves more than a block unused.
type names struct {
	blocks   [][]byte
	restarts []uint64 // block<<32 | offset of names 0, restartEvery, 2×restartEvery, …
	n        int
	last     []byte
}

const (
	restartEvery = 16
	blockSize    = 1 << 20
)

func (ns *names) add(name string) {
	shared := 0
	if ns.n%restartEvery == 0 {
		if len(ns.blocks) == 0 || len(ns.blocks[len(ns.blocks)-1]) > blockSize-blockSize/16 {
			ns.blocks = append(ns.blocks, make([]byte, 0, blockSize))
		}
		b := len(ns.blocks) - 1
		ns.restarts = append(ns.restarts, uint64(b)<<32|uint64(len(ns.blocks[b])))
	} else {
		for shared < len(name) && shared < len(ns.last) && name[shared] == ns.last[shared] {
			shared++
		}
	}
	block := &ns.blocks[len(ns.blocks)-1] // a restart group stays in one block
	*block = binary.AppendUvarint(*block, uint64(shared))
	*block = binary.AppendUvarint(*block, uint64(len(name)-shared))
	*block = append(*block, name[shared:]...)
	ns.last = append(ns.last[:0], name...)
	ns.n++
}

// get returns name i (0 ≤ i < n).
func (ns *names) get(i int) string {
	r := ns.restarts[i/restartEvery]
	data, off := ns.blocks[r>>32], int(uint32(r))
	var cur []byte
	for range i%restartEvery + 1 {
		shared, k := binary.Uvarint(data[off:])
		off += k
		rest, k := binary.Uvarint(data[off:])
		off += k
		cur = append(cur[:shared], data[off:off+int(rest)]...)
		off += int(rest)
	}
	return string(cur)
}

// size returns the bytes the names hold.
func (ns *names) size() int {
	n := 8*cap(ns.restarts) + cap(ns.last)
	for _, b := range ns.blocks {
		n += cap(b)
	}
	return n
}
