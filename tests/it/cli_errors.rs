//! Bad input gets one clear message naming the file and the problem, and a
//! non-zero exit; a bad file among good ones is reported and skipped.

use super::support::{root, run};

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn missing_path_is_named() {
    let o = run(&["extract", "no/such/article.txt"]);
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("no/such/article.txt") && stderr(&o).contains("no such file"),
        "{}",
        stderr(&o)
    );
    assert!(!stderr(&o).contains("panicked"));
}

#[test]
fn empty_binary_and_invalid_utf8_files_are_refused_with_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty.txt", b"  \n", "empty"),
        ("binary.txt", b"\x00\x01\x02abc", "binary"),
        ("latin1.txt", b"Presiden \xe9 bertemu", "UTF-8"),
    ];
    for (name, bytes, why) in cases {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let o = run(&["extract", p.to_str().unwrap()]);
        assert!(!o.status.success(), "{name} accepted");
        let e = stderr(&o);
        assert!(e.contains(name) && e.contains(why), "{name}: {e}");
        assert!(!e.contains("panicked"), "{e}");
    }
}

#[test]
fn malformed_date_and_unknown_lang_are_usage_errors() {
    let seed = root().join("samples/putin-trump-call.id.txt");
    let o = run(&["extract", seed.to_str().unwrap(), "--date", "3/7/2025"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--date") && stderr(&o).contains("YYYY-MM-DD"), "{}", stderr(&o));
    let o = run(&["extract", seed.to_str().unwrap(), "--date", "2025-02-30"]);
    assert_eq!(o.status.code(), Some(2), "an impossible day is refused");
    let o = run(&["extract", seed.to_str().unwrap(), "--lang", "xx"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("xx"), "{}", stderr(&o));
}

#[test]
fn a_bad_file_among_good_ones_is_skipped_and_the_exit_status_says_so() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("samples/putin-trump-call.id.txt"), dir.path().join("a.txt")).unwrap();
    std::fs::write(dir.path().join("b.txt"), b"\xff\xfe broken").unwrap();
    let o = run(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("b.txt"), "{}", stderr(&o));
    let t: serde_json::Value =
        serde_json::from_slice(&o.stdout).expect("the good file still gives a timeline");
    assert_eq!(t["documents"].as_array().unwrap().len(), 1);
    assert!(!t["events"].as_array().unwrap().is_empty());
}

#[test]
fn stdin_is_read_with_dash() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_linimasa"))
        .args(["extract", "-", "--date", "2025-07-03"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Putin dan Trump bertemu di Alaska pada hari Jumat.\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let t: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(t["documents"][0]["id"], "stdin");
    assert_eq!(t["events"][0]["plover"]["event"], "CONSULT");
}
