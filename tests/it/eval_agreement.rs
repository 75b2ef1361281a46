//! `linimasa eval` computes the same figures as the shared scorer.

use super::support::{published, run, run_ok, samples_with_gold, shared};

fn python_available() -> bool {
    std::process::Command::new("python3").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Every line the shared scorer prints appears in linimasa's report, in order.
fn assert_agrees(python: &str, ours: &str) {
    let mut lines = ours.lines();
    for want in python.lines() {
        assert!(
            lines.any(|l| l == want),
            "missing or out of order: {want:?}\n--- python\n{python}\n--- linimasa\n{ours}"
        );
    }
}

#[test]
fn agrees_with_the_shared_scorer_on_every_sample() {
    assert!(python_available(), "python3 is needed to run the shared scorer");
    let dir = tempfile::tempdir().unwrap();
    let gold_dir = dir.path().join("gold");
    let pred_dir = dir.path().join("pred");
    std::fs::create_dir_all(&gold_dir).unwrap();
    std::fs::create_dir_all(&pred_dir).unwrap();
    for (article, gold) in samples_with_gold() {
        let date = published(&gold);
        let name = gold.file_name().unwrap();
        // Undated runs make the date figures differ from the dated ones: score both.
        for (suffix, args) in [("", vec!["--date", date.as_str()]), ("-nodate", vec![])] {
            let mut a = vec!["extract", article.to_str().unwrap()];
            a.extend(args);
            let pred = dir.path().join(format!("{}{suffix}.json", name.to_string_lossy()));
            std::fs::write(&pred, run_ok(&a)).unwrap();
            let py = std::process::Command::new("python3")
                .arg(shared().join("eval/score.py"))
                .arg(&gold)
                .arg(&pred)
                .output()
                .unwrap();
            assert!(py.status.success());
            let ours = run_ok(&["eval", gold.to_str().unwrap(), pred.to_str().unwrap()]);
            assert_agrees(&String::from_utf8_lossy(&py.stdout), &ours);
        }
        std::fs::copy(&gold, gold_dir.join(name)).unwrap();
        std::fs::copy(dir.path().join(format!("{}.json", name.to_string_lossy())), pred_dir.join(name))
            .unwrap();
    }
    let py = std::process::Command::new("python3")
        .arg(shared().join("eval/score.py"))
        .args(["--dir", gold_dir.to_str().unwrap(), pred_dir.to_str().unwrap(), "--lenient"])
        .output()
        .unwrap();
    let ours =
        run_ok(&["eval", "--gold", gold_dir.to_str().unwrap(), pred_dir.to_str().unwrap(), "--lenient"]);
    assert_agrees(&String::from_utf8_lossy(&py.stdout), &ours);
}

#[test]
fn min_f1_sets_the_exit_status() {
    let gold = shared().join("eval/gold/putin-trump-call.id.json");
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.json");
    std::fs::write(&empty, r#"{"events": []}"#).unwrap();
    let o = run(&["eval", gold.to_str().unwrap(), empty.to_str().unwrap(), "--min-f1", "0.5"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).trim_end().ends_with("F1 0.000"));
}
