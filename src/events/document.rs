//! Joining an article's event mentions into events.

use std::collections::BTreeMap;

use super::lexicon::Modality;
use super::{Dated, EventMention, RelTarget, SIGN_AGREEMENT};
use crate::actors::PairKind;
use crate::timeline::ActorRecord;

/// An event of one article, from one or more mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct DocEvent {
    /// The first mention (type, trigger, modality come from it).
    pub main: EventMention,
    /// Every mention (the first is `main`).
    pub mentions: Vec<EventMention>,
    /// Its date measured from another event of this article: (days, event index, phrase).
    pub relative_to: Option<(i64, usize, String)>,
}

impl DocEvent {
    fn participants(&self) -> Vec<&String> {
        self.main.actors.iter().chain(&self.main.recipients).collect()
    }
}

/// How many sentences back the summoner of a summons told without one may be named.
const SUMMONER_SPAN: usize = 2;

/// How many sentences later an event told with no initiator may be told again with one.
const UNTOLD_SPAN: usize = 4;

/// How many sentences after a dated call or meeting its content may still be told.
const READOUT_SPAN: usize = 6;

fn subset(a: &[&String], b: &[&String]) -> bool {
    a.iter().all(|x| b.contains(x))
}

fn same_kind(a: &EventMention, b: &EventMention) -> bool {
    a.entry.plover == b.entry.plover
        && (a.entry.mode == b.entry.mode || a.entry.mode.is_none() || b.entry.mode.is_none())
        // Signing a text is another act than agreeing to act: "sepakat meningkatkan
        // kerja sama" and "nota kesepahaman yang ditandatangani oleh Jokowi dan Modi".
        && (a.entry.plover != "AGREE" || signing_verb(a) == signing_verb(b) || [a, b].iter().any(|m| is_noun(m)))
}

/// A summons or protest and a condemnation told in another sentence are two
/// acts of disapproval ("India summoned the envoy ... India condemns the
/// targeting of civilians"), not one told twice; so are any two accusations of
/// different CAMEO codes, each told by a verb.
fn separate_accusations(a: &EventMention, b: &EventMention) -> bool {
    a.entry.plover == "ACCUSE"
        && b.entry.plover == "ACCUSE"
        && a.sentence != b.sentence
        && a.entry.cameo != b.entry.cameo
        && !b.anaphoric
        && !is_noun(a)
        && !is_noun(b)
}

/// A verb of signing ("signed", "ditandatangani"), not a noun of agreement.
fn signing_verb(m: &EventMention) -> bool {
    m.entry.cameo == SIGN_AGREEMENT && !is_noun(m)
}

/// An event told by a noun ("serangan", "the agreement"), not a verb.
fn is_noun(m: &EventMention) -> bool {
    matches!(m.entry.frame, super::lexicon::Frame::Noun | super::lexicon::Frame::Theme)
}

fn dates_agree(a: &Option<Dated>, b: &Option<Dated>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.value.value == y.value.value,
        _ => true,
    }
}

/// How many sentences back an answer ("in response") looks for the act it answers.
const RESPONSE_REACH: usize = 12;

/// True when `id` is one of `initiators` or stands for the state one of them
/// acts for (its officials, forces and ministries).
fn on_own_side(actors: &BTreeMap<String, ActorRecord>, initiators: &[String], id: &String) -> bool {
    let country = |id: &String| actors.get(id).and_then(|a| a.country.clone());
    initiators.contains(id)
        || country(id).is_some_and(|k| initiators.iter().any(|a| country(a).as_ref() == Some(&k)))
}

/// The initiators of the mention told at `sentence` from byte `start`, all
/// together: a one-sided act of several initiators was split into one event each.
fn joint_initiators(events: &[DocEvent], sentence: usize, start: usize) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for e in events.iter().filter(|e| e.main.sentence == sentence && e.main.start == start) {
        for a in &e.main.actors {
            if !ids.contains(a) {
                ids.push(a.clone());
            }
        }
    }
    ids
}

fn kind_fits(actors: &BTreeMap<String, ActorRecord>, id: &str, k: PairKind) -> bool {
    match k {
        PairKind::Any => true,
        PairKind::Person => actors.get(id).is_some_and(|a| a.kind == "person"),
        PairKind::State => actors.get(id).is_some_and(|a| a.kind == "state"),
    }
}

/// Joins mentions into events: resolves "kedua pemimpin" to the two sides of
/// the last event that had two such sides (and its date, when the mention has
/// none), merges a mention into an earlier event of the same type whose
/// participants it shares and whose date it does not contradict (always, for
/// an anaphoric mention like "panggilan telepon tersebut"), drops mentions
/// that name no initiator (or fewer than two sides for a reciprocal event),
/// and dates events measured from another ("sehari setelah X").
pub fn assemble(mentions: Vec<EventMention>, actors: &BTreeMap<String, ActorRecord>) -> Vec<DocEvent> {
    let mut events: Vec<DocEvent> = Vec::new();
    let mut relations: Vec<(usize, i64, RelTarget, String)> = Vec::new();
    // One-sided acts of several initiators are one event per initiator (the
    // dyadic convention of event data): "China dan AS menawarkan bantuan".
    // Mention indexes (for relations) keep pointing at the first of a split.
    let mut split: Vec<(usize, EventMention)> = Vec::new();
    for (i, m) in mentions.into_iter().enumerate() {
        // Signing is done together: "Ethiopia and Eritrea signed a peace deal" is one agreement.
        let signed = m.entry.plover == "AGREE" && m.entry.cameo == SIGN_AGREEMENT;
        // So is a truce: "India and Pakistan announced a ceasefire" is one ceasefire of both.
        let truce = m.entry.plover == "RETREAT" && m.entry.mode.as_deref() == Some("ceasefire");
        if !m.entry.reciprocal() && !signed && !truce && m.actors.len() > 1 {
            for a in &m.actors {
                let mut one = m.clone();
                one.actors = vec![a.clone()];
                if m.mutual {
                    // "saling tuduh": each side's act is aimed at the others.
                    one.recipients = m.actors.iter().filter(|x| *x != a).cloned().collect();
                }
                split.push((i, one));
            }
        } else {
            split.push((i, m));
        }
    }
    let mut first_of: Vec<Option<usize>> = Vec::new();
    // One-sided mentions dropped for want of an initiator, in text order.
    let mut untold: Vec<EventMention> = Vec::new();
    let mut pair_sides: BTreeMap<usize, (Vec<String>, Option<Dated>)> = BTreeMap::new();
    let mut queue: std::collections::VecDeque<(usize, EventMention)> = split.into();
    while let Some((orig, mut m)) = queue.pop_front() {
        if first_of.len() <= orig {
            first_of.resize(orig + 1, None);
        }
        // "They welcomed the vote" right after a call or meeting: its sides,
        // one event each (for what is said; "they launched an invasion" is
        // the group named last).
        if m.plural_actor && m.actors.len() <= 1 && (m.entry.verbal() || m.entry.reciprocal()) {
            let met = events
                .iter()
                .rev()
                .take_while(|e| e.main.sentence + 2 >= m.sentence)
                .find(|e| e.main.entry.reciprocal() && e.main.actors.len() >= 2)
                .filter(|_| m.modality == Modality::Asserted)
                .map(|e| e.main.actors.clone());
            // "Turki dan Indonesia menegaskan dukungan ... Mereka sepakat ...":
            // else the initiators that one act of the sentence before had together.
            let together = || {
                let last = events.last().filter(|e| e.main.sentence + 1 >= m.sentence)?;
                let ids = joint_initiators(&events, last.main.sentence, last.main.start);
                (ids.len() >= 2).then_some(ids)
            };
            if let Some(sides) = met.or_else(together) {
                m.plural_actor = false;
                m.pair = None;
                if m.entry.plover == "AGREE" || m.entry.reciprocal() {
                    // "Mereka sepakat": one agreement of all sides.
                    m.recipients.retain(|r| !sides.contains(r));
                    m.actors = sides;
                } else {
                    for a in sides.iter().skip(1).rev() {
                        let mut one = m.clone();
                        one.actors = vec![a.clone()];
                        one.recipients.retain(|r| r != a);
                        queue.push_front((orig, one));
                    }
                    m.actors = vec![sides[0].clone()];
                    m.recipients.retain(|r| r != &sides[0]);
                }
            }
        }
        if let Some(k) = m.pair.take() {
            // The copies of one split mention share the sides the first found.
            // ("Jokowi bertemu Marcos ... Kedua negara berjanji": the two leaders' states.)
            let as_kind = |id: &String| -> Option<String> {
                if kind_fits(actors, id, k) {
                    return Some(id.clone());
                }
                let a = actors.get(id).filter(|a| k == PairKind::State && a.kind == "person")?;
                // (A person's country is a state's id, named in the article or not.)
                a.country.clone()
            };
            // (Only the sides of a meeting, call or agreement of persons: an act aimed
            // at a state is not a pair of states.)
            // (Or a summons of an envoy: "memanggil Duta Besar China ... Kedua
            // negara saling menyalahkan" are the Philippines and China.)
            let sides_of = |e: &DocEvent| {
                let met = e.main.entry.reciprocal()
                    && e.participants().iter().all(|id| actors.get(*id).is_some_and(|a| a.kind == "person"))
                    || e.main.entry.cameo == super::SUMMONS;
                let mut p: Vec<String> = Vec::new();
                let ids = e.participants().into_iter().filter(|id| met || kind_fits(actors, id, k));
                for id in ids.filter_map(as_kind) {
                    if !p.contains(&id) {
                        p.push(id);
                    }
                }
                (p.len() >= 2).then(|| (p, e.main.when.clone()))
            };
            // The last earlier event with two such sides; with none, the two
            // actors the sentences before name ("Lavrov ... mitranya, Naledi
            // Pandor. Keduanya melakukan pembicaraan").
            // (Not sides that include what the act is aimed at: "The leaders agreed
            // on the need for both Russia and Ukraine to ..." are not Macron and
            // Putin, whose call was told last.)
            // (Only for a demand or a hostile act: "the leaders discussed support
            // for Ukraine" may be Zelenskyy's talk.)
            let demands =
                m.entry.hostile() || matches!(m.entry.plover.as_str(), "REQUEST" | "ACCUSE" | "REJECT");
            let aimed_at_side = |(p, _): &(Vec<String>, Option<Dated>)| {
                demands
                    && !m.pair_targeted
                    && !m.mutual
                    && p.iter().any(|id| on_own_side(actors, &m.recipients, id))
            };
            // (Not an event told before a sentence that names both actors of
            // the hint: "Jaishankar met Wang ... Pakistan and India have fought
            // three wars. Both sides ...".)
            let hint = (m.pair_hint.len() == 2).then(|| (m.pair_hint.clone(), None));
            let sides = pair_sides.get(&orig).cloned().or_else(|| {
                events
                    .iter()
                    .rev()
                    .filter_map(|e| sides_of(e).map(|f| (e.main.sentence, f)))
                    .find(|(_, f)| !aimed_at_side(f))
                    .filter(|(at, _)| m.pair_hint_together.is_none_or(|both| *at >= both))
                    .map(|(_, f)| f)
                    .or(hint)
            });
            if let Some(found) = &sides {
                pair_sides.entry(orig).or_insert_with(|| found.clone());
            }
            if let Some((p, when)) = sides {
                // "Trump memberi tahu kedua pemimpin": one initiator with both
                // sides of a reciprocal act is one event per side.
                let one_each =
                    m.entry.reciprocal() && m.actors.len() == 1 && p.iter().all(|id| !m.actors.contains(id));
                if m.when.is_none() && m.modality == Modality::Asserted && !m.pair_targeted {
                    m.when = when;
                }
                if m.pair_targeted && !m.entry.reciprocal() {
                    // "the EU demanded the two sides calm the situation": both sides are its targets.
                    for id in p {
                        if !m.actors.contains(&id) && !m.recipients.contains(&id) {
                            m.recipients.push(id);
                        }
                    }
                } else if one_each {
                    for id in p.iter().skip(1).rev() {
                        let mut one = m.clone();
                        one.actors.push(id.clone());
                        queue.push_front((orig, one));
                    }
                    m.actors.push(p[0].clone());
                } else {
                    for id in p {
                        if !m.actors.contains(&id) {
                            m.actors.push(id);
                        }
                    }
                }
                m.recipients.retain(|r| !m.actors.contains(r));
                // "Both expressed concerns": a one-sided verbal act of both
                // sides is one event per side, as for named initiators above;
                // an agreement of both sides stays one event.
                if !m.entry.reciprocal()
                    && m.entry.verbal()
                    && m.entry.plover != "AGREE"
                    && m.actors.len() > 1
                {
                    let sides = m.actors.clone();
                    for a in sides.iter().skip(1).rev() {
                        let mut one = m.clone();
                        one.actors = vec![a.clone()];
                        if m.mutual {
                            // "kedua pihak saling tuding": each side's act aims at the other.
                            one.recipients = sides.iter().filter(|x| *x != a).cloned().collect();
                        }
                        queue.push_front((orig, one));
                    }
                    m.actors.truncate(1);
                    if m.mutual {
                        m.recipients = sides[1..].to_vec();
                    }
                }
            }
        }
        // "Guyana put its forces on full alert in response": an answer with no
        // target of its own is aimed at the last one who acted against its
        // initiator, in this sentence or the twelve before.
        if m.responds && m.recipients.is_empty() && !m.actors.is_empty() && !m.entry.reciprocal() {
            let answered =
                events.iter().rev().take_while(|e| e.main.sentence + RESPONSE_REACH >= m.sentence).find(
                    |e| {
                        m.actors.iter().any(|a| on_own_side(actors, &e.main.recipients, a))
                            && !e.main.actors.iter().any(|a| on_own_side(actors, &m.actors, a))
                            && !e.main.actors.is_empty()
                    },
                );
            if let Some(e) = answered {
                m.recipients = e.main.actors.clone();
            }
        }
        // "Pakistan lodged a strong protest with Afghanistan ... The Charge d'
        // Affaires of Afghanistan was summoned": a summons told without its
        // summoner is by whoever acted against the envoy's state just before.
        if m.actors.is_empty() && m.entry.cameo == super::SUMMONS && !m.recipients.is_empty() {
            let by = events.iter().rev().find(|e| {
                e.main.sentence <= m.sentence
                    && m.sentence - e.main.sentence <= SUMMONER_SPAN
                    && !e.main.actors.is_empty()
                    // (A diplomatic act: a protest, demand or sanction, not the attack it answers.)
                    && matches!(e.main.entry.plover.as_str(), "ACCUSE" | "PROTEST" | "REQUEST" | "SANCTION" | "REJECT")
                    && e.main.recipients.iter().any(|r| m.recipients.contains(r))
                    && !e.main.actors.iter().any(|a| m.recipients.contains(a))
            });
            if let Some(e) = by {
                m.actors = e.main.actors.clone();
            }
        }
        let parts: Vec<&String> = m.actors.iter().chain(&m.recipients).collect();
        let reciprocal = m.entry.reciprocal();
        // "Ukraine agreed to the proposal", "Kami setuju ...": an agreement told
        // by a verb is an event of its one named side too (not a bare noun).
        let agreed = m.entry.plover == "AGREE" && !is_noun(&m) && !m.actors.is_empty();
        let complete = if reciprocal { parts.len() >= 2 || agreed } else { !m.actors.is_empty() };
        let target = events.iter().rposition(|e| {
            let ep = e.participants();
            same_kind(&e.main, &m)
                && !separate_accusations(&e.main, &m)
                && e.main.modality == m.modality
                && (m.anaphoric || dates_agree(&e.main.when, &m.when))
                && (if m.anaphoric || parts.is_empty() {
                    subset(&parts, &ep)
                } else {
                    subset(&parts, &ep) || subset(&ep, &parts)
                })
                && (!parts.is_empty() || m.anaphoric || e.main.sentence + 3 >= m.sentence)
                // "X and Y blamed each other": an act in the other direction is another act.
                && (reciprocal || m.actors.is_empty() || !m.actors.iter().all(|a| e.main.recipients.contains(a)))
                // "Thai jets bombed Cambodian targets" is not the "fighting" of both
                // sides told before: an act aimed at one of the other's initiators is another act.
                && (reciprocal || !m.recipients.iter().any(|r| e.main.actors.contains(r)))
                // Two undated statements of one kind by the same sides in different
                // sentences are two events ("will provide ..." and "legislation that
                // provides ..."), unless the second refers back ("the call").
                && (m.anaphoric
                    || parts.is_empty()
                    || e.main.sentence == m.sentence
                    || (e.main.when.is_some() || m.when.is_some())
                        // An undated attack, seizure or sanction told in a later sentence, not referred back
                        // to ("serangan itu"), may be another attack.
                        && !(m.when.is_none() && matches!(m.entry.plover.as_str(), "ASSAULT" | "COERCE" | "SANCTION")))
        });
        match target {
            Some(t) if m.anaphoric || !complete || !parts.is_empty() => {
                let e = &mut events[t];
                if e.main.when.is_none() && m.when.is_some() && !m.anaphoric {
                    e.main.when = m.when.clone();
                }
                if e.main.entry.mode.is_none() && m.entry.mode.is_some() {
                    // "negotiations ... during the phone call": the more specific kind wins.
                    e.main.entry = m.entry.clone();
                    e.main.trigger = m.trigger.clone();
                    e.main.start = m.start;
                    e.main.end = m.end;
                    e.main.sentence = m.sentence;
                }
                for a in &m.actors {
                    if !e.main.actors.contains(a) && !e.main.recipients.contains(a) {
                        e.main.actors.push(a.clone());
                    }
                }
                // The headline's "Rebels capture towns" and the body's "... in the
                // Central African Republic": a target the first telling lacked.
                if e.main.recipients.is_empty() && !e.main.entry.reciprocal() {
                    e.main.recipients =
                        m.recipients.iter().filter(|r| !e.main.actors.contains(r)).cloned().collect();
                }
                if e.main.location.is_none() {
                    e.main.location = m.location.clone();
                }
                if let Some((d, r, p)) = m.relation.clone() {
                    relations.push((t, d, r, p));
                }
                e.mentions.push(m);
                first_of[orig].get_or_insert(t);
            }
            _ if complete => {
                if let Some((d, r, p)) = m.relation.clone() {
                    relations.push((events.len(), d, r, p));
                }
                first_of[orig].get_or_insert(events.len());
                // "A suicide bombing in Pulwama killed 40 ... JeM claimed responsibility
                // for the attack": an event told again names who did it; the first
                // telling, dropped for want of an initiator, is that event.
                let told = m.anaphoric && !m.entry.reciprocal();
                let earlier = told
                    .then(|| {
                        untold.iter().rposition(|u: &EventMention| {
                            same_kind(u, &m)
                                && u.modality == m.modality
                                && u.sentence < m.sentence
                                && m.sentence - u.sentence <= UNTOLD_SPAN
                        })
                    })
                    .flatten();
                if let Some(u) = earlier {
                    let mut main = untold.remove(u);
                    main.actors = m.actors.clone();
                    for r in &m.recipients {
                        if !main.recipients.contains(r) {
                            main.recipients.push(r.clone());
                        }
                    }
                    main.recipients.retain(|r| !main.actors.contains(r));
                    if main.when.is_none() {
                        main.when = m.when.clone();
                    }
                    events.push(DocEvent { main: main.clone(), mentions: vec![main, m], relative_to: None });
                } else {
                    events.push(DocEvent { main: m.clone(), mentions: vec![m], relative_to: None });
                }
            }
            _ => {
                if !reciprocal && m.actors.is_empty() {
                    untold.push(m);
                }
            }
        }
    }
    // Event-relative dates, once every event has what dates it could get.
    for (e, days, target, phrase) in relations {
        let reference = match target {
            RelTarget::Mention(i) => first_of.get(i).copied().flatten(),
            // ("Sehari sebelumnya": a day before the last event dated to the day.)
            RelTarget::Previous => (0..e).rev().find(|&i| to_the_day(&events[i].main.when)),
        };
        let Some(r) = reference.filter(|&r| r != e) else { continue };
        // A stated relation to another event beats a date merely found in the sentence.
        if events[e].relative_to.is_none() {
            if let Some(v) = events[r].main.when.as_ref().and_then(|w| w.value.shift_days(days)) {
                events[e].main.when =
                    Some(Dated { value: v, text: phrase.clone(), anchored_to: String::new() });
                events[e].relative_to = Some((days, r, phrase));
            }
        }
    }
    // What is said during a call or a meeting happens when it does: a verbal
    // act (statement, support, request, accusation, rejection) told after a
    // dated consultation that took place, by one of its participants, within the next few
    // sentences, with no date of its own, takes the consultation's date
    // ("X called Y today. He condemned ..."). The edge to it says so.
    // (Dated by the text itself: a date this pass gives decides nothing.)
    let self_dated: Vec<bool> = events.iter().map(|e| e.main.when.is_some()).collect();
    for i in 0..events.len() {
        if events[i].main.when.is_some()
            || events[i].main.modality != Modality::Asserted
            || !events[i].main.entry.verbal()
        {
            continue;
        }
        // The nearest earlier dated event decides: only when it is such a consultation.
        let call = (0..i)
            .rev()
            .filter(|&j| self_dated[j] && events[j].main.sentence <= events[i].main.sentence)
            .max_by_key(|&j| (events[j].main.sentence, events[j].main.entry.plover == "CONSULT", j))
            .filter(|&j| {
                let c = &events[j].main;
                c.entry.plover == "CONSULT"
                    && c.modality == Modality::Asserted
                    && to_the_day(&c.when)
                    && events[i].main.sentence - c.sentence <= READOUT_SPAN
                    && events[i].main.actors.iter().any(|a| on_own_side(actors, &c.actors, a))
            });
        if let Some(j) = call {
            if let Some(w) = events[j].main.when.clone() {
                events[i].main.when = Some(w);
                events[i].relative_to = Some((0, j, String::new()));
            }
        }
    }
    // A readout's cooperative acts are addressed to the counterpart: "Putin
    // called Erdogan ... Putin expressed gratitude for the condolences" is
    // Putin's support for Erdogan. A support, agreement or request with no
    // addressee of its own, told within a few sentences of a call or meeting
    // one of whose sides made it, is addressed to the other sides.
    // (A target on the initiator's own side is no addressee, as for reactions
    // below: "Motegi reiterated his call for the removal of restrictions on
    // Japanese food products" is addressed to Wang. A request read from "must"
    // that asks only its own side stays as it is: the pass below drops it.)
    for i in 0..events.len() {
        let m = &events[i].main;
        let is_own = |id: &String| on_own_side(actors, &m.actors, id);
        let addressee = m.recipients.iter().any(|r| !is_own(r)) || (m.obligation && !m.recipients.is_empty());
        if addressee || m.actors.is_empty() || m.entry.reciprocal() || !m.entry.addressed() {
            continue;
        }
        let call = (0..events.len()).filter(|&j| j != i).rev().find(|&j| {
            let c = &events[j].main;
            c.entry.plover == "CONSULT"
                && c.sentence <= m.sentence
                && m.sentence - c.sentence <= READOUT_SPAN
                && events[j].participants().len() >= 2
                && events[j].participants().into_iter().any(&is_own)
        });
        let Some(j) = call else { continue };
        let others: Vec<String> =
            events[j].participants().into_iter().filter(|p| !is_own(p)).cloned().collect();
        events[i].main.recipients = others;
    }
    // "Mekdad mengecamnya", "condemned it": a condemnation with no target of
    // its own is aimed at whoever did the hostile act told in the three
    // sentences before; a denial or refusal at whoever accused, demanded or
    // threatened.
    for i in 0..events.len() {
        let m = &events[i].main;
        // A denial or refusal likewise answers the accusation, demand or threat told just before.
        // A reaction to "the move", "langkah itu" answers any act.
        // Welcoming an agreement told before answers that agreement.
        let answered: &[&str] = match m.entry.plover.as_str() {
            "SUPPORT" if m.answers_act => &["AGREE"],
            _ if m.answers_act => &[],
            "ACCUSE" => &["ASSAULT", "COERCE", "SANCTION", "THREATEN"],
            "REJECT" => &["ACCUSE", "REQUEST", "THREATEN", "AGREE", "SANCTION"],
            // "Moscow would respond in kind": a threat with no target answers
            // the hostile act last done to the threatener.
            // ("announced the recall of Bamako's ambassadors" after sanctions:
            // a sanction with no target answers those done to the sanctioner.)
            "THREATEN" | "SANCTION" => &["ASSAULT", "COERCE", "SANCTION"],
            _ => continue,
        };
        // (Of sanctions, only the diplomatic tit for tat: recalling or expelling envoys.)
        if m.entry.plover == "SANCTION" && !matches!(m.entry.mode.as_deref(), Some("withdraw" | "expel")) {
            continue;
        }
        let retaliation = matches!(m.entry.plover.as_str(), "THREATEN" | "SANCTION");
        // (A target on the initiator's own side is no target: it is dropped below.)
        if m.recipients.iter().any(|r| !on_own_side(actors, &m.actors, r)) || m.actors.is_empty() {
            continue;
        }
        let last_told =
            |j: usize| events[j].mentions.iter().map(|x| x.sentence).filter(|&x| x <= m.sentence).max();
        let hostile = (0..events.len())
            .filter(|&j| j != i)
            .filter(|&j| {
                let h = &events[j].main;
                (m.answers_act && answered.is_empty() || answered.contains(&h.entry.plover.as_str()))
                    && !h.actors.is_empty()
                    && !h.actors.iter().all(|a| m.actors.contains(a))
                    && (!retaliation
                        || h.recipients.iter().any(|r| on_own_side(actors, &m.actors, r))
                            // (An answer comes after what it answers.)
                            && events[j].mentions.iter().any(|x| {
                                x.sentence < m.sentence || x.sentence == m.sentence && x.start < m.start
                            }))
                    && last_told(j).is_some_and(|x| m.sentence - x <= 3)
                    // (An act "the move" refers to was told before the reaction.)
                    && events[j]
                        .mentions
                        .iter()
                        .any(|x| !m.answers_act || x.sentence < m.sentence || x.sentence == m.sentence && x.start < m.start)
            })
            .max_by_key(|&j| (last_told(j), j));
        if let Some(j) = hostile {
            // All who did it.
            let mut doers = joint_initiators(&events, events[j].main.sentence, events[j].main.start);
            doers.retain(|a| !events[i].main.actors.contains(a));
            events[i].main.recipients = doers;
        }
    }
    // "Biden expressed appreciation for the U.S.-Kenya partnership": a
    // one-sided act is not aimed at the state its own initiator acts for.
    let country = |id: &String| actors.get(id).and_then(|a| a.country.clone());
    // A request read from "must" whose every addressee is on its speaker's
    // side ("Retno mengatakan Indonesia harus ...") asks no other actor
    // anything: it is dropped below.
    let mut inward = vec![false; events.len()];
    for (e, inward) in events.iter_mut().zip(&mut inward) {
        if e.main.entry.reciprocal() || e.main.mutual {
            continue;
        }
        let asked = !e.main.recipients.is_empty();
        // (Not for armed groups: rebels fight their own state.)
        let own: Vec<String> = e
            .main
            .actors
            .iter()
            .filter(|a| actors.get(*a).is_some_and(|x| x.kind != "group"))
            .filter_map(country)
            .collect();
        // ("Menlu RI menyampaikan dukungan Indonesia": nor at the initiator's own
        // officials and forces, "China warned that the PLA would ...").
        // (But a coup or an arrest is aimed at a person of one's own state:
        // "militer menggulingkan pemerintahan Aung San Suu Kyi".)
        let coerced = e.main.entry.plover == "COERCE";
        e.main.recipients.retain(|r| {
            !actors.get(r).is_some_and(|x| {
                x.kind != "group"
                    && !(coerced && x.kind == "person")
                    && x.country.as_ref().is_some_and(|c| own.contains(c))
            })
        });
        *inward = asked && e.main.recipients.is_empty() && e.main.obligation;
    }
    // "X and Y were summoned for meetings ... but the two leaders did not
    // meet": an undated meeting or agreement that only a noun tells is
    // dropped when the article says outright that the same sides did not.
    let same_sides = |a: &DocEvent, b: &DocEvent| {
        let (pa, pb) = (a.participants(), b.participants());
        subset(&pa, &pb) && subset(&pb, &pa)
    };
    // "PM call with President Zelenskyy ... Sunak spoke to Zelenskyy this
    // morning": a consultation with no mode, on the day of a call the title
    // tells that shares a side, is that call.
    let calls: Vec<(String, Vec<String>)> = events
        .iter()
        .filter(|e| e.main.entry.plover == "CONSULT" && e.main.entry.mode.as_deref() == Some("phone"))
        // (A call the title tells: "PM call with President Zelenskyy".)
        .filter(|e| to_the_day(&e.main.when) && e.mentions.iter().any(|m| m.sentence == 0))
        .filter_map(|e| {
            Some((e.main.when.as_ref()?.value.value.clone(), e.participants().into_iter().cloned().collect()))
        })
        .collect();
    for e in &mut events {
        if e.main.entry.plover != "CONSULT" || e.main.entry.mode.is_some() {
            continue;
        }
        let Some(day) = e.main.when.as_ref().filter(|_| to_the_day(&e.main.when)).map(|w| &w.value.value)
        else {
            continue;
        };
        let sides = e.participants();
        if calls.iter().any(|(d, p)| d == day && p.iter().any(|id| sides.contains(&id))) {
            e.main.entry.mode = Some("phone".into());
            e.main.entry.cameo = "041".into();
        }
    }
    // A material hostile act with one side only ("the Houthis attacked cargo
    // ships") is no interaction between actors: once every rule above had its
    // chance to find the other side, it is dropped.
    let dropped: Vec<bool> = events
        .iter()
        .zip(&inward)
        .map(|(e, &inward)| {
            inward
                || e.main.entry.aimed() && e.participants().len() == 1
                || e.main.modality == Modality::Asserted
                    && e.main.when.is_none()
                    && e.main.entry.frame == super::lexicon::Frame::Noun
                    && e.main.entry.reciprocal()
                    && events.iter().any(|n| {
                        n.main.modality == Modality::Negated
                            && n.main.entry.plover == e.main.entry.plover
                            && same_sides(e, n)
                    })
        })
        .collect();
    drop_events(events, &dropped)
}

/// The events whose `dropped` flag is false, with the relative dates that
/// pointed at kept events renumbered and those that pointed at a dropped one
/// forgotten (the date found stays).
pub fn drop_events(events: Vec<DocEvent>, dropped: &[bool]) -> Vec<DocEvent> {
    let mut renumber = Vec::with_capacity(events.len());
    let mut next = 0;
    for d in dropped {
        renumber.push((!d).then_some(next));
        next += usize::from(!d);
    }
    let mut out = Vec::with_capacity(next);
    for (e, d) in events.into_iter().zip(dropped) {
        if !d {
            out.push(e);
        }
    }
    for e in &mut out {
        e.relative_to = e.relative_to.take().and_then(|(days, r, p)| renumber[r].map(|r| (days, r, p)));
    }
    out
}

/// True for a date given to the day ("Kamis (3/7)"), not a week, month or year.
fn to_the_day(when: &Option<super::Dated>) -> bool {
    when.as_ref().is_some_and(|w| w.value.granularity == crate::time::Granularity::Day)
}
