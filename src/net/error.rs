//! [`FetchError`]: why a fetch failed, with a stable label per kind. Shared by the client and
//! robots.txt (whose "unreachable" verdict keeps the error that caused it), so neither imports
//! the other.

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// Connecting or the whole attempt took longer than allowed.
    #[error("timed out: {0}")]
    Timeout(String),
    /// The connection could not be established (refused, DNS failure, TLS failure).
    #[error("connection failed: {0}")]
    Connect(String),
    /// The connection was reset or closed before a response arrived.
    #[error("connection reset: {0}")]
    Reset(String),
    /// Another I/O or protocol error.
    #[error("I/O error: {0}")]
    Io(String),
    /// The decoded body exceeded the limit.
    #[error("body larger than {limit} bytes")]
    TooLarge {
        /// The limit, [`FetchConfig::max_body_bytes`](super::FetchConfig::max_body_bytes).
        limit: usize,
    },
    /// More redirect hops than allowed.
    #[error("more than {limit} redirects")]
    TooManyRedirects {
        /// The hop limit.
        limit: usize,
    },
    /// A redirect led back to a URL already visited in this fetch.
    #[error("redirect loop at {url}")]
    RedirectLoop {
        /// The URL seen twice.
        url: String,
    },
    /// A redirect left the allowed scope (another site).
    #[error("redirect out of scope to {url}")]
    OutOfScope {
        /// The redirect target.
        url: String,
    },
    /// The host is, or resolves to, a loopback, private, link-local or otherwise non-public
    /// address, and private addresses are not allowed.
    #[error("refusing non-public address {addr} of {host}")]
    PrivateAddress {
        /// The host name or literal.
        host: String,
        /// The refused address.
        addr: String,
    },
    /// A non-retryable 4xx, a 3xx without usable `Location`, or a 5xx/429 after the last retry.
    #[error("HTTP status {0}")]
    Status(u16),
    /// The body ended before its announced length (or inside a chunk).
    #[error("truncated body: {0}")]
    Truncated(String),
    /// A redirect target is disallowed by its host's robots.txt.
    #[error("redirect target disallowed by robots.txt: {url}")]
    RobotsDisallowed {
        /// The disallowed redirect target.
        url: String,
    },
    /// The URL (or a redirect `Location`) is not a valid fetchable URL.
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    /// The URL scheme is neither `http` nor `https`.
    #[error("unsupported URL scheme {0:?}")]
    UnsupportedScheme(String),
    /// The HTTP client could not be built.
    #[error("HTTP client setup failed: {0}")]
    Client(String),
}

impl FetchError {
    /// Stable label of the error kind, for per-site summaries.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::Timeout(_) => "timeout",
            FetchError::Connect(_) => "connect",
            FetchError::Reset(_) => "reset",
            FetchError::Io(_) => "io",
            FetchError::TooLarge { .. } => "too_large",
            FetchError::TooManyRedirects { .. } => "too_many_redirects",
            FetchError::RedirectLoop { .. } => "redirect_loop",
            FetchError::OutOfScope { .. } => "out_of_scope",
            FetchError::PrivateAddress { .. } => "private_address",
            FetchError::Status(_) => "status",
            FetchError::Truncated(_) => "truncated",
            FetchError::RobotsDisallowed { .. } => "robots_disallowed",
            FetchError::InvalidUrl(_) => "invalid_url",
            FetchError::UnsupportedScheme(_) => "unsupported_scheme",
            FetchError::Client(_) => "client",
        }
    }

    /// Whether another attempt may succeed: timeouts, connection failures and resets, 5xx and
    /// 429.
    pub fn is_retryable(&self) -> bool {
        match self {
            FetchError::Timeout(_) | FetchError::Connect(_) | FetchError::Reset(_) => true,
            FetchError::Status(s) => *s == 429 || (500..=599).contains(s),
            _ => false,
        }
    }
}
