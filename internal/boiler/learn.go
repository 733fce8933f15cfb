package boiler

import (
	"math"
	"strings"

	"github.com/lede-news/lede/internal/model"
)

// Options set what counts as boilerplate. The zero value gives the defaults.
type Options struct {
	// MinPages is the least number of a host's pages a key must be seen on
	// (default 5, at least 2). A host with fewer pages learns nothing.
	MinPages int
	// MinShare is the least share of a host's pages a key must be seen on
	// (default 0.2).
	MinShare float64
	// MaxKeysPerHost bounds the keys counted for one host (default 16384).
	// When a host reaches it, the keys seen on a single page are forgotten
	// (then those seen on two, and so on, until at most half are left): a
	// lossy count whose error only ever lowers a key's count, by at most
	// one per pruning, so a key that recurs on many pages still passes.
	MaxKeysPerHost int
}

// Defaults of Options.
const (
	DefaultMinPages       = 5
	DefaultMinShare       = 0.2
	DefaultMaxKeysPerHost = 1 << 14
)

func (o Options) withDefaults() Options {
	switch {
	case o.MinPages <= 0:
		o.MinPages = DefaultMinPages
	case o.MinPages < 2:
		o.MinPages = 2 // a key's text is kept from its second page on
	}
	if o.MinShare <= 0 {
		o.MinShare = DefaultMinShare
	}
	if o.MaxKeysPerHost <= 0 {
		o.MaxKeysPerHost = DefaultMaxKeysPerHost
	}
	return o
}

// threshold is the number of pages a key needs on a host with n pages.
func (o Options) threshold(n int) int {
	return max(o.MinPages, int(math.Ceil(o.MinShare*float64(n)-1e-9)))
}

// Learner counts, per host, on how many pages each key occurs. Feed it
// every article of the corpus with Add, in a fixed order, then call Model.
// The result depends only on the articles and their order (the lossy
// pruning is the only order-dependent part). A Learner is not safe for
// concurrent use.
//
// Memory: per host, a map from 64-bit key hashes to 32-bit counts (about
// 40 bytes an entry with the map's overhead), at most MaxKeysPerHost
// entries, plus the text of the keys seen on two pages or more, which the
// model file needs, plus three 64-bit hashes per page (its URL, canonical
// URL and text, to count a page once). A host seen once costs its three
// maps and its line hashes, roughly 1–2 KB; the number of hosts is not
// capped, so a crawl of a million hosts needs a few GB to learn (shard by
// host to bound it).
type Learner struct {
	opts  Options
	hosts map[string]*hostCounts
	keys  []lineKey    // scratch: the keys of the page being added
	seen  map[key]bool // scratch: keys already counted for this page
}

type hostCounts struct {
	pages  int
	counts map[key]uint32
	texts  map[key]lineKey // keys with a count of 2 or more
	seen   map[key]bool    // the pages' URLs and texts, hashed
}

// NewLearner returns an empty Learner.
func NewLearner(opts Options) *Learner {
	return &Learner{opts: opts.withDefaults(), hosts: map[string]*hostCounts{}, seen: map[key]bool{}}
}

// Add counts the lines of one article under its Host. An article without
// a host is ignored, and so is one whose URL or text the host already had:
// a page crawled twice, or an article under a second address, would
// otherwise make its own text look like the site's. Each key counts once
// per page however often the page repeats it.
func (l *Learner) Add(a *model.Article) {
	host := Host(a)
	if host == "" {
		return
	}
	hc := l.hosts[host]
	if hc == nil {
		hc = &hostCounts{counts: map[key]uint32{}, texts: map[key]lineKey{}, seen: map[key]bool{}}
		l.hosts[host] = hc
	}
	for _, id := range [...]struct{ name, value string }{{"url", a.URL}, {"canonical", a.CanonicalURL}, {"text", a.Text}} {
		if id.value == "" {
			continue
		}
		h := hashKey(KindLine, id.name+"\x00"+id.value)
		if hc.seen[h] {
			return
		}
		hc.seen[h] = true
	}
	hc.pages++
	clear(l.seen)
	l.keys = l.keys[:0]
	eachLine(a, func(line string) {
		l.keys = lineKeys(line, l.keys)
	})
	for _, k := range l.keys {
		if l.seen[k.hash] {
			continue
		}
		l.seen[k.hash] = true
		n := hc.counts[k.hash] + 1
		hc.counts[k.hash] = n
		if n == 2 {
			hc.texts[k.hash] = k
		}
	}
	if len(hc.counts) > l.opts.MaxKeysPerHost {
		hc.prune(l.opts.MaxKeysPerHost / 2)
	}
}

// prune forgets the keys with the lowest counts until at most limit are
// left. Which keys go depends only on the counts, not on map order.
func (hc *hostCounts) prune(limit int) {
	for floor := uint32(1); len(hc.counts) > limit; floor++ {
		for k, n := range hc.counts {
			if n <= floor {
				delete(hc.counts, k)
				delete(hc.texts, k)
			}
		}
	}
}

// eachLine calls fn with each line of an article that is counted and
// cleaned: the teaser, each highlight, and each body block's text (each
// item of a list; tables and preformatted blocks are left alone).
func eachLine(a *model.Article, fn func(string)) {
	if a.Teaser != "" {
		fn(a.Teaser)
	}
	for _, h := range a.Highlights {
		fn(h)
	}
	for _, b := range a.Body {
		switch b.Type {
		case model.List:
			for _, it := range b.Items {
				fn(it)
			}
		case model.Table, model.Preformatted:
		default:
			fn(b.Text)
		}
	}
}

// Model returns what was learned: for every host with at least MinPages
// pages, the keys seen on at least max(MinPages, MinShare × pages) of them.
// A label, prefix or suffix key that was only ever seen as part of one
// learned line (on exactly that line's pages) is left out: the line key covers it,
// and a key that never saw a variant would only add the risk of matching
// the article's own text.
func (l *Learner) Model() *Model {
	m := &Model{Options: l.opts, hosts: map[string]*hostModel{}}
	for host, hc := range l.hosts {
		if hc.pages < l.opts.MinPages {
			continue
		}
		need := uint32(l.opts.threshold(hc.pages))
		learned := map[key]uint32{}
		for h, n := range hc.counts {
			if n >= need {
				learned[h] = n
			}
		}
		covered := coveredVariants(hc, learned)
		hm := &hostModel{pages: hc.pages, keys: map[key]Kind{}}
		for h, n := range learned {
			if covered[h] >= n {
				continue
			}
			k := hc.texts[h]
			hm.keys[h] = k.kind
			hm.entries = append(hm.entries, Entry{Kind: k.kind, Text: k.text, Pages: int(n)})
		}
		if len(hm.entries) > 0 {
			sortEntries(hm.entries)
			m.hosts[host] = hm
		}
	}
	return m
}

// coveredVariants returns, for the label, prefix and suffix keys the
// learned lines can have, the largest count of a learned line that has
// them. (The label of a line is one of its first MaxLabelWords words; the
// colon is gone from the normalised text, so each is taken.)
func coveredVariants(hc *hostCounts, learned map[key]uint32) map[key]uint32 {
	covered := map[key]uint32{}
	for h, n := range learned {
		k := hc.texts[h]
		if k.kind != KindLine {
			continue
		}
		words := strings.Split(k.text, " ")
		if len(words) <= PrefixWords || len(words) > MaxVariantWords {
			continue
		}
		variants := []lineKey{
			{kind: KindPrefix, text: strings.Join(words[:PrefixWords], " ")},
			{kind: KindSuffix, text: strings.Join(words[len(words)-PrefixWords:], " ")},
		}
		for n := 1; n <= MaxLabelWords && n < len(words); n++ {
			variants = append(variants, lineKey{kind: KindLabel, text: strings.Join(words[:n], " ")})
		}
		for _, v := range variants {
			vh := hashKey(v.kind, v.text)
			covered[vh] = max(covered[vh], n)
		}
	}
	return covered
}
