package dedup

import "fmt"

// Mode says what a run does with duplicates.
type Mode uint8

const (
	Off  Mode = iota // no deduplication
	Mark             // duplicates are written with "duplicate" and "duplicate_of"
	Drop             // duplicates are left out and counted
)

// String returns "off", "mark" or "drop".
func (m Mode) String() string {
	switch m {
	case Mark:
		return "mark"
	case Drop:
		return "drop"
	}
	return "off"
}

// ParseMode reads "off", "mark" or "drop".
func ParseMode(s string) (Mode, error) {
	for _, m := range []Mode{Off, Mark, Drop} {
		if s == m.String() {
			return m, nil
		}
	}
	return Off, fmt.Errorf("dedup mode %q: want mark, drop or off", s)
}
