//! The JSON timeline follows docs/timeline.schema.json, and its offsets point
//! at the evidence text (in characters, as Python counts them).

use super::support::{root, run_ok, samples_with_gold};

#[test]
fn timelines_validate_against_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("docs/timeline.schema.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let out = run_ok(&["extract", root().join("samples").to_str().unwrap()]);
    let t: serde_json::Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(&t).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // And the schema is not a rubber stamp.
    let mut bad = t.clone();
    bad["events"][0]["modality"] = "probably".into();
    assert!(!validator.is_valid(&bad));
}

#[test]
fn evidence_offsets_are_character_offsets_into_the_document() {
    for (article, _) in samples_with_gold() {
        let text = std::fs::read_to_string(&article).unwrap();
        let chars: Vec<char> = text.chars().collect();
        let out = run_ok(&["extract", article.to_str().unwrap()]);
        let t: serde_json::Value = serde_json::from_str(&out).unwrap();
        for e in t["events"].as_array().unwrap() {
            for ev in e["evidence"].as_array().unwrap() {
                let (s, en) = (ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize);
                let slice: String = chars[s..en].iter().collect();
                assert_eq!(slice, ev["text"].as_str().unwrap(), "{}", article.display());
            }
            let trigger = e["trigger"].as_str().unwrap();
            assert!(
                e["evidence"][0]["text"].as_str().unwrap().contains(trigger),
                "trigger {trigger} not in its sentence"
            );
        }
    }
}

#[test]
fn every_event_and_edge_refers_to_known_ids() {
    let out = run_ok(&["extract", root().join("samples").to_str().unwrap()]);
    assert_known_ids(&out);
}

/// A state named only as the place of an attack ("in Syria") is its target,
/// and the actor list holds it although no participant mention named it.
#[test]
fn a_target_named_only_as_a_place_is_a_listed_actor() {
    let dir = std::env::temp_dir().join(format!("linimasa-place-target-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("strike.en.txt");
    std::fs::write(&f, "Israeli jets struck militias in Syria on Monday.\n").unwrap();
    let out = run_ok(&["extract", f.to_str().unwrap(), "--date", "2024-03-06"]);
    let t: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(t["events"][0]["recipients"][0], "SYR");
    assert_known_ids(&out);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A date measured from an event that only the headline tells (the call
/// of the title) keeps no edge to it once the headline's own events are left
/// out: every relative edge points at another event of the timeline.
#[test]
fn a_relative_date_never_points_at_a_dropped_headline_event() {
    let dir = std::env::temp_dir().join(format!("linimasa-headline-relative-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("call.en.txt");
    std::fs::write(
        &f,
        "Cavusoglu held phone talks with Lavrov on Tuesday\n\n\
         Turkish Foreign Minister Mevlut Cavusoglu condemned the attack on the convoy.\n",
    )
    .unwrap();
    let out = run_ok(&["extract", f.to_str().unwrap(), "--date", "2020-06-10"]);
    assert_known_ids(&out);
    let t: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(t["events"].as_array().unwrap().len(), 1, "{out}");
    for ed in t["edges"].as_array().unwrap() {
        assert_ne!(ed["source"], ed["target"], "an edge from an event to itself: {ed}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

fn assert_known_ids(out: &str) {
    let t: serde_json::Value = serde_json::from_str(out).unwrap();
    let actors: std::collections::HashSet<&str> =
        t["actors"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    let events: std::collections::HashSet<&str> =
        t["events"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    for e in t["events"].as_array().unwrap() {
        for a in e["actors"].as_array().unwrap().iter().chain(e["recipients"].as_array().unwrap()) {
            assert!(actors.contains(a.as_str().unwrap()), "unknown actor {a}");
        }
    }
    for ed in t["edges"].as_array().unwrap() {
        let (s, tg) = (ed["source"].as_str().unwrap(), ed["target"].as_str().unwrap());
        assert!(actors.contains(s) || events.contains(s), "dangling source {s}");
        assert!(actors.contains(tg) || events.contains(tg), "dangling target {tg}");
    }
}
