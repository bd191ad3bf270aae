//! Subcommands. Each file turns validated arguments into library calls and prints the result;
//! no pipeline logic lives here.

mod coverage;
pub mod crawl;
mod demo;
mod documents;
mod entities;
mod extract;
mod import;
pub mod search;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand, ValueEnum};
use vnmon::extract::Profiles;

/// Vietnamese news monitoring: extract articles, find official document references, index and
/// search them.
#[derive(Debug, Parser)]
#[command(name = "vnmon", version, about, max_term_width = 100)]
pub struct Cli {
    /// Index directory [default: index/ ; env VNMON_INDEX]
    #[arg(long, global = true, value_name = "DIR", env = "VNMON_INDEX")]
    index: Option<PathBuf>,
    /// Extra site profiles (TOML) added to, or overriding, the built-in ones
    #[arg(long, global = true, value_name = "FILE", env = "VNMON_PROFILES")]
    profiles: Option<PathBuf>,
    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

/// Colour policy for terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Index the bundled sample sites (no network) and search them for Chỉ thị 24-CT/TU
    Demo(demo::Args),
    /// Extract one article (or several) as JSON: text, metadata and entities
    Extract(extract::Args),
    /// Import saved pages: HTML files, folders of them, WARC files
    Import(import::Args),
    /// Search the index
    Search(search::Args),
    /// How widely a document was reported: outlets, timeline, copies, units, officials, chain
    Coverage(coverage::Args),
    /// The most reported documents of a period
    Documents(documents::Args),
    /// List the most mentioned documents, officials or units
    Entities(entities::Args),
    /// Crawl news sites: discover, fetch politely, archive as WARC, extract and index
    Crawl(crawl::Args),
    /// Rebuild the index from the crawl's WARC archive alone
    Reindex(crawl::ReindexArgs),
}

/// Settings shared by the subcommands, resolved from the global flags.
pub struct Context {
    /// The index directory.
    pub index_dir: PathBuf,
    /// Site profiles: built-in plus the user's file.
    pub profiles: Profiles,
    /// Whether to colour standard output.
    pub color: bool,
}

impl Context {
    fn new(cli: &Cli) -> anyhow::Result<Context> {
        let mut profiles = Profiles::builtin();
        if let Some(path) = &cli.profiles {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read profiles {}", path.display()))?;
            let user = Profiles::from_toml(&text)
                .with_context(|| format!("bad profiles file {}", path.display()))?;
            profiles = profiles.with_overrides(user);
        }
        let color = match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                use std::io::IsTerminal;
                std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
            }
        };
        Ok(Context {
            index_dir: cli.index.clone().unwrap_or_else(|| PathBuf::from("index")),
            profiles,
            color,
        })
    }
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let ctx = Context::new(&cli)?;
    match cli.command {
        Command::Demo(args) => demo::run(&ctx, args),
        Command::Extract(args) => extract::run(&ctx, args),
        Command::Import(args) => import::run(&ctx, args),
        Command::Search(args) => search::run(&ctx, args),
        Command::Coverage(args) => coverage::run(&ctx, args),
        Command::Documents(args) => documents::run(&ctx, args),
        Command::Entities(args) => entities::run(&ctx, args),
        Command::Crawl(args) => crawl::run(&ctx, args),
        Command::Reindex(args) => crawl::reindex(&ctx, args),
    }
}

/// `text` made safe to print on a terminal or in a CSV cell: control characters (C0, DEL, C1:
/// the start of every escape sequence, `ESC [ 31 m`, OSC titles) and the bidirectional
/// overrides that reorder what is shown are dropped; line breaks and tabs become spaces. Pages
/// are untrusted, and so is everything they put in titles, snippets or labels.
pub fn terminal_safe(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
            c => Some(c),
        })
        .collect()
}

/// `text` with the credentials of every URL in it replaced by `***`
/// (`https://user:secret@host/` → `https://***@host/`), for logs and messages.
pub fn redact_credentials(text: &str) -> String {
    static USERINFO: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/?#@\s]+@").expect("valid regex")
    });
    USERINFO.replace_all(text, "${1}***@").into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn terminal_safe_drops_controls_and_escape_sequences() {
        let cases = [
            ("Tin \x1b[31mđỏ\x1b[0m", "Tin [31mđỏ[0m"),
            ("\x1b]0;pwned\x07Tiêu đề", "]0;pwnedTiêu đề"),
            ("a\u{9b}31mb", "a31mb"),
            ("dòng 1\ndòng 2\tx", "dòng 1 dòng 2 x"),
            ("abc\u{202E}cba", "abccba"),
            ("Kỷ cương", "Kỷ cương"),
        ];
        for (input, expected) in cases {
            assert_eq!(super::terminal_safe(input), expected, "{input:?}");
        }
    }

    #[test]
    fn redact_credentials_hides_userinfo_only() {
        let cases = [
            ("url=https://u:p@x.vn/a", "url=https://***@x.vn/a"),
            ("GET http://token@x.vn:8080/?a=b@c", "GET http://***@x.vn:8080/?a=b@c"),
            ("https://x.vn/a@b", "https://x.vn/a@b"),
            ("mail a@b.vn", "mail a@b.vn"),
        ];
        for (input, expected) in cases {
            assert_eq!(super::redact_credentials(input), expected, "{input}");
        }
    }

    #[test]
    fn command_line_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
