package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// lookupFunc resolves a host name to addresses; tests replace it to make
// names resolve where they want.
type lookupFunc func(ctx context.Context, host string) ([]netip.Addr, error)

func defaultLookup(ctx context.Context, host string) ([]netip.Addr, error) {
	return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
}

// netHooks replace the resolver and the connect of checked addresses in
// tests; the zero value uses the system's.
type netHooks struct {
	lookup lookupFunc
	dial   func(ctx context.Context, network, address string) (net.Conn, error)
}

// dialer connects only to addresses that pass the target check. It
// resolves the host itself, checks every address, and dials the checked
// address (never the name), so that a DNS answer that changes between the
// check and the connect (DNS rebinding) cannot reach a refused address.
// The socket's Control hook checks the address once more just before the
// connect.
type dialer struct {
	net          net.Dialer
	lookup       lookupFunc
	dial         func(ctx context.Context, network, address string) (net.Conn, error)
	allowPrivate bool
}

func newDialer(o Options, hooks netHooks) *dialer {
	d := &dialer{lookup: hooks.lookup, dial: hooks.dial, allowPrivate: o.AllowPrivate}
	if d.lookup == nil {
		d.lookup = defaultLookup
	}
	d.net.Timeout = o.ConnectTimeout
	d.net.Control = d.control
	if d.dial == nil {
		d.dial = d.net.DialContext
	}
	return d
}

// DialContext is the transport's dial function.
func (d *dialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	var addrs []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		addrs = []netip.Addr{ip}
	} else if addrs, err = d.lookup(ctx, host); err != nil {
		return nil, err
	}
	var allowed, refused []netip.Addr
	for _, ip := range addrs {
		if d.refuse(ip) != "" {
			refused = append(refused, ip)
		} else {
			allowed = append(allowed, ip.Unmap())
		}
	}
	// The addresses are tried in the resolver's order, one after the
	// other; each gets an equal share of the connect timeout, but at least
	// minAttempt, so that one dead address (a broken IPv6 route) does not
	// use up the time of the others.
	var lastErr error
	deadline := time.Now().Add(d.net.Timeout)
	for i, ip := range allowed {
		share := max(time.Until(deadline)/time.Duration(len(allowed)-i), minAttempt)
		actx, cancel := context.WithTimeout(ctx, share)
		conn, err := d.dial(actx, network, net.JoinHostPort(ip.String(), port))
		cancel()
		if err == nil {
			return conn, nil
		}
		lastErr = err
		if ctx.Err() != nil {
			break
		}
	}
	if lastErr != nil {
		return nil, lastErr
	}
	if len(refused) > 0 {
		return nil, &targetError{host: host, addr: refused[0], why: d.refuse(refused[0])}
	}
	return nil, fmt.Errorf("%s: no address", host)
}

// minAttempt is the least time given to connecting to one address.
const minAttempt = 2 * time.Second

// control runs on the socket before connect: the last check of the address
// actually dialled.
func (d *dialer) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &targetError{host: address, why: "unparsable address"}
	}
	if why := d.refuse(ap.Addr()); why != "" {
		return &targetError{host: address, addr: ap.Addr(), why: why}
	}
	return nil
}

func (d *dialer) refuse(ip netip.Addr) string {
	if d.allowPrivate {
		return ""
	}
	return forbiddenAddr(ip)
}

// targetError is a refused address; it unwraps to ErrForbiddenTarget.
type targetError struct {
	host string
	addr netip.Addr
	why  string
}

func (e *targetError) Error() string {
	if e.addr.IsValid() && e.host != e.addr.String() {
		return fmt.Sprintf("%s resolves to %s (%s)", e.host, e.addr, e.why)
	}
	return fmt.Sprintf("%s is %s", e.host, e.why)
}

func (e *targetError) Unwrap() error { return ErrForbiddenTarget }

// Address ranges refused besides those netip classifies itself.
var (
	cgnat      = netip.MustParsePrefix("100.64.0.0/10")   // RFC 6598 shared address space
	thisNet    = netip.MustParsePrefix("0.0.0.0/8")       // RFC 791 "this network"
	ietfProto  = netip.MustParsePrefix("192.0.0.0/24")    // RFC 6890 IETF protocol assignments
	benchmark  = netip.MustParsePrefix("198.18.0.0/15")   // RFC 2544 benchmarking
	reserved4  = netip.MustParsePrefix("240.0.0.0/4")     // RFC 1112 reserved, and broadcast
	siteLocal  = netip.MustParsePrefix("fec0::/10")       // RFC 3879 deprecated site-local
	nat64      = netip.MustParsePrefix("64:ff9b::/96")    // RFC 6052: embeds an IPv4 address
	nat64Local = netip.MustParsePrefix("64:ff9b:1::/48")  // RFC 8215 local-use NAT64
	sixToFour  = netip.MustParsePrefix("2002::/16")       // RFC 3056: embeds an IPv4 address
	teredo     = netip.MustParsePrefix("2001::/32")       // RFC 4380: obfuscated IPv4 inside
	docV6      = netip.MustParsePrefix("2001:db8::/32")   // RFC 3849 documentation
	discardV6  = netip.MustParsePrefix("100::/64")        // RFC 6666 discard-only
	compatV4   = netip.MustParsePrefix("::/96")           // RFC 4291 deprecated IPv4-compatible
	orchid     = netip.MustParsePrefix("2001:10::/28")    // RFC 4843
	docV4a     = netip.MustParsePrefix("192.0.2.0/24")    // RFC 5737 documentation
	docV4b     = netip.MustParsePrefix("198.51.100.0/24") // RFC 5737
	docV4c     = netip.MustParsePrefix("203.0.113.0/24")  // RFC 5737
)

// forbiddenAddr says why ip must not be reached from a public fetcher, or
// "" when it may. IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) are judged
// as the IPv4 address they carry, and so are the IPv6 forms that embed an
// IPv4 address (NAT64, 6to4).
func forbiddenAddr(ip netip.Addr) string {
	ip = ip.Unmap()
	switch {
	case !ip.IsValid():
		return "an invalid address"
	case ip.IsUnspecified():
		return "unspecified"
	case ip.IsLoopback():
		return "loopback"
	case ip.IsPrivate():
		return "private"
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast():
		return "link-local"
	case ip.IsMulticast(), ip.IsInterfaceLocalMulticast():
		return "multicast"
	}
	if ip.Is4() {
		for _, p := range []netip.Prefix{cgnat, thisNet, ietfProto, benchmark, reserved4, docV4a, docV4b, docV4c} {
			if p.Contains(ip) {
				return "reserved (" + p.String() + ")"
			}
		}
		return ""
	}
	b := ip.As16()
	switch {
	case nat64.Contains(ip):
		if why := forbiddenAddr(netip.AddrFrom4([4]byte(b[12:16]))); why != "" {
			return "NAT64 of " + why
		}
		return ""
	case sixToFour.Contains(ip):
		if why := forbiddenAddr(netip.AddrFrom4([4]byte(b[2:6]))); why != "" {
			return "6to4 of " + why
		}
		return ""
	}
	for _, p := range []netip.Prefix{siteLocal, nat64Local, teredo, docV6, discardV6, compatV4, orchid} {
		if p.Contains(ip) {
			return "reserved (" + p.String() + ")"
		}
	}
	return ""
}

// isTargetError tells a refused address in an error chain.
func isTargetError(err error) bool {
	_, ok := errors.AsType[*targetError](err)
	return ok
}
