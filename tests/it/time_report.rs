//! `linimasa times` output (JSON and TimeML), TimeML reading and the
//! TempEval-3 scorer, through the library and the command line.

use std::process::Command;

use linimasa::article::Article;
use linimasa::time::eval::{score_document, score_folders};
use linimasa::time::report::{render_times, TimesInput};
use linimasa::time::timeml::read_document;

const TEXT: &str = "Menteri itu tiba Senin (30/6/2025) dan bertemu mitranya pada pertengahan Juni. “Kami akan kembali bulan depan,” katanya.";

fn input(text: &str, anchor: Option<chrono::NaiveDate>) -> TimesInput {
    TimesInput {
        article: Article::from_text("a.txt", text),
        lang: "id".into(),
        anchor,
        anchor_source: if anchor.is_some() { "given".into() } else { "none".into() },
    }
}

#[test]
fn json_counts_characters_and_infers_the_anchor_when_none_is_given() {
    let files = render_times(&[input(TEXT, None)], "json").unwrap();
    let v: serde_json::Value = serde_json::from_slice(&files[0].bytes).unwrap();
    let doc = &v["documents"][0];
    assert_eq!(doc["anchor"]["date"], "2025-06-30");
    assert_eq!(doc["anchor"]["source"], "inferred");
    let times = doc["times"].as_array().unwrap();
    let chars: Vec<char> = TEXT.chars().collect();
    for t in times {
        let (s, e) = (t["start"].as_u64().unwrap() as usize, t["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), t["text"].as_str().unwrap());
    }
    let by_text = |x: &str| times.iter().find(|t| t["text"] == x).unwrap_or_else(|| panic!("{x}"));
    assert_eq!(by_text("Senin (30/6/2025)")["value"], "2025-06-30");
    assert_eq!(by_text("pertengahan Juni")["mod"], "MID");
    assert_eq!(by_text("pertengahan Juni")["interval"]["start"], "2025-06-11");
    assert_eq!(by_text("bulan depan")["value"], "2025-07");
    assert_eq!(by_text("bulan depan")["anchored_to"], "article");
}

#[test]
fn timeml_output_reads_back_with_the_same_expressions() {
    let anchor = chrono::NaiveDate::from_ymd_opt(2025, 7, 3);
    let files =
        render_times(&[input("A & B <met> pada 3 Juli 2025 & lagi besok.", anchor)], "timeml").unwrap();
    assert_eq!(files[0].name, "a.tml");
    let xml = String::from_utf8(files[0].bytes.clone()).unwrap();
    let doc = read_document(&xml).unwrap();
    assert_eq!(doc.text, "A & B <met> pada 3 Juli 2025 & lagi besok.");
    assert_eq!(doc.dct, anchor);
    let values: Vec<&str> = doc.timexes.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["2025-07-03", "2025-07-04"]);
    // Scoring a document against itself is perfect.
    let c = score_document(&doc.timexes, &doc.timexes);
    assert_eq!((c.strict, c.value, c.gold), (2, 2, 2));
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let err = render_times(&[input(TEXT, None)], "xml").unwrap_err();
    assert!(err.to_string().contains("json or timeml"), "{err}");
}

/// A gold TimeML file written for this test.
const GOLD: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-07-03" functionInDocument="CREATION_TIME">July 3, 2025</TIMEX3></DCT>
<TEXT>Officials met <TIMEX3 tid="t1" type="DATE" value="2025-07-02">yesterday</TIMEX3> and will meet again <TIMEX3 tid="t2" type="DATE" value="2025-W28">next week</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>, after talks in <TIMEX3 tid="t4" type="DATE" value="2024">the year 2024</TIMEX3>.</TEXT>
</TimeML>
"#;

#[test]
fn times_reads_tml_and_times_eval_scores_against_gold() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold");
    std::fs::create_dir(&gold).unwrap();
    std::fs::write(gold.join("doc.tml"), GOLD).unwrap();
    // The library: linimasa tags the gold text anchored to its DCT.
    let (total, docs) = score_folders(&gold, None, "en").unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!((total.gold, total.system), (4, 4));
    // "the year 2024" is found as "year 2024": relaxed, not strict.
    assert_eq!((total.strict, total.relaxed, total.value), (3, 4, 4));
    // The command line: times on the .tml, then times-eval on its output.
    let bin = env!("CARGO_BIN_EXE_linimasa");
    let out = Command::new(bin).args(["times", "--lang", "en"]).arg(gold.join("doc.tml")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"][0]["anchor"]["source"], "document");
    let pred = dir.path().join("pred");
    let st = Command::new(bin)
        .args(["times", "--lang", "en", "--format", "timeml", "-o"])
        .arg(&pred)
        .arg(gold.join("doc.tml"))
        .status()
        .unwrap();
    assert!(st.success());
    let out = Command::new(bin).args(["times-eval", "--json"]).arg(&gold).arg(&pred).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["total"]["value_f1"], 1.0);
    assert_eq!(v["total"]["strict"]["f1"], 0.75);
}

#[test]
fn times_eval_on_a_folder_without_tml_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let out =
        Command::new(env!("CARGO_BIN_EXE_linimasa")).arg("times-eval").arg(dir.path()).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no .tml files"));
}

#[test]
fn event_relative_phrases_take_a_nearby_day_when_times_runs_alone() {
    let anchor = chrono::NaiveDate::from_ymd_opt(2025, 7, 3);
    let text = "Serangan terjadi dua hari setelah pertemuan 30 Juni 2025. Sepekan kemudian, gencatan senjata berlaku. Sehari setelah itu, mereka pulang.";
    let mut doc = input(text, anchor);
    doc.article = Article::from_text("b.txt", text);
    let files = render_times(&[doc], "json").unwrap();
    let v: serde_json::Value = serde_json::from_slice(&files[0].bytes).unwrap();
    let times = v["documents"][0]["times"].as_array().unwrap();
    let get = |x: &str| times.iter().find(|t| t["text"] == x).unwrap_or_else(|| panic!("{x}"));
    assert_eq!(get("dua hari setelah")["value"], "2025-07-02");
    assert_eq!(get("dua hari setelah")["anchored_to"], "expression");
    // A week after that day, not after 30 June.
    assert_eq!(get("Sepekan kemudian")["value"], "2025-07-09");
    // Nothing dated follows "Sehari setelah itu": it waits for its event.
    assert_eq!(get("Sehari setelah")["value"], serde_json::Value::Null);
    assert_eq!(get("Sehari setelah")["anchored_to"], "event");
}

#[test]
fn a_time_of_day_alone_takes_the_day_the_text_last_named() {
    let anchor = chrono::NaiveDate::from_ymd_opt(2025, 7, 3);
    let text = "Pesawat hilang kontak Minggu (29/6/2025), pukul 06.12 WIB. Sekitar pukul 07.55, tim berangkat.\n\nPada pukul 09.00, rapat dimulai. Hari itu juga, pencarian dihentikan.";
    let mut doc = input(text, anchor);
    doc.article = Article::from_text("c.txt", text);
    let files = render_times(&[doc], "json").unwrap();
    let v: serde_json::Value = serde_json::from_slice(&files[0].bytes).unwrap();
    let times = v["documents"][0]["times"].as_array().unwrap();
    let texts: Vec<&str> = times.iter().map(|t| t["text"].as_str().unwrap()).collect();
    // The date and the time are two expressions, and the time takes the date's day.
    assert_eq!(
        texts,
        ["Minggu (29/6/2025)", "pukul 06.12 WIB", "Sekitar pukul 07.55", "pukul 09.00", "Hari itu"]
    );
    assert_eq!(times[1]["value"], "2025-06-29T06:12");
    assert_eq!(times[1]["zone"], "+07:00");
    assert_eq!(times[2]["value"], "2025-06-29T07:55");
    assert_eq!(times[2]["mod"], "APPROX");
    assert_eq!(times[3]["anchored_to"], "expression");
    assert_eq!(times[4]["value"], "2025-06-29");
}
