//! The `careers` command: parse the CLI, hand over to the library.

fn main() -> std::process::ExitCode {
    careers::cli::run()
}

// jemalloc keeps few arenas and returns freed pages on a timer; glibc's per-thread
// arenas held the transient buffers of concurrent uploads and PDF parsing: peak RSS with
// 50 simultaneous 10 MiB uploads fell from 370 MB to the figure in the README.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
