//! `--actors FILE.toml`: a user's own actors join the built-in ones; a
//! malformed file is refused with its line.

use super::support::run;

#[test]
fn a_user_actor_is_recognized_and_resolved_by_surname() {
    let dir = tempfile::tempdir().unwrap();
    let actors = dir.path().join("mine.toml");
    std::fs::write(
        &actors,
        "[[actor]]\nname = \"Arkadia Voss\"\nkind = \"person\"\ncountry = \"RUS\"\naliases = [\"Voss\"]\n",
    )
    .unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Voss bertemu dengan Presiden Ukraina Volodymyr Zelenskyy di Kyiv pada hari Senin.\n",
    )
    .unwrap();
    let without = run(&["extract", article.to_str().unwrap(), "--date", "2025-07-03"]);
    let t: serde_json::Value = serde_json::from_slice(&without.stdout).unwrap();
    assert!(t["events"].as_array().unwrap().is_empty(), "no known initiator without the user's file");
    let with = run(&[
        "extract",
        article.to_str().unwrap(),
        "--date",
        "2025-07-03",
        "--actors",
        actors.to_str().unwrap(),
    ]);
    assert!(with.status.success(), "{}", String::from_utf8_lossy(&with.stderr));
    let t: serde_json::Value = serde_json::from_slice(&with.stdout).unwrap();
    let e = &t["events"][0];
    assert_eq!(e["plover"]["event"], "CONSULT");
    let ids: Vec<&str> = e["actors"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    assert_eq!(ids, ["person:arkadia-voss", "person:volodymyr-zelenskyy"]);
    assert_eq!(e["when"]["value"], "2025-06-30");
}

#[test]
fn a_malformed_actors_file_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let actors = dir.path().join("bad.toml");
    std::fs::write(&actors, "[[actor]]\nname = \"X\"\nkind = \"person\"\ncountry = \n").unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Putin bertemu Trump.\n").unwrap();
    let o = run(&["extract", article.to_str().unwrap(), "--actors", actors.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("bad.toml:4:"), "{e}");
}
