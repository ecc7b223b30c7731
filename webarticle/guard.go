package webarticle

import (
	"net"
	"net/netip"
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
