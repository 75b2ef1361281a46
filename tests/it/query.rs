//! `linimasa query` on the seed timeline: the five kinds of question, name
//! resolution (aliases, case, accents, ambiguity), filters, table and JSON.

use linimasa::graph::query::{run, QueryOptions};
use serde_json::Value;

use crate::export_support::seed;

fn ask(question: &str) -> QueryOptions {
    QueryOptions {
        question: question.split(' ').map(str::to_string).collect(),
        min_evidence: 1,
        json: true,
        ..Default::default()
    }
}

fn answer(o: &QueryOptions) -> Value {
    serde_json::from_str(&run(&seed(), o).unwrap()).unwrap()
}

fn ids(v: &Value) -> Vec<String> {
    v["events"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap().to_string()).collect()
}

fn labelled(v: &Value) -> Vec<(String, String)> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["date"].as_str().unwrap_or("").to_string(), e["type"].as_str().unwrap().to_string()))
        .collect()
}

#[test]
fn between_putin_and_trump_lists_the_mid_june_call_then_the_july_3_call_then_the_agreement() {
    let v = answer(&ask("between Putin Trump"));
    let got = labelled(&v);
    let want = [("2025-06", "CONSULT"), ("2025-07-03", "CONSULT"), ("2025-07-03", "AGREE")];
    let mut at = 0;
    for w in want {
        at += got[at..]
            .iter()
            .position(|(d, t)| d == w.0 && t == w.1)
            .unwrap_or_else(|| panic!("{w:?} missing or out of order in {got:?}"))
            + 1;
    }
    assert_eq!(v["events"][0]["mod"], "MID");
    // Nothing without both of them.
    for e in v["events"].as_array().unwrap() {
        let all: Vec<&str> = ["actors", "recipients"]
            .iter()
            .flat_map(|k| e[*k].as_array().unwrap().iter().filter_map(|x| x.as_str()))
            .collect();
        assert!(all.contains(&"person:vladimir-putin") && all.contains(&"person:donald-trump"), "{e}");
    }
}

#[test]
fn actor_lists_what_putin_did_and_received_in_time_order_with_undated_last() {
    let v = answer(&ask("actor Putin"));
    let events = v["events"].as_array().unwrap();
    assert_eq!(v["actor"]["id"], "person:vladimir-putin");
    let roles: Vec<(&str, &str)> =
        events.iter().map(|e| (e["type"].as_str().unwrap(), e["role"].as_str().unwrap())).collect();
    assert!(roles.contains(&("REJECT", "recipient")), "Trump's rejection is received: {roles:?}");
    assert!(roles.contains(&("REJECT", "actor")), "Putin's own rejection: {roles:?}");
    let days: Vec<Option<&str>> = events.iter().map(|e| e["day"].as_str()).collect();
    let dated: Vec<&str> = days.iter().flatten().copied().collect();
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    assert_eq!(days.last().unwrap(), &None, "undated last: {days:?}");
}

#[test]
fn names_resolve_through_aliases_case_and_accents() {
    let putin = ids(&answer(&ask("actor Putin")));
    for name in
        ["PUTIN", "vladimir", "Vládimir Pútin", "person:vladimir-putin", "Presiden Rusia Vladimir Putin"]
    {
        assert_eq!(ids(&answer(&ask(&format!("actor {name}")))), putin, "{name}");
    }
    // Aliases of states: AS is the United States, Kremlin is Russia.
    assert_eq!(answer(&ask("actor AS"))["actor"]["id"], "USA");
    assert_eq!(answer(&ask("actor kremlin"))["actor"]["id"], "RUS");
    assert_eq!(answer(&ask("actor Zelensky"))["actor"]["id"], "person:volodymyr-zelenskyy");
}

#[test]
fn an_ambiguous_name_is_an_error_listing_every_candidate() {
    let err = run(&seed(), &ask("actor Presiden")).unwrap_err().to_string();
    for who in ["Vladimir Putin", "Donald Trump", "Volodymyr Zelenskyy"] {
        assert!(err.contains(who), "{who} not listed: {err}");
    }
    assert!(err.contains("ambiguous"), "{err}");
    let err = run(&seed(), &ask("actor Nobody")).unwrap_err().to_string();
    assert!(err.contains("no actor is called"), "{err}");
}

#[test]
fn neighbors_of_trump_honour_the_window_and_the_type() {
    let mut o = ask("neighbors Trump");
    o.from = Some("2025-06-01".into());
    o.to = Some("2025-07-31".into());
    o.event_type = Some("consult".into());
    let v = answer(&o);
    let names: Vec<&str> =
        v["neighbors"].as_array().unwrap().iter().map(|n| n["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Vladimir Putin", "Volodymyr Zelenskyy"]);
    assert_eq!(v["neighbors"][0]["events"].as_array().unwrap().len(), 2);
    // Without filters Ukraine (the rejected NATO bid, undated) is a neighbour too.
    let all = answer(&ask("neighbors Trump"));
    assert!(all["neighbors"].as_array().unwrap().iter().any(|n| n["id"] == "UKR"));
}

#[test]
fn modality_and_evidence_filters_select_events() {
    let mut o = ask("actor Trump");
    o.modality = Some("future".into());
    assert_eq!(ids(&answer(&o)), ["e9"]);
    let mut o = ask("actor Trump");
    o.min_evidence = 2;
    assert_eq!(ids(&answer(&o)), ["e6"], "only the 3 July call has two sentences of evidence");
    let mut o = ask("actor Trump");
    o.modality = Some("probably".into());
    assert!(run(&seed(), &o).unwrap_err().to_string().contains("--modality"));
    let mut o = ask("actor Trump");
    o.from = Some("July 2025".into());
    assert!(run(&seed(), &o).unwrap_err().to_string().contains("--from"));
}

#[test]
fn path_is_a_shortest_chain_of_shared_events() {
    let v = answer(&ask("path Zelenskyy Putin"));
    let steps = v["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 2, "Zelenskyy - Trump - Putin: {v}");
    assert_eq!(steps[0]["to"]["id"], "person:donald-trump");
    assert_eq!(steps[1]["to"]["id"], "person:vladimir-putin");
    let far = answer(&ask("path Zelenskyy Iran"));
    let steps = far["steps"].as_array().unwrap();
    assert_eq!(steps.last().unwrap()["to"]["id"], "IRN");
    assert_eq!(steps.len(), 4);
    // Each step's event has both ends among its participants.
    for s in steps {
        let e = &s["event"];
        let all: Vec<&Value> =
            e["actors"].as_array().unwrap().iter().chain(e["recipients"].as_array().unwrap()).collect();
        assert!(all.contains(&&s["from"]["id"]) && all.contains(&&s["to"]["id"]), "{s}");
    }
    // Within a window that leaves only the 3 July events, no chain reaches Iran.
    let mut o = ask("path Zelenskyy Iran");
    o.from = Some("2025-07-03".into());
    o.to = Some("2025-07-03".into());
    assert_eq!(answer(&o)["found"], false);
}

#[test]
fn stats_count_actors_and_types_and_give_the_first_and_last_date() {
    let v = answer(&ask("stats"));
    let t = seed();
    assert_eq!(v["events"], t.events.len());
    assert_eq!(v["undated"], t.events.iter().filter(|e| e.when.is_none()).count());
    assert_eq!(v["first"], "2022");
    assert_eq!(v["last"], "2025-07-04");
    assert_eq!(v["actors"][0]["name"], "Donald Trump");
    let consult = v["types"].as_array().unwrap().iter().find(|x| x["type"] == "CONSULT").unwrap();
    assert_eq!(consult["events"], t.events.iter().filter(|e| e.plover.event == "CONSULT").count());
}

#[test]
fn the_table_has_a_header_and_one_line_per_event() {
    let mut o = ask("between Putin Trump");
    o.json = false;
    let text = run(&seed(), &o).unwrap();
    let json = answer(&ask("between Putin Trump"));
    let n = json["events"].as_array().unwrap().len();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[2].starts_with("DATE") && lines[3].starts_with("---"), "{text}");
    assert_eq!(lines.len(), 4 + n, "{text}");
    assert!(lines[4].starts_with("mid 2025-06"), "{text}");
}
