//! linimasa's one integration-test binary. Each module states what it guards.

mod cli_errors;
mod determinism;
mod eval_agreement;
mod event_corpus;
mod export_browser;
mod export_dot;
mod export_files;
mod export_support;
mod mentions;
mod output_files;
mod query;
mod render;
mod samples;
mod schema;
mod support;
mod time_contract;
mod time_corpus;
mod time_report;
mod time_robustness;
mod user_actors;
