//! The `linimasa` command.
fn main() {}
