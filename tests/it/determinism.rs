//! The same input gives byte-identical output, whatever the thread count.

use super::support::{root, run_ok};

#[test]
fn output_does_not_depend_on_threads_or_runs() {
    let samples = root().join("samples");
    let s = samples.to_str().unwrap();
    let one = run_ok(&["extract", s, "--threads", "1"]);
    let four = run_ok(&["extract", s, "--threads", "4"]);
    let again = run_ok(&["extract", s, "--threads", "4"]);
    assert_eq!(one, four);
    assert_eq!(four, again);
    let t: serde_json::Value = serde_json::from_str(&one).unwrap();
    assert!(t["documents"].as_array().unwrap().len() >= 2, "several articles make one graph");
}
