//! linimasa's one integration-test binary; each module states its purpose.

mod export_browser;
mod export_dot;
mod export_files;
mod export_support;
mod query;
mod render;
