package boiler

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
)

// Format and Version name the model file format (see the package doc).
const (
	Format  = "lede-boilerplate"
	Version = 1
)

// ErrFormat is returned by Load for a file that is not a model this
// version can read.
var ErrFormat = errors.New("boiler: not a lede-boilerplate model")

// Model is what a Learner learned: per host, the keys of its recurring
// lines. It is read-only once made, and safe for concurrent use.
type Model struct {
	Options Options // the options it was learned with
	hosts   map[string]*hostModel
}

type hostModel struct {
	pages   int
	entries []Entry      // sorted, for the file
	keys    map[key]Kind // for Apply
}

// Entry is one learned key of a host.
type Entry struct {
	Kind  Kind
	Text  string // the normalised line, label, prefix or suffix
	Pages int    // on how many of the host's pages it was seen
}

// sortEntries orders entries by kind, then text.
func sortEntries(es []Entry) {
	sort.Slice(es, func(i, j int) bool {
		if es[i].Kind != es[j].Kind {
			return es[i].Kind < es[j].Kind
		}
		return es[i].Text < es[j].Text
	})
}

// Hosts returns the hosts that have learned keys, sorted.
func (m *Model) Hosts() []string {
	hosts := make([]string, 0, len(m.hosts))
	for h := range m.hosts {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	return hosts
}

// Entries returns the learned keys of host, sorted by kind and text.
func (m *Model) Entries(host string) []Entry {
	if hm := m.hosts[host]; hm != nil {
		return append([]Entry(nil), hm.entries...)
	}
	return nil
}

// fileHeader is the first line of a model file.
type fileHeader struct {
	Format   string  `json:"format"`
	Version  int     `json:"version"`
	MinPages int     `json:"min_pages"`
	MinShare float64 `json:"min_share"`
	MaxKeys  int     `json:"max_keys_per_host"`
	Hosts    int     `json:"hosts"`
}

// fileHost is one host's line of a model file.
type fileHost struct {
	Host  string      `json:"host"`
	Pages int         `json:"pages"`
	Keys  []fileEntry `json:"keys"`
}

type fileEntry struct {
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Pages int    `json:"pages"`
}

// Save writes the model as JSON Lines: a header, then one line per host in
// sorted order. The same model always gives the same bytes.
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	hosts := m.Hosts()
	o := m.Options
	if err := enc.Encode(fileHeader{Format, Version, o.MinPages, o.MinShare, o.MaxKeysPerHost, len(hosts)}); err != nil {
		return err
	}
	for _, h := range hosts {
		hm := m.hosts[h]
		fh := fileHost{Host: h, Pages: hm.pages, Keys: make([]fileEntry, len(hm.entries))}
		for i, e := range hm.entries {
			fh.Keys[i] = fileEntry{e.Kind.String(), e.Text, e.Pages}
		}
		if err := enc.Encode(fh); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// maxLine bounds one line of a model file (one host's keys).
const maxLine = 64 << 20

// Load reads a model written by Save. A file of another format or version,
// or with a malformed line, is refused with an error naming the line.
func Load(r io.Reader) (*Model, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("boiler: reading model: %w", err)
		}
		return nil, fmt.Errorf("%w: empty file", ErrFormat)
	}
	var hd fileHeader
	if err := json.Unmarshal(sc.Bytes(), &hd); err != nil || hd.Format != Format {
		return nil, fmt.Errorf("%w: line 1 is not a %s header", ErrFormat, Format)
	}
	if hd.Version != Version {
		return nil, fmt.Errorf("%w: version %d, this lede reads version %d", ErrFormat, hd.Version, Version)
	}
	m := &Model{
		Options: Options{MinPages: hd.MinPages, MinShare: hd.MinShare, MaxKeysPerHost: hd.MaxKeys},
		hosts:   map[string]*hostModel{},
	}
	for n := 2; sc.Scan(); n++ {
		var fh fileHost
		if err := json.Unmarshal(sc.Bytes(), &fh); err != nil || fh.Host == "" {
			return nil, fmt.Errorf("%w: line %d is not a host line", ErrFormat, n)
		}
		hm := &hostModel{pages: fh.Pages, keys: make(map[key]Kind, len(fh.Keys))}
		for _, fe := range fh.Keys {
			k, ok := parseKind(fe.Kind)
			if !ok {
				return nil, fmt.Errorf("%w: line %d: unknown kind %q", ErrFormat, n, fe.Kind)
			}
			hm.keys[hashKey(k, fe.Text)] = k
			hm.entries = append(hm.entries, Entry{k, fe.Text, fe.Pages})
		}
		sortEntries(hm.entries)
		m.hosts[fh.Host] = hm
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("boiler: reading model: %w", err)
	}
	return m, nil
}
