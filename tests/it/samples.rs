//! Accuracy on the annotated samples, scored like the shared scorer does.

use super::support::{published, root, run, run_ok, samples_with_gold, shared};

fn score(gold: &std::path::Path, pred_json: &str) -> (linimasa::eval::Scores, String) {
    let docs = vec![(
        "x".to_string(),
        serde_json::from_slice(&std::fs::read(gold).unwrap()).unwrap(),
        serde_json::from_str(pred_json).unwrap(),
    )];
    linimasa::eval::summarize(&docs, false, true)
}

#[test]
fn seed_article_without_a_date_meets_the_bar() {
    let seed = shared().join("samples/putin-trump-call.id.txt");
    let out = run_ok(&["extract", seed.to_str().unwrap()]);
    let t: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(t["documents"][0]["anchor"]["date"], "2025-07-03", "anchor inferred from (3/7/2025)");
    assert_eq!(t["documents"][0]["anchor"]["source"], "inferred");
    let (s, report) = score(&shared().join("eval/gold/putin-trump-call.id.json"), &out);
    assert!(s.f1 >= 0.85, "{report}");
    assert_eq!(s.violations, 0, "{report}");
    assert!(s.date_strict >= 0.9, "{report}");
}

#[test]
fn seed_copy_in_samples_is_the_shared_one() {
    let a = std::fs::read(root().join("samples/putin-trump-call.id.txt")).unwrap();
    let b = std::fs::read(shared().join("samples/putin-trump-call.id.txt")).unwrap();
    assert_eq!(a, b);
}

#[test]
fn every_sample_with_gold_scores_and_must_nots_are_rare() {
    let pairs = samples_with_gold();
    assert!(pairs.len() >= 6, "samples with gold: {}", pairs.len());
    let mut docs = Vec::new();
    for (article, gold) in &pairs {
        let date = published(gold);
        let out = run(&["extract", article.to_str().unwrap(), "--date", &date]);
        assert!(out.status.success());
        docs.push((
            article.display().to_string(),
            serde_json::from_slice(&std::fs::read(gold).unwrap()).unwrap(),
            serde_json::from_slice(&out.stdout).unwrap(),
        ));
    }
    let (s, report) = linimasa::eval::summarize(&docs, false, true);
    eprintln!("{report}");
    // The seed must have none (above); over the whole development set a
    // must-not is a known error (docs/accuracy.md lists it), at most one in
    // twenty articles.
    assert!(s.violations * 20 <= docs.len(), "{} must-not violations\n{report}", s.violations);
    assert!(s.f1 >= 0.6, "{report}");
}

#[test]
fn seed_actors_are_one_each_and_denmark_is_only_a_place() {
    let seed = shared().join("samples/putin-trump-call.id.txt");
    let t: serde_json::Value = serde_json::from_str(&run_ok(&["extract", seed.to_str().unwrap()])).unwrap();
    let actors = t["actors"].as_array().unwrap();
    let count = |needle: &str| {
        actors
            .iter()
            .filter(|a| {
                let mut names = vec![a["name"].as_str().unwrap().to_string()];
                names
                    .extend(a["aliases"].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()));
                names.iter().any(|n| n == needle)
            })
            .count()
    };
    for name in
        ["Putin", "Trump", "Zelenskyy", "Ushakov", "Russia", "United States", "Ukraine", "European Union"]
    {
        assert_eq!(count(name), 1, "{name}: {actors:#?}");
    }
    // Moskow and Kremlin are Russia's government, AS is the United States.
    let russia = actors.iter().find(|a| a["id"] == "RUS").unwrap();
    for alias in ["Moskow", "Kremlin"] {
        assert!(russia["aliases"].as_array().unwrap().iter().any(|x| x == alias), "{alias}");
    }
    assert!(!actors.iter().any(|a| a["id"] == "DNK"), "Denmark is no participant");
    let meeting = t["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["actors"].as_array().unwrap().iter().any(|a| a == "org:eu"))
        .expect("the Zelenskyy–EU meeting");
    assert_eq!(meeting["location"]["name"], "Denmark");
    assert_eq!(meeting["location"]["country"], "DNK");
    // Roles are edges: Putin is president of Russia, Ushakov an aide of the Kremlin (Russia).
    let edges = t["edges"].as_array().unwrap();
    let role = |p: &str, r: &str, of: &str| {
        edges.iter().any(|e| e["kind"] == "role" && e["source"] == p && e["role"] == r && e["target"] == of)
    };
    assert!(role("person:vladimir-putin", "president", "RUS"));
    assert!(role("person:yuri-ushakov", "aide", "RUS"));
}

/// Graphviz once lost edges and warned about spline routing on larger graphs
/// (labels on unconstrained edges): every sample, and all of them together,
/// must render cleanly.
#[test]
fn dot_of_every_sample_and_of_all_together_renders_without_warnings() {
    let mut inputs: Vec<String> =
        samples_with_gold().into_iter().map(|(a, _)| a.display().to_string()).collect();
    inputs.push(root().join("samples").display().to_string());
    for input in inputs {
        let dot = run_ok(&["extract", &input, "--format", "dot"]);
        let mut child = std::process::Command::new("dot")
            .args(["-Tsvg", "-o", "/dev/null"])
            .stdin(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("Graphviz `dot` is needed: bash .ci/install-clients.sh installs it");
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), dot.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        let warnings = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && warnings.trim().is_empty(), "{input}: {warnings}");
    }
}
