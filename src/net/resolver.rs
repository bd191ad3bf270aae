//! The private-address guard: which IP addresses a public crawler must not reach, and the DNS
//! resolver that drops them.

use std::error::Error as StdError;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// Whether `ip` is loopback, private (RFC 1918), shared (100.64/10), link-local, unique-local,
/// unspecified, multicast, broadcast or reserved — an address a public crawler must not reach.
/// IPv6 forms that embed an IPv4 address — IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible
/// (`::a.b.c.d`), NAT64 (`64:ff9b::/96`, `64:ff9b:1::/48`), 6to4 (`2002::/16`) and Teredo
/// (`2001::/32`, client address inverted) — are judged by the IPv4 address they lead to.
pub fn is_non_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_non_public_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = embedded_v4(v6) {
                return is_non_public_v4(v4);
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
                || (first & 0xfe00) == 0xfc00 // unique-local fc00::/7
        }
    }
}

/// The IPv4 address an IPv6 address stands for, when it is one of the translation or tunnelling
/// forms (see [`is_non_public`]). `::` and `::1` are IPv6's own and not IPv4-compatible.
fn embedded_v4(v6: std::net::Ipv6Addr) -> Option<Ipv4Addr> {
    let s = v6.segments();
    let [.., a, b, c, d] = v6.octets();
    let low = Ipv4Addr::new(a, b, c, d);
    if let Some(v4) = v6.to_ipv4_mapped() {
        return Some(v4);
    }
    if s[..6] == [0; 6] && !(s[6] == 0 && s[7] <= 1) {
        return Some(low); // IPv4-compatible ::a.b.c.d (deprecated)
    }
    if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return Some(low); // NAT64 well-known prefix 64:ff9b::/96
    }
    if s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1 {
        // Local-use NAT64 64:ff9b:1::/48: the IPv4 address may sit at any RFC 6052 position;
        // judge the whole range by the common /96 layout and refuse if any reading is private.
        return Some(low);
    }
    if s[0] == 0x2002 {
        let [_, _, a, b, c, d, ..] = v6.octets();
        return Some(Ipv4Addr::new(a, b, c, d)); // 6to4 2002:aabb:ccdd::/48
    }
    if s[0] == 0x2001 && s[1] == 0 {
        return Some(Ipv4Addr::from(!u32::from(low))); // Teredo: client address, inverted
    }
    None
}

fn is_non_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, _, _] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_multicast()
        || ip.is_broadcast()
        || a == 0 // "this network"
        || (a == 100 && (64..128).contains(&b)) // shared address space 100.64/10
        || a >= 240 // reserved
}

/// Resolver error for a host whose every address is non-public.
#[derive(Debug)]
pub(crate) struct PrivateRefused {
    pub(crate) host: String,
    pub(crate) addr: IpAddr,
}

impl std::fmt::Display for PrivateRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} resolves to non-public address {}", self.host, self.addr)
    }
}

impl StdError for PrivateRefused {}

/// DNS resolver that drops non-public addresses and fails when none is left.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PublicOnlyResolver;

impl reqwest::dns::Resolve for PublicOnlyResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_string();
        Box::pin(async move {
            let all: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public: Vec<SocketAddr> =
                all.iter().copied().filter(|a| !is_non_public(a.ip())).collect();
            match (public.is_empty(), all.first()) {
                (true, Some(first)) => {
                    Err(Box::new(PrivateRefused { host, addr: first.ip() }) as _)
                }
                _ => Ok(Box::new(public.into_iter()) as reqwest::dns::Addrs),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_public_addresses() {
        let cases: &[(&str, bool)] = &[
            ("127.0.0.1", true),
            ("10.1.2.3", true),
            ("172.16.0.1", true),
            ("172.32.0.1", false),
            ("192.168.1.1", true),
            ("100.64.0.1", true),
            ("100.128.0.1", false),
            ("169.254.1.1", true),
            ("0.0.0.0", true),
            ("224.0.0.1", true),
            ("8.8.8.8", false),
            ("::1", true),
            ("::", true),
            ("fe80::1", true),
            ("fc00::1", true),
            ("fd12::1", true),
            ("ff02::1", true),
            ("::ffff:10.0.0.1", true),
            ("2001:4860:4860::8888", false),
            // IPv4 embedded in IPv6: judged as the IPv4 address.
            ("::ffff:127.0.0.1", true),
            ("::ffff:8.8.8.8", false),
            ("::127.0.0.1", true),
            ("::10.0.0.1", true),
            ("::192.168.0.1", true),
            ("::8.8.8.8", false),
            ("::2", true), // IPv4-compatible 0.0.0.2: "this network"
            ("64:ff9b::7f00:1", true),
            ("64:ff9b::a9fe:a9fe", true),
            ("64:ff9b::808:808", false),
            ("64:ff9b:1::7f00:1", true),
            ("2002:7f00:1::", true),
            ("2002:c0a8:101::1", true),
            ("2002:808:808::1", false),
            ("2001:0:4136:e378:8000:63bf:80ff:fffe", true), // Teredo → 127.0.0.1
            ("2001:0:4136:e378:8000:63bf:f7f7:f7f7", false), // Teredo → 8.8.8.8
        ];
        for (ip, expected) in cases {
            let parsed: IpAddr = ip.parse().unwrap();
            assert_eq!(is_non_public(parsed), *expected, "{ip}");
        }
    }
}
