package webarticle

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"syscall"
)

// blockedPrefixes are ranges outside what net/netip's predicates cover
// that still reach hosts no stranger should: shared carrier-grade NAT
// (Alibaba Cloud's metadata service is 100.100.100.200), IETF protocol
// assignments, benchmarking networks and "this network".
var blockedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
}

// Forbidden reports whether a connection to ip would reach this machine or
// its private network: loopback, private (RFC 1918 and IPv6 unique local),
// link-local (169.254.0.0/16 holds the cloud metadata services),
// unspecified, multicast and the ranges in blockedPrefixes. IPv4 addresses
// written as IPv6 are judged as IPv4.
func Forbidden(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// guardControl is a net.Dialer Control function that refuses forbidden
// addresses. It sees the address actually dialled, after DNS resolution
// and on every redirect, so a name that resolves to 127.0.0.1 (or changes
// its answer between a check and the connection) cannot get around it.
func guardControl(_, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return err
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || Forbidden(ip) {
		return ErrForbiddenAddress
	}
	return nil
}

// dialContext resolves the host itself and dials each address in turn with
// dialer, whose Control hook (when PublicOnly) judges the address.
func (f *Fetcher) dialContext(dialer *net.Dialer) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, port, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		var ips []netip.Addr
		if ip, err := netip.ParseAddr(host); err == nil {
			ips = []netip.Addr{ip}
		} else if ips, err = f.opts.lookup(ctx, host); err != nil {
			return nil, err
		}
		p, err := strconv.ParseUint(port, 10, 16)
		if err != nil {
			return nil, fmt.Errorf("bad port %q: %w", port, err)
		}
		var firstErr error
		for _, ip := range ips {
			c, err := dialer.DialContext(ctx, network, netip.AddrPortFrom(ip, uint16(p)).String())
			if err == nil {
				return c, nil
			}
			if firstErr == nil {
				firstErr = err
			}
		}
		if firstErr == nil {
			firstErr = fmt.Errorf("no address for %s", host)
		}
		return nil, firstErr
	}
}
