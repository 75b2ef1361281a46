//! The event corpora (`tests/corpus/<lang>/events.tsv`): each text must yield
//! its event (type, initiators, targets, modality, date), or none at all.

use linimasa::article::Article;
use linimasa::data::Table;
use linimasa::pipeline::{Config, Engine};
use linimasa::timeline::Timeline;

use super::support::root;

fn ids(cell: &str) -> Vec<String> {
    if cell == "-" {
        Vec::new()
    } else {
        cell.split('|').map(str::to_string).collect()
    }
}

/// Runs `tests/corpus/<lang>/<file>` for both languages: (cases, failures, report).
fn run_corpus(file: &str) -> (usize, usize, String) {
    let mut report = String::new();
    let mut total = 0;
    let mut failed = 0;
    for lang in ["id", "en"] {
        let path = root().join(format!("tests/corpus/{lang}/{file}"));
        let table =
            Table::parse(&path.display().to_string(), &std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(table.rows.len() >= 20, "{lang}: {} cases", table.rows.len());
        let config = Config {
            lang: Some(lang.into()),
            date: chrono::NaiveDate::parse_from_str(table.rows[0].get(0), "%Y-%m-%d").ok(),
            ..Config::default()
        };
        let engine = Engine::new(&config).unwrap();
        for row in &table.rows {
            total += 1;
            let config = Config {
                date: chrono::NaiveDate::parse_from_str(row.get(0), "%Y-%m-%d").ok(),
                ..config.clone()
            };
            let result = engine.analyze(&Article::from_text("case.txt", row.get(1)), &config);
            let timeline = engine.timeline(&[result]);
            let (plover, actors, recipients, modality, when) =
                (row.get(2), ids(row.get(3)), ids(row.get(4)), row.get(5), row.get(6));
            let ok = if plover == "NONE" {
                timeline.events.is_empty()
            } else {
                timeline.events.iter().any(|e| {
                    e.plover.event == plover
                        && actors.iter().all(|a| e.actors.contains(a) || e.recipients.contains(a))
                        && recipients.iter().all(|r| e.recipients.contains(r) || e.actors.contains(r))
                        // (Who is acted on is no initiator: an event with targets has each
                        // wanted target among them.)
                        && (e.recipients.is_empty() || recipients.iter().all(|r| e.recipients.contains(r)))
                        && e.modality == modality
                        && match when {
                            "-" => true,
                            // ("null": the text gives the event no time.)
                            "null" => e.when.is_none(),
                            _ => e.when.as_ref().is_some_and(|w| w.value == when),
                        }
                })
            };
            // What the shared scorer matches on: type and participants only.
            let loose = plover != "NONE"
                && timeline.events.iter().any(|e| {
                    e.plover.event == plover
                        && actors.iter().all(|a| e.actors.contains(a) || e.recipients.contains(a))
                        && recipients.iter().all(|r| e.recipients.contains(r) || e.actors.contains(r))
                });
            if !ok {
                failed += 1;
                if std::env::var_os("LINIMASA_CORPUS_LOOSE").is_some() && loose {
                    continue;
                }
                let got: Vec<String> = timeline
                    .events
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {:?}->{:?} {} {:?}",
                            e.plover.event,
                            e.actors,
                            e.recipients,
                            e.modality,
                            e.when.as_ref().map(|w| w.value.clone())
                        )
                    })
                    .collect();
                report.push_str(&format!("{lang} line {}: {:?}\n  want {plover} {actors:?}->{recipients:?} {modality} {when}\n  got  {got:?}\n", row.line, row.get(1)));
            }
        }
    }
    (total, failed, report)
}

#[test]
fn event_corpora_yield_their_events() {
    let (total, failed, report) = run_corpus("events.tsv");
    eprintln!("{}/{total} cases\n{report}", total - failed);
    // Every case as annotated: a case that no longer holds is a regression.
    assert_eq!(failed, 0, "{}/{total}\n{report}", total - failed);
}

/// The challenge corpora (`challenge.tsv`; `challenge2.tsv`, mostly contexts of
/// two or three sentences; `challenge3.tsv`, readouts and wire copy;
/// `challenge4.tsv`, Indonesian press and press releases; `challenge5.tsv`, the
/// most frequent event types): texts written for them by annotators
/// who never ran linimasa, so not every case holds. The share that
/// does is a measure of how the extractor generalizes; it must not fall below
/// the floor measured when the corpora were added.
#[test]
fn challenge_corpora_mostly_hold() {
    let (mut total, mut failed, mut report) = run_corpus("challenge.tsv");
    for file in ["challenge2.tsv", "challenge3.tsv", "challenge4.tsv", "challenge5.tsv"] {
        let (t, f, r) = run_corpus(file);
        (total, failed) = (total + t, failed + f);
        report.push_str(&r);
    }
    let share = (total - failed) as f64 / total as f64;
    eprintln!("{}/{total} cases ({share:.3})\n{report}", total - failed);
    assert!(
        share >= CHALLENGE_FLOOR,
        "{}/{total} = {share:.3} < {CHALLENGE_FLOOR}\n{report}",
        total - failed
    );
}

/// The share of challenge cases that held when they were added, less a margin.
const CHALLENGE_FLOOR: f64 = 0.65;

/// `challenge6.tsv` and `challenge7.tsv`: real sentences, copied from
/// published news and releases (sources listed in each file) and annotated by
/// hand without running linimasa. Real prose is harder than the written
/// cases, so these corpora have a floor of their own.
#[test]
fn real_sentence_corpora_hold_their_floor() {
    let (mut total, mut failed, mut report) = run_corpus("challenge6.tsv");
    let (t, f, r) = run_corpus("challenge7.tsv");
    (total, failed) = (total + t, failed + f);
    report.push_str(&r);
    let share = (total - failed) as f64 / total as f64;
    eprintln!("{}/{total} cases ({share:.3})\n{report}", total - failed);
    assert!(share >= REAL_FLOOR, "{}/{total} = {share:.3} < {REAL_FLOOR}\n{report}", total - failed);
}

/// The share of real-sentence cases that held when the corpora were added
/// (challenge6 0.43, challenge7 0.51 with the code of their day), less a margin.
const REAL_FLOOR: f64 = 0.44;

/// The events one English text yields, as (type, initiators, targets).
fn events_en(text: &str, date: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    events_in("en", text, date)
}

/// The timeline of one text in `lang`, published on `date`.
fn timeline_in(lang: &str, text: &str, date: &str) -> Timeline {
    let config = Config {
        lang: Some(lang.into()),
        date: chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
        ..Config::default()
    };
    let engine = Engine::new(&config).unwrap();
    let result = engine.analyze(&Article::from_text("case.txt", text), &config);
    engine.timeline(&[result])
}

/// The events one text in `lang` yields, as (type, initiators, targets).
fn events_in(lang: &str, text: &str, date: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    timeline_in(lang, text, date)
        .events
        .iter()
        .map(|e| (e.plover.event.clone(), e.actors.clone(), e.recipients.clone()))
        .collect()
}

/// True when an event of type `kind` among `got` has `id` among its initiators.
fn initiated_by(got: &[(String, Vec<String>, Vec<String>)], kind: &str, id: &str) -> bool {
    got.iter().any(|(t, a, _)| t == kind && a.iter().any(|x| x == id))
}

/// The event corpora do not check direction; these cases do. A name inside
/// an apposition ("Peru, the ... partner of Chile ..., threatened") is not
/// the subject: the head before the apposition is.
#[test]
fn the_head_of_an_apposition_is_the_initiator() {
    let text = "In response, Peru, the third-largest trading partner of Chile in South America, \
                threatened a tariff on Chilean goods.";
    let got = events_en(text, "2025-01-27");
    assert!(got.iter().any(|(t, a, r)| t == "THREATEN" && a == &["PER"] && r == &["CHL"]), "{got:?}");
}

/// A directed attack told after the fighting of both sides is another event:
/// it keeps its direction instead of joining the fighting.
#[test]
fn a_directed_attack_stays_apart_from_the_fighting_of_both_sides() {
    let text = "Five days of fighting between Thailand and Cambodia along their disputed border \
                have killed at least 35 people. Thai jets bombed Cambodian military targets on Friday.";
    let got = events_en(text, "2025-07-28");
    assert!(got.iter().any(|(t, a, r)| t == "ASSAULT" && a == &["THA"] && r == &["KHM"]), "{got:?}");
}

/// The sides of a joint exercise named after it are its sides; the state that
/// condemns it is not one of them.
#[test]
fn a_condemned_joint_act_keeps_its_own_sides() {
    let text = "Pemerintah China pada Selasa mengecam latihan militer gabungan Amerika Serikat dan \
                Filipina di Laut China Selatan.";
    let got = events_in("id", text, "2025-04-22");
    assert!(
        got.iter().any(|(t, a, _)| t == "COOPERATE"
            && a.contains(&"USA".to_string())
            && !a.contains(&"CHN".to_string())),
        "{got:?}"
    );
}

/// Two actors joined by "and" inside a phrase ("the partnership between the
/// United States and South Africa") are not the subject of the verb after
/// the phrase: "The leaders ... discussed" is the two leaders' talk.
#[test]
fn a_pair_inside_a_phrase_is_not_the_subject() {
    let text = "President Joseph R. Biden, Jr. met today with President Cyril Ramaphosa of South Africa \
                at the White House. The leaders reaffirmed the partnership between the United States \
                and South Africa and discussed trade.";
    let got = events_en(text, "2025-05-14");
    assert!(initiated_by(&got, "CONSULT", "person:joe-biden"), "{got:?}");
    assert!(!initiated_by(&got, "CONSULT", "USA"), "the states of the phrase took the talk: {got:?}");
}

/// What has happened is not dated after the article: a time the text places
/// later ("next year") belongs to the plan agreed, not to the agreement.
#[test]
fn an_asserted_event_is_not_dated_after_the_article() {
    let config = Config {
        lang: Some("en".into()),
        date: chrono::NaiveDate::parse_from_str("2025-05-14", "%Y-%m-%d").ok(),
        ..Config::default()
    };
    let engine = Engine::new(&config).unwrap();
    let text = "Indonesia and Malaysia agreed to hold a joint commission meeting next year.";
    let result = engine.analyze(&Article::from_text("case.txt", text), &config);
    let timeline = engine.timeline(&[result]);
    let agree = timeline.events.iter().find(|e| e.plover.event == "AGREE").expect("an agreement");
    assert_eq!(agree.modality, "asserted");
    assert!(agree.when.as_ref().is_none_or(|w| !w.value.starts_with("2026")), "{:?}", agree.when);
}

/// Direction in two constructions: a participle with its agent after "by" and
/// a determiner is passive ("swaps brokered by the United Arab Emirates": the
/// Emirates mediate), and "its coast guard" after "Beijing said" is China's.
#[test]
fn a_reduced_passive_and_a_state_description_keep_their_direction() {
    let text = "Russia and Ukraine exchanged 150 prisoners of war each on Saturday, the latest in a \
                series of swaps brokered by the United Arab Emirates.";
    let got = events_en(text, "2025-08-11");
    assert!(got.iter().any(|(t, a, _)| t == "CONSULT" && a == &["ARE"]), "{got:?}");
    let text = "Beijing accused Manila of provoking the incident and said its coast guard had taken \
                measures to expel the Philippine vessel.";
    let got = events_en(text, "2025-08-11");
    assert!(got.iter().any(|(t, a, r)| t == "SANCTION" && a == &["CHN"] && r == &["PHL"]), "{got:?}");
}

/// A word of a time expression is no trigger: "Egypt's March 26 statement"
/// names a month, not a demonstration.
#[test]
fn a_month_is_no_demonstration() {
    let got = events_en("Egypt's March 26 statement criticized Israel.", "2025-05-27");
    assert!(!got.iter().any(|(t, _, _)| t == "PROTEST"), "{got:?}");
}

/// A title line with a single capitalized verb is title case too: "Speaks"
/// after "Prime Minister" is no one's name, and the bare title in the body
/// is the office holder.
#[test]
fn a_verb_of_a_title_line_is_no_name() {
    let text = "British Prime Minister Speaks to President of France\n\n\
                The Prime Minister has spoken today by phone to Emmanuel Macron.";
    let got = events_en(text, "2022-02-20");
    assert!(
        got.iter().any(|(t, a, _)| t == "CONSULT"
            && a.contains(&"person:boris-johnson".to_string())
            && !a.iter().any(|x| x == "person:speaks")),
        "{got:?}"
    );
}

/// "The leaders" who ask Russia and Ukraine to act are not Macron and Putin,
/// whose call was told last, but the two on the call before it; and meeting
/// a commitment is no meeting.
#[test]
fn the_leaders_who_ask_are_not_the_side_they_ask() {
    let text = "Boris Johnson has spoken today by phone to Emmanuel Macron.\n\n\
                They updated one another on their respective diplomatic efforts, including President \
                Macron's call with President Putin today.\n\n\
                The leaders agreed on the need for both Russia and Ukraine to meet their commitments.";
    let got = events_en(text, "2022-02-20");
    for leader in ["person:boris-johnson", "person:emmanuel-macron"] {
        assert!(
            got.iter().any(|(t, a, r)| t == "REQUEST" && a == &[leader] && r.contains(&"RUS".to_string())),
            "{got:?}"
        );
    }
    assert!(!got.iter().any(|(t, a, _)| t == "REQUEST" && a.contains(&"person:vladimir-putin".to_string())));
    assert!(!got.iter().any(|(t, a, _)| t == "CONSULT" && a.contains(&"RUS".to_string())), "{got:?}");
}

/// A readout titled as a call: the "spoke to" of its body on the same day is
/// that call (mode phone).
#[test]
fn a_meeting_word_on_the_day_of_a_call_is_the_call() {
    let text = "PM call with President Zelenskyy of Ukraine: 10 November 2022\n\n\
                Prime Minister Rishi Sunak spoke to the President of Ukraine, Volodymyr Zelenskyy, this morning.";
    let timeline = timeline_in("en", text, "2022-11-10");
    let call = timeline
        .events
        .iter()
        .find(|e| e.plover.event == "CONSULT" && e.actors.contains(&"person:rishi-sunak".to_string()))
        .expect("the call");
    assert_eq!(call.plover.mode.as_deref(), Some("phone"));
    assert_eq!(call.cameo.code, "041");
}

/// The one who speaks of an attack told by a noun is not its target, and
/// the doer of that attack is not the target of the help promised beside it.
#[test]
fn a_speaker_is_not_the_target_of_the_attack_he_deplores() {
    let text = "He expressed his horror at the ongoing Russian drone strikes on civilian areas and \
                confirmed that the UK would continue providing further military aid.";
    let got = events_en(text, "2022-11-10");
    assert!(
        !got.iter().any(|(t, _, r)| t == "ASSAULT" && r.iter().any(|x| x.starts_with("person:"))),
        "{got:?}"
    );
    assert!(!got.iter().any(|(t, _, r)| t == "AID" && r.contains(&"RUS".to_string())), "{got:?}");
}

/// "Its ambassador" is the ambassador of the state the sentence is about,
/// not the other state's ambassador named before.
#[test]
fn its_ambassador_is_not_the_other_states_ambassador() {
    let text = "They did not clarify if this included Argentine ambassador to Colombia Gustavo Dzugala. \
                In January, Colombia temporarily recalled its ambassador to Argentina.";
    let got = events_en(text, "2024-03-28");
    assert!(
        got.iter().any(|(t, a, r)| t == "SANCTION" && a == &["COL"] && r.contains(&"ARG".to_string())),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, _, r)| r.contains(&"person:gustavo-dzugala".to_string())), "{got:?}");
}

/// In a title-case headline, the capitalized words after a title with no
/// state ("Duta Besarnya Disiram Cat") name no one.
#[test]
fn a_headline_verb_after_a_bare_title_is_no_name() {
    let text =
        "Diplomatnya Diusir hingga Duta Besarnya Disiram Cat, Rusia Tidak akan Tutup Kedutaan di Eropa\n\n\
                Rusia tidak berencana menutup kedutaan besarnya di Eropa.";
    let config = Config { lang: Some("id".into()), ..Config::default() };
    let engine = Engine::new(&config).unwrap();
    let result = engine.analyze(&Article::from_text("case.txt", text), &config);
    let people: Vec<String> = result.actors.keys().filter(|id| id.starts_with("person:")).cloned().collect();
    assert!(people.is_empty(), "{people:?}");
}

/// Two sides named together who agree, aimed at no one else, make one
/// agreement of both; two who offer make one offer each.
#[test]
fn an_agreement_of_two_is_one_and_an_offer_of_two_is_two() {
    let got =
        events_in("id", "Kyrgyzstan dan Tajikistan telah menyetujui gencatan senjata lengkap.", "2021-05-02");
    assert!(got.iter().any(|(t, a, _)| t == "AGREE" && a.len() == 2), "{got:?}");
    let got = events_in(
        "id",
        "China dan Amerika Serikat menawarkan bantuan untuk menengahi konflik itu.",
        "2025-07-28",
    );
    assert!(got.iter().filter(|(t, a, _)| t == "AGREE" && a.len() == 1).count() >= 2, "{got:?}");
}

/// A visit word in the clause of a meeting makes it a visit (CONSULT 042).
#[test]
fn a_meeting_with_a_visitor_is_a_visit() {
    let text = "Menteri Luar Negeri Tiongkok Wang Yi mengadakan pembicaraan dengan Menteri Luar Negeri \
                Indonesia Retno Marsudi yang datang berkunjung hari Kamis di Tunxi.";
    let timeline = timeline_in("id", text, "2022-04-01");
    let talks = timeline.events.iter().find(|e| e.plover.event == "CONSULT").expect("the talks");
    assert_eq!(talks.plover.mode.as_deref(), Some("visit"));
    assert_eq!(talks.cameo.code, "042");
}

/// A protest after "untuk"/"to" that follows a summons is the summoner's,
/// made to the one summoned: not the ambassador's.
#[test]
fn the_protest_of_a_summons_is_the_summoners() {
    let text = "Kementerian Luar Negeri China memanggil Duta Besar Jepang untuk menyampaikan protes keras \
                atas pernyataan Perdana Menteri Jepang.";
    let got = events_in("id", text, "2024-03-05");
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["CHN"] && r == &["JPN"]), "{got:?}");
    assert!(!got.iter().any(|(t, a, _)| t == "ACCUSE" && a.contains(&"JPN".to_string())), "{got:?}");
}

/// Found in review: the word after a passive light verb is skipped only when
/// it is no target word ("terhadap Israel" is the target, not the agent), and
/// a dateline's state is neither the sentence's own nor "its neighbour".
#[test]
fn a_target_word_and_a_dateline_do_not_give_an_actor() {
    let got =
        events_in("id", "Serangan yang dilakukan terhadap Israel pada Senin dipuji Iran.", "2024-03-05");
    assert!(!got.iter().any(|(t, a, _)| t == "ASSAULT" && a.contains(&"ISR".to_string())), "{got:?}");
    let text = "Armenia menembaki pos perbatasan pada Minggu.\n\n\
                MOSKOW - Azerbaijan menuduh tetangganya melanggar gencatan senjata.";
    let got = events_in("id", text, "2024-03-05");
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["AZE"] && r == &["ARM"]), "{got:?}");
}

/// "Both sides" after a sentence that names two states together are those
/// states, not the two ministers of a meeting told before; "the Asian giants"
/// is a pair of states.
#[test]
fn both_sides_are_the_states_named_together_after_the_last_event() {
    let text =
        "Border tensions\n\nIndian Foreign Minister S. Jaishankar met Chinese Foreign Minister Wang Yi \
                in Moscow on Thursday.\n\nPakistan and India have fought three wars. Both sides continue to \
                accuse each other of supporting terrorist groups.";
    let got = events_in("en", text, "2021-08-26");
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["PAK"] && r == &["IND"]), "{got:?}");
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["IND"] && r == &["PAK"]), "{got:?}");
    let text = "Border tensions\n\nIndia's S. Jaishankar and China's Wang Yi met in Moscow on Thursday.\n\n\
                Since last week, the Asian giants have accused each other of sending soldiers into rival \
                territory.";
    let got = events_in("en", text, "2021-08-26");
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["IND"] && r == &["CHN"]), "{got:?}");
}

/// A month name is no modal verb: "Since May, China has accused ..." is
/// asserted, "China may invade ..." hypothetical.
#[test]
fn a_month_name_is_no_modal_verb() {
    let text = "Tensions\n\nSince May, China has accused India of sending soldiers.\n\n\
                China may invade Taiwan in May, officials said.";
    let timeline = timeline_in("en", text, "2021-08-26");
    let of = |t: &str| timeline.events.iter().find(|e| e.plover.event == t).map(|e| e.modality.clone());
    assert_eq!(of("ACCUSE").as_deref(), Some("asserted"));
    assert_eq!(of("COERCE").as_deref(), Some("hypothetical"));
}

/// A summoned envoy in the passive: the agent after "by", or the ministry
/// after "to", summons; the active bare verb with no envoy is no summons.
#[test]
fn a_passive_summons_names_who_summons() {
    let text = "Summons\n\nIndian High Commissioner Pranay Verma was summoned by the Bangladesh foreign ministry \
                on Monday.\n\nThe Chinese ambassador was summoned to the Japanese Foreign Ministry on Tuesday.\n\n\
                Putin summoned his security council on Friday.";
    let got = events_in("en", text, "2024-03-08");
    assert!(
        got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["BGD"] && r == &["person:pranay-verma"]),
        "{got:?}"
    );
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["JPN"] && r == &["CHN"]), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
}

/// Calling a decision unjustified or baseless accuses the one who took it;
/// sending envoys home is expelling them.
#[test]
fn unjustified_decisions_and_envoys_sent_home() {
    let text = "Rusia usir diplomat\n\nBelgia menyebut keputusan Rusia tersebut sama sekali tidak dapat \
                dibenarkan.\n\nJerman memulangkan 40 utusan Rusia pada Senin.";
    let got = events_in("id", text, "2022-04-20");
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["BEL"] && r == &["RUS"]), "{got:?}");
    assert!(got.iter().any(|(t, a, r)| t == "SANCTION" && a == &["DEU"] && r == &["RUS"]), "{got:?}");
}

/// An answer with no target of its own ("sebagai tanggapan", "in
/// retaliation") is aimed at whoever acted against its initiator before.
#[test]
fn an_answer_is_aimed_at_the_one_answered() {
    let text = "Ketegangan\n\nVenezuela mengerahkan tentara ke perbatasan Guyana pada Selasa (5/12/2023). \
                Guyana telah menempatkan pasukan pertahanannya dalam siaga penuh sebagai tanggapan.";
    let got = events_in("id", text, "2023-12-07");
    assert!(got.iter().any(|(t, a, r)| t == "MOBILIZE" && a == &["GUY"] && r == &["VEN"]), "{got:?}");
}

/// Threatening a state of affairs is endangering it: "mengancam gencatan
/// senjata", "threatens regional stability" are no threats.
#[test]
fn threatening_a_ceasefire_is_no_threat() {
    let got =
        events_in("id", "Serangan\n\nSerangan Israel mengancam gencatan senjata di Gaza.", "2025-03-18");
    assert!(!got.iter().any(|(t, _, _)| t == "THREATEN"), "{got:?}");
    let got =
        events_in("en", "Tests\n\nNorth Korea's missile tests threaten regional stability.", "2025-03-18");
    assert!(!got.iter().any(|(t, _, _)| t == "THREATEN"), "{got:?}");
    let got =
        events_in("en", "Threat\n\nNorth Korea threatened South Korea with nuclear strikes.", "2025-03-18");
    assert!(got.iter().any(|(t, _, _)| t == "THREATEN"), "{got:?}");
}

/// A ceasefire agreed by two sides in the passive is one agreement of both;
/// an act in apposition ("a move he called ...") is what a pejorative
/// condemns; an attacker named before plain modifiers of the attack noun is
/// its doer; a commitment to an alliance is support.
#[test]
fn passive_agreements_appositive_moves_and_modified_attacks() {
    let text =
        "Gencatan senjata\n\nGencatan senjata tujuh hari yang disetujui oleh tentara Sudan dan Pasukan \
                Dukungan Cepat (RSF) dimulai pada Senin.";
    let got = events_in("id", text, "2023-05-24");
    assert!(
        got.iter().any(|(t, a, _)| t == "AGREE" && a.len() == 2 && a.contains(&"SDN".to_string())),
        "{got:?}"
    );
    let text = "Spat\n\nRussia expelled two British diplomats on Monday, a move London called unjustified.";
    let got = events_in("en", text, "2017-02-15");
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["GBR"] && r == &["RUS"]), "{got:?}");
    let text =
        "Attacks\n\nSaudi Arabia condemned the recent Houthi cross-border attacks on Saudi Arabia.\n\n\
                Austin reiterated the U.S. commitment to the alliance with Japan.";
    let got = events_in("en", text, "2021-02-18");
    assert!(
        got.iter().any(|(t, a, r)| t == "ASSAULT" && a == &["group:houthis"] && r == &["SAU"]),
        "{got:?}"
    );
    assert!(got.iter().any(|(t, _, _)| t == "SUPPORT"), "{got:?}");
}

/// A name with a hyphened Arabic article is found written with a space too
/// ("Jaish al Adl"), and "Kurdi" / "the Kurds" name the Kurdish groups.
#[test]
fn arabic_articles_apart_and_the_kurds() {
    let text = "Serangan di perbatasan\n\nJaish al Adl menyerang pasukan keamanan Iran di perbatasan dengan \
                Pakistan pada Selasa.\n\nTurki menuduh kelompok Kurdi mendalangi serangan itu, namun Kurdi \
                membantah tuduhan tersebut.";
    let got = events_in("id", text, "2024-01-18");
    assert!(
        got.iter().any(|(t, a, r)| t == "ASSAULT" && a == &["group:jaish-al-adl"] && r == &["IRN"]),
        "{got:?}"
    );
    assert!(got.iter().any(|(t, a, _)| t == "REJECT" && a == &["group:kurdish-militants"]), "{got:?}");
}

/// "his" before an event noun with no light verb is the clause subject's
/// when both it and the nearer actor are people; a group's "its" stays the
/// nearer actor's.
#[test]
fn his_visit_is_the_subjects() {
    let text = "Call\n\nSecretary Blinken briefed Foreign Minister Colonna on his recent visit to Israel.";
    let got = events_in("en", text, "2023-02-09");
    assert!(initiated_by(&got, "CONSULT", "person:antony-blinken"), "{got:?}");
    assert!(!initiated_by(&got, "CONSULT", "person:catherine-colonna"), "{got:?}");
    let text = "El Fasher\n\nSecretary Blinken called on the world to pressure the RSF to cease its attacks on El Fasher.";
    let got = events_in("en", text, "2024-05-10");
    assert!(got.iter().any(|(t, a, _)| t == "ASSAULT" && a == &["group:rsf"]), "{got:?}");
}

/// A phone word in the phrase that opens the sentence makes its talks calls;
/// a verb in an opening subordinate clause shares the main subject; a travel
/// ban is no visit; declining to take part is a rejection.
#[test]
fn opening_phrases_travel_bans_and_declining_to_take_part() {
    let text = "Calls\n\nOn separate calls, Tillerson spoke with Japanese Foreign Minister Taro Kono.\n\n\
                The travel bans will restrict senior Russian officials from travelling to Canada.\n\n\
                The summit was canceled after the Rwandan delegation declined to participate.";
    let timeline = timeline_in("en", text, "2017-08-29");
    let call = timeline.events.iter().find(|e| e.plover.event == "CONSULT").expect("the call");
    assert_eq!(call.plover.mode.as_deref(), Some("phone"));
    assert_eq!(timeline.events.iter().filter(|e| e.plover.event == "CONSULT").count(), 1);
    assert!(timeline.events.iter().any(|e| e.plover.event == "REJECT" && e.actors == ["RWA"]));
    let text = "Telepon\n\nUsai menelepon Presiden Korea Selatan Yoon Suk-yeol, Perdana Menteri Jepang Fumio Kishida \
                mengatakan kepada awak media bahwa keduanya setuju untuk terus berhubungan.";
    let got = events_in("id", text, "2022-03-11");
    assert!(
        got.iter().any(|(t, a, _)| t == "CONSULT" && a.contains(&"person:fumio-kishida".to_string())),
        "{got:?}"
    );
}

/// The British spelling of a defence pact ended is a sanction; seeking a
/// ceasefire is an appeal for one.
#[test]
fn ended_co_operation_pacts_and_sought_ceasefires() {
    let text = "Chad ends pact\n\nChad's government has ended its defence co-operation pact with France.\n\n\
                Ukraine sought a ceasefire with Russia on Thursday.";
    let got = events_in("en", text, "2024-11-29");
    assert!(got.iter().any(|(t, a, r)| t == "SANCTION" && a == &["TCD"] && r == &["FRA"]), "{got:?}");
    assert!(got.iter().any(|(t, a, r)| t == "REQUEST" && a == &["UKR"] && r == &["RUS"]), "{got:?}");
}

/// "called upon" asks as "called on" does; a chargé d'affaires is an envoy
/// and a senator a title, so "Senator Payne" is the Payne named before.
#[test]
fn called_upon_charge_d_affaires_and_senators() {
    let text = "Protest\n\nPakistan called upon the Afghan government to take immediate action against terrorist \
                groups.\n\nForeign Minister Marise Payne has called on the Myanmar military to stop its campaign \
                of violence.\n\nSenator Payne says the junta has inflicted horrific violence.";
    let timeline = timeline_in("en", text, "2022-02-01");
    assert!(timeline
        .events
        .iter()
        .any(|e| e.plover.event == "REQUEST" && e.actors == ["PAK"] && e.recipients == ["AFG"]));
    assert!(!timeline.actors.iter().any(|a| a.id == "person:senator-payne"));
}

/// Signing a text is another act than agreeing to act, so a memorandum
/// signed by two leaders is not merged into their agreement told before;
/// "menyentil" criticizes.
#[test]
fn signing_is_not_merged_into_agreeing() {
    let text = "Jokowi dan Modi\n\nPresiden Joko Widodo dan Perdana Menteri India Narendra Modi sepakat \
                meningkatkan kerja sama pada Rabu (30/5/2018).\n\nAda sembilan nota kesepahaman yang \
                ditandatangani oleh Jokowi dan Modi.\n\nJokowi juga sempat menyentil kebijakan India yang \
                menaikkan bea masuk untuk produk sawit.";
    let timeline = timeline_in("id", text, "2018-05-30");
    let agreements: Vec<&str> =
        timeline.events.iter().filter(|e| e.plover.event == "AGREE").map(|e| e.cameo.code.as_str()).collect();
    assert!(agreements.contains(&"057") && agreements.iter().any(|c| *c != "057"), "{agreements:?}");
    assert!(timeline.events.iter().any(|e| e.plover.event == "ACCUSE" && e.recipients == ["IND"]));
}

/// "dutabesar" is "duta besar"; every agent listed after a passive verb of
/// calling accuses.
#[test]
fn dutabesar_and_listed_agents_of_a_label() {
    let text = "Irak panggil dubes Turki\n\nKementerian Luar Negeri Irak memanggil dutabesar Turki di Baghdad pada \
                Jumat (14/12).\n\nPKK sendiri ditetapkan sebagai organisasi teroris oleh Turki, Amerika Serikat \
                dan Uni Eropa.";
    let got = events_in("id", text, "2018-12-15");
    assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["IRQ"] && r == &["TUR"]), "{got:?}");
    for accuser in ["TUR", "USA", "org:eu"] {
        assert!(
            got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &[accuser] && r == &["group:pkk"]),
            "{got:?}"
        );
    }
}

/// A participle right after the agent of a passive is that agent's act.
#[test]
fn a_participle_after_a_passive_agent_is_the_agents() {
    let text = "Missile\n\nJapanese Foreign Minister Fumio Kishida welcomed a statement released Friday by the U.N. \
                Security Council slamming North Korea for its missile launches.";
    let got = events_in("en", text, "2016-08-27");
    assert!(
        got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["org:un-security-council"] && r == &["PRK"]),
        "{got:?}"
    );
}

/// Agreeing on a view that condemns is an accusation by each side, not an
/// agreement; being held to account is being blamed.
#[test]
fn agreeing_on_a_condemnation_is_an_accusation() {
    let text =
        "Call\n\nPrime Minister Sunak spoke to President Zelenskyy today. They agreed Russia must be held \
                to account for its actions.";
    let got = events_in("en", text, "2022-11-10");
    for side in ["person:rishi-sunak", "person:volodymyr-zelenskyy"] {
        assert!(got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &[side] && r == &["RUS"]), "{got:?}");
    }
    assert!(!got.iter().any(|(t, ..)| t == "AGREE"), "{got:?}");
    let text =
        "Telepon\n\nMenlu Retno Marsudi berbicara dengan Menlu Jepang Yoshimasa Hayashi pada Senin (3/10). \
                Keduanya sepakat bahwa peluncuran rudal Korea Utara adalah provokasi.";
    let got = events_in("id", text, "2022-10-04");
    assert!(
        got.iter().any(|(t, a, r)| t == "ACCUSE" && a == &["person:retno-marsudi"] && r == &["PRK"]),
        "{got:?}"
    );
    // Agreeing to act is an agreement still.
    let text =
        "Call\n\nPresident Biden spoke with President Macron today. They agreed to impose sanctions on \
                Russia for its illegal war.";
    let got = events_in("en", text, "2022-03-01");
    assert!(got.iter().any(|(t, ..)| t == "AGREE"), "{got:?}");
}

/// "The Prime Minister spoke to ...": a readout's bare office title is the
/// holder in the one state the article names that has one, else the
/// office's unnamed holder.
#[test]
fn a_bare_office_title_is_its_holder() {
    let text = "Call\n\nThe Prime Minister spoke to President Biden this evening. The UK remains America's \
                closest ally.";
    let got = events_in("en", text, "2022-10-26");
    assert!(
        got.iter().any(|(t, a, _)| t == "CONSULT" && a.contains(&"person:rishi-sunak".to_string())),
        "{got:?}"
    );
    let text = "Call\n\nThe Prime Minister spoke to President Biden this evening.";
    let timeline = timeline_in("en", text, "2022-10-26");
    let call = timeline.events.iter().find(|e| e.plover.event == "CONSULT").expect("the call");
    let names: Vec<&str> = call
        .actors
        .iter()
        .filter_map(|id| timeline.actors.iter().find(|a| &a.id == id))
        .map(|a| a.name.as_str())
        .collect();
    assert!(names.contains(&"Prime Minister") && names.contains(&"Joe Biden"), "{names:?}");
}

/// "Minister Field said:" opens unquoted paragraphs that are his words: their
/// "I" is he; "the regime" a critic urges is the other state; a title written
/// with a non-breaking hyphen is the title.
#[test]
fn the_paragraphs_after_said_colon_are_the_speakers() {
    let text =
        "Minister summons ambassador\n\nFollowing North Korea's missile launch, Foreign Office Minister \
                Mark Field summoned the North Korean Ambassador.\n\nThe UK will continue to work with our \
                partners.\n\nFollowing the meeting, Minister Field said:\n\nI urge the regime to abandon its \
                illegal pursuit of nuclear missiles.";
    let got = events_in("en", text, "2017-11-29");
    assert!(
        got.iter().any(|(t, a, r)| t == "REQUEST" && a == &["person:mark-field"] && r == &["PRK"]),
        "{got:?}"
    );
    let text = "Statement\n\nThe following statement was issued by the Spokesman for UN Secretary\u{2011}General \
                António Guterres:\n\nThe Secretary\u{2011}General condemns the attack on the peacekeepers in Mali.";
    let got = events_in("en", text, "2018-04-05");
    assert!(got.iter().any(|(t, a, _)| t == "ACCUSE" && a == &["person:antonio-guterres"]), "{got:?}");
}

/// A summons told first and a condemnation told in a later sentence are two
/// accusations, not one told twice.
#[test]
fn a_summons_and_a_later_condemnation_are_two_accusations() {
    let text = "Envoy summoned\n\nIndia on Saturday summoned the Charge d'Affaires of Pakistan over the shelling.\n\n\
                \"India condemns, in the strongest terms, the targeting of civilians by Pakistani forces,\" the \
                ministry said.";
    let timeline = timeline_in("en", text, "2020-11-14");
    let codes: Vec<&str> = timeline
        .events
        .iter()
        .filter(|e| e.plover.event == "ACCUSE" && e.actors == ["IND"] && e.recipients == ["PAK"])
        .map(|e| e.cameo.code.as_str())
        .collect();
    assert!(codes.contains(&"114") && codes.contains(&"111"), "{codes:?}");
}

/// What a request asks for is its addressees' act: "menyerukan kepada
/// masyarakat internasional untuk mendukung Damaskus" is no support by the
/// one who asks.
#[test]
fn the_content_of_a_request_is_not_the_requesters_act() {
    let text = "Saudi\n\nArab Saudi menyerukan kepada masyarakat internasional untuk mendukung Damaskus.";
    let got = events_in("id", text, "2025-08-27");
    assert!(got.iter().any(|(t, a, _)| t == "REQUEST" && a == &["SAU"]), "{got:?}");
    assert!(!got.iter().any(|(t, a, _)| t == "SUPPORT" && a.contains(&"SAU".to_string())), "{got:?}");
}
