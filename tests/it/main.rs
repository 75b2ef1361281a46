//! linimasa's one integration-test binary. Each module states what it guards.

mod cli_errors;
mod determinism;
mod eval_agreement;
mod output_files;
mod samples;
mod schema;
mod support;
mod time_contract;
mod time_corpus;
