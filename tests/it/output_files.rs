//! Output files are written whole, and nothing the user has is replaced unless asked.

use super::support::{root, run};

#[test]
fn output_is_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.json");
    std::fs::write(&out, "mine").unwrap();
    let seed = root().join("samples/putin-trump-call.id.txt");
    let o = run(&["extract", seed.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    let o = run(&["extract", seed.to_str().unwrap(), "-o", out.to_str().unwrap(), "--force"]);
    assert!(o.status.success());
    let t: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(t["format"], "linimasa-timeline");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
}

#[test]
fn each_writes_one_timeline_per_article() {
    let dir = tempfile::tempdir().unwrap();
    let o =
        run(&["extract", root().join("samples").to_str().unwrap(), "--each", dir.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let n_txt = std::fs::read_dir(root().join("samples"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt" || x == "md"))
        .count();
    let n_json = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(n_txt, n_json);
}
