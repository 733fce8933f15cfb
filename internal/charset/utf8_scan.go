package charset

import (
	"encoding/binary"
	"unicode/utf8"
)

// highBits has the top bit of each byte in a 64-bit word set.
const highBits = 0x8080808080808080

// hasHighByte reports whether data holds a byte outside 7-bit ASCII,
// reading eight bytes at a time.
func hasHighByte(data []byte) bool {
	for len(data) >= 8 {
		if binary.LittleEndian.Uint64(data)&highBits != 0 {
			return true
		}
		data = data[8:]
	}
	for _, c := range data {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// asciiPrefix returns the length of the 7-bit ASCII run at the start of
// data, reading eight bytes at a time.
func asciiPrefix(data []byte) int {
	i := 0
	for i+8 <= len(data) && binary.LittleEndian.Uint64(data[i:])&highBits == 0 {
		i += 8
	}
	for i < len(data) && data[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// utf8Stats counts the valid multi-byte UTF-8 sequences in data and the
// bytes that are not part of any valid sequence. A sequence cut off by the
// end of data counts as invalid bytes.
func utf8Stats(data []byte) (multi, invalid int) {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i += asciiPrefix(data[i:])
			continue
		}
		_, size := utf8.DecodeRune(data[i:])
		if size == 1 {
			invalid++
		} else {
			multi++
		}
		i += size
	}
	return multi, invalid
}
