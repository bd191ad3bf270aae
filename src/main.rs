//! The `vnmon` command: a thin dispatcher over the library. Parses arguments, runs one
//! subcommand and turns its outcome into an exit code (0 success, 1 nothing found or partial
//! failure, 2 usage or fatal error).

mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    quiet_panics_inside_index_reads();
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("vnmon: {}", cmd::terminal_safe(&cmd::redact_credentials(&one_line(&err))));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes on one line: `outer: inner: root`.
fn one_line(err: &anyhow::Error) -> String {
    let parts: Vec<String> = err.chain().map(|e| e.to_string()).collect();
    let mut out = String::new();
    for p in parts {
        if out.contains(&p) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&p);
    }
    out.replace('\n', " ")
}

/// True when the error comes from writing into a closed pipe (`vnmon search … | head`): an
/// `io::Error` anywhere in the chain, or one wrapped by the JSON or CSV writer (whose `source`
/// skips it).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
            || e.downcast_ref::<csv::Error>().is_some_and(|c| match c.kind() {
                csv::ErrorKind::Io(io) => io.kind() == BrokenPipe,
                _ => false,
            })
    })
}

/// A panic inside a guarded read of the index becomes the one-line "index is damaged" error
/// ([`vnmon::index::damage_guard_active`]); do not print it as a crash too. Every other panic is
/// printed as usual.
fn quiet_panics_inside_index_reads() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !vnmon::index::damage_guard_active() {
            default(info);
        }
    }));
}
