//! The `vnmon` command: a thin dispatcher over the library. Parses arguments, runs one
//! subcommand and turns its outcome into an exit code (0 success, 1 nothing found or partial
//! failure, 2 usage or fatal error).

mod cmd;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cmd::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("vnmon: {}", one_line(&err));
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

/// True when the error comes from writing into a closed pipe (`vnmon search … | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
