//! linimasa's integration tests: one binary, one module per concern.

mod time_contract;
mod time_corpus;
mod time_report;
mod time_robustness;
