//! The `careers` command: parse the CLI, hand over to the library.

fn main() -> std::process::ExitCode {
    careers::cli::run()
}
