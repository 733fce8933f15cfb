package dedup

import "encoding/binary"

// names holds the sources of the indexed documents, front-coded: each name
// is stored as the length of the prefix it shares with the name before it
// and the rest. Sources of a run share long prefixes (the directory, the
// WARC file name), so a name costs a few bytes. Every restartEvery-th name
// is stored whole, so that a lookup decodes at most restartEvery names.
type names struct {
	data     []byte
	restarts []int // offset in data of names 0, restartEvery, 2×restartEvery, …
	n        int
	last     []byte
}

const restartEvery = 16

func (ns *names) add(name string) {
	shared := 0
	if ns.n%restartEvery == 0 {
		ns.restarts = append(ns.restarts, len(ns.data))
	} else {
		for shared < len(name) && shared < len(ns.last) && name[shared] == ns.last[shared] {
			shared++
		}
	}
	ns.data = binary.AppendUvarint(ns.data, uint64(shared))
	ns.data = binary.AppendUvarint(ns.data, uint64(len(name)-shared))
	ns.data = append(ns.data, name[shared:]...)
	ns.last = append(ns.last[:0], name...)
	ns.n++
}

// get returns name i (0 ≤ i < n).
func (ns *names) get(i int) string {
	off := ns.restarts[i/restartEvery]
	var cur []byte
	for range i%restartEvery + 1 {
		shared, k := binary.Uvarint(ns.data[off:])
		off += k
		rest, k := binary.Uvarint(ns.data[off:])
		off += k
		cur = append(cur[:shared], ns.data[off:off+int(rest)]...)
		off += int(rest)
	}
	return string(cur)
}
