package coding

import (
	"reflect"
	"testing"
)

func TestUndo(t *testing.T) {
	for in, want := range map[string][]string{
		"":                     nil,
		"gzip":                 {"gzip"},
		"deflate, GZIP":        {"gzip", "deflate"},
		" identity , br ,, ":   {"br"},
		"gzip, identity, gzip": {"gzip", "gzip"},
	} {
		if got := Undo(in); !reflect.DeepEqual(got, want) {
			t.Errorf("Undo(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsZlib(t *testing.T) {
	if !IsZlib([]byte{0x78, 0x9c, 0x01}) || !IsZlib([]byte{0x78, 0x01}) {
		t.Error("zlib headers not recognised")
	}
	if IsZlib([]byte{0x78}) || IsZlib([]byte{0x1f, 0x8b}) || IsZlib([]byte{0x78, 0x9d}) {
		t.Error("not zlib taken for zlib")
	}
}
