//! The temporal tagger's contract with the event extractor: the calls it
//! makes (find, resolve with a tense, event relations, anchor inference) on
//! the seed article and on sentences shaped like the ones it meets.

use chrono::NaiveDate;
use linimasa::time::{EventRelation, Reference, Tense, TimeMod, TimeTagger, TimexType};

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The seed article: `samples/` once it is copied there, else the shared folder.
fn seed() -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        root.join("samples/putin-trump-call.id.txt"),
        root.join("../shared/samples/putin-trump-call.id.txt"),
    ];
    candidates
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok())
        .expect("the seed article, in samples/ or ../shared/samples/")
}

#[test]
fn the_seed_article_infers_its_own_date_from_kamis_3_7_2025() {
    let id = TimeTagger::load("id").unwrap();
    assert_eq!(id.infer_anchor(&seed()), day(2025, 7, 3));
}

#[test]
fn the_seed_article_dates_resolve_to_the_gold_values() {
    let id = TimeTagger::load("id").unwrap();
    let seed = seed();
    let anchor = day(2025, 7, 3);
    let found = id.find(&seed, 0..seed.len());
    let get = |text: &str, tense: Tense| {
        let m = found
            .iter()
            .find(|m| &seed[m.start..m.end] == text)
            .unwrap_or_else(|| panic!("{text} not found"));
        m.resolve(anchor, tense).map(|v| (v.value, v.modifier))
    };
    assert_eq!(get("hari Kamis, (3/7/2025)", Tense::Past), Some(("2025-07-03".into(), None)));
    assert_eq!(get("tahun 2022", Tense::Past), Some(("2022".into(), None)));
    assert_eq!(get("awal Juni", Tense::Past), Some(("2025-06".into(), Some(TimeMod::Start))));
    assert_eq!(get("pertengahan Juni", Tense::Past), Some(("2025-06".into(), Some(TimeMod::Mid))));
    assert_eq!(get("bulan lalu", Tense::Past), Some(("2025-06".into(), None)));
    assert_eq!(get("hari Jumat", Tense::Future), Some(("2025-07-04".into(), None)));
    assert_eq!(get("hari Jumat", Tense::Past), Some(("2025-06-27".into(), None)));
    assert_eq!(get("satu jam", Tense::Past), Some(("PT1H".into(), None)));
    assert_eq!(get("12 hari", Tense::Past), Some(("P12D".into(), None)));
    let after = found.iter().find(|m| &seed[m.start..m.end] == "sehari setelah").unwrap();
    assert_eq!(after.event_relation(), Some(EventRelation { days: 1, reference: Reference::Following }));
    assert_eq!(after.resolve(anchor, Tense::Past), None);
}

#[test]
fn the_future_cue_in_the_seed_makes_friday_the_next_one() {
    let id = TimeTagger::load("id").unwrap();
    let seed = seed();
    let s = seed.find("Zelensky mengatakan kepada wartawan").unwrap();
    let e = s + seed[s..].find("(Red)").unwrap();
    let m = id.find(&seed, s..e).into_iter().next().unwrap();
    assert_eq!(&seed[m.start..m.end], "hari Jumat");
    assert_eq!(id.tense_at(&seed, s..e, m.start), Tense::Future);
}

#[test]
fn relative_expressions_need_the_anchor_and_explicit_ones_do_not() {
    let en = TimeTagger::load("en").unwrap();
    let text = "The talks on July 3, 2025 followed a call last week.";
    let found = en.find(text, 0..text.len());
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].resolve(None, Tense::Past).unwrap().value, "2025-07-03");
    assert_eq!(found[1].resolve(None, Tense::Past), None);
    assert_eq!(found[1].resolve(day(2025, 7, 3), Tense::Past).unwrap().value, "2025-W26");
}

#[test]
fn find_respects_the_range_and_reports_offsets_into_the_whole_text() {
    let id = TimeTagger::load("id").unwrap();
    let text = "Kemarin hujan. Besok cerah.";
    let second = text.find("Besok").unwrap();
    let found = id.find(text, second..text.len());
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].start..found[0].end], "Besok");
    assert_eq!(found[0].timex_type, TimexType::Date);
}

#[test]
fn event_relations_in_both_languages() {
    let en = TimeTagger::load("en").unwrap();
    let id = TimeTagger::load("id").unwrap();
    let rel =
        |t: &TimeTagger, text: &str| t.find(text, 0..text.len()).into_iter().find_map(|m| m.event_relation());
    assert_eq!(
        rel(&en, "a day after the call"),
        Some(EventRelation { days: 1, reference: Reference::Following })
    );
    assert_eq!(
        rel(&en, "Two weeks later, they met."),
        Some(EventRelation { days: 14, reference: Reference::Preceding })
    );
    assert_eq!(
        rel(&id, "seminggu kemudian"),
        Some(EventRelation { days: 7, reference: Reference::Preceding })
    );
    assert_eq!(
        rel(&id, "sehari sebelum KTT"),
        Some(EventRelation { days: -1, reference: Reference::Following })
    );
}

#[test]
fn an_unknown_language_is_an_error_not_a_panic() {
    let err = TimeTagger::load("xx").unwrap_err();
    assert!(err.to_string().contains("xx"), "{err}");
}

#[test]
fn datelines_give_the_anchor() {
    let en = TimeTagger::load("en").unwrap();
    let text = "KYIV, July 3 (Reuters) - Russia struck Kyiv overnight, a year after the 2024 attacks.\nOn June 30, 2025 it said...";
    assert_eq!(en.infer_anchor(text), day(2025, 7, 3));
    let text = "KYIV, July 3 (Reuters) - The 2024 talks failed. Elections will be held in 2029.";
    assert_eq!(en.infer_anchor(text), day(2024, 7, 3));
    let id = TimeTagger::load("id").unwrap();
    let text =
        "JAKARTA, KOMPAS.com - Presiden bertemu Senin (30/6/2025). Rapat lanjutan digelar Rabu (2/7/2025).";
    assert_eq!(id.infer_anchor(text), day(2025, 7, 2));
    assert_eq!(id.infer_anchor("Tidak ada tanggal di sini."), None);
    // A scheduled date is later than the article: the past-tense one wins.
    let text = "Menlu bertemu Lavrov, Senin (30/6/2025). Presiden akan berkunjung mulai Rabu (9/7/2025).";
    assert_eq!(id.infer_anchor(text), day(2025, 6, 30));
}

#[test]
fn a_document_that_writes_day_first_dates_is_read_day_first() {
    let en = TimeTagger::load("en").unwrap();
    assert!(!en.day_first());
    let uk = "The ceasefire of 25/6/2025 held until 3/7/2025.";
    assert!(en.adapted_to(uk).day_first());
    let us = "The ceasefire of 6/25/2025 held until 7/3/2025.";
    assert!(!en.adapted_to(us).day_first());
    // Without a vote the language's order stays, and the anchor follows the document.
    let id = TimeTagger::load("id").unwrap();
    assert!(id.adapted_to("Rapat pada 3/7/2025.").day_first());
    assert_eq!(en.infer_anchor(uk), day(2025, 7, 3));
    assert_eq!(en.infer_anchor(us), day(2025, 7, 3));
}
