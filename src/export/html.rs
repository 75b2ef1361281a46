//! One self-contained HTML page: the timeline and the actor graph, filters
//! by type, modality and actor, and each event's evidence on click. No
//! network access: the data, style and script are all inside the page.
//!
//! The data sits in a `<script type="application/json">` block with `<`,
//! `>`, `&` and the JavaScript line separators written as `\u` escapes, and
//! the page's script only ever sets text (`textContent`), so names and
//! evidence cannot inject markup. Partial dates are shown as written (`mid
//! 2025-06`) and placed by representative day.

use serde_json::{json, Value};

use crate::export::dot::{quad_fill, quad_line, quad_name};
use crate::graph::EventGraph;

/// The page's data.
fn data(g: &EventGraph) -> Value {
    let events: Vec<Value> = g
        .events()
        .map(|(n, e)| {
            let ev = e.event;
            let ids = |recipient: bool| g.participant_ids(n, recipient);
            json!({
                "id": ev.id,
                "label": ev.label,
                "date": e.span.as_ref().map(|s| s.display()),
                "day": e.span.as_ref().map(|s| s.day.to_string()),
                "timex": e.span.as_ref().map(|s| s.value.clone()),
                "timex_mod": e.span.as_ref().and_then(|s| s.modifier.clone()),
                "type": ev.plover.event,
                "mode": ev.plover.mode,
                "cameo": ev.cameo.code,
                "cameo_name": ev.cameo.name,
                "quad_class": ev.cameo.quad_class,
                "modality": ev.modality,
                "actors": ids(false),
                "recipients": ids(true),
                "location": ev.location.as_ref().map(|l| l.name.clone()),
                "evidence": ev.evidence.iter().map(|x| json!({"doc": x.doc, "sentence": x.sentence, "text": x.text})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let actors: Vec<Value> =
        g.actors().map(|(_, a)| json!({"id": a.id, "name": a.name(), "kind": a.kind()})).collect();
    let colours: Vec<Value> = (0..=4u8)
        .map(|q| json!({"fill": quad_fill(q), "line": quad_line(q), "name": quad_name(q)}))
        .collect();
    json!({"events": events, "actors": actors, "quad": colours})
}

/// JSON safe inside a `<script>` element.
///
/// ```
/// use linimasa::export::html::script_json;
/// assert_eq!(script_json(&serde_json::json!("</script>")), r#""\u003c/script\u003e""#);
/// ```
pub fn script_json(v: &Value) -> String {
    serde_json::to_string(v)
        .expect("JSON values serialize")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

const STYLE: &str = r#"
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #222; }
header { padding: 10px 16px; background: #252525; color: #fff; }
header h1 { font-size: 18px; margin: 0 0 6px 0; }
#filters label { margin-right: 14px; font-size: 13px; }
main { display: grid; grid-template-columns: 1fr 340px; gap: 12px; padding: 12px 16px; }
#timeline-wrap { overflow-x: auto; border: 1px solid #ccc; }
#graph-wrap { border: 1px solid #ccc; }
#evidence { grid-column: 1 / span 2; border: 1px solid #ccc; padding: 8px 12px; min-height: 60px; }
#evidence blockquote { margin: 6px 0 6px 12px; padding-left: 8px; border-left: 3px solid #999; }
.event { cursor: pointer; }
.event text { font-size: 11px; pointer-events: none; }
.event.selected rect { stroke-width: 3; }
.hidden { display: none; }
.actor { cursor: pointer; }
.actor text { font-size: 11px; }
#legend span { display: inline-block; padding: 1px 6px; margin-right: 6px; font-size: 12px; border: 1px solid #999; }
"#;

const SCRIPT: &str = r##"
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("linimasa-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  var byId = {};
  data.actors.forEach(function (a) { byId[a.id] = a; });
  function el(name, attrs, parent) {
    var n = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(n);
    return n;
  }
  function text(parent, x, y, s, extra) {
    var t = el("text", Object.assign({ x: x, y: y }, extra || {}), parent);
    t.textContent = s;
    return t;
  }
  function names(ids) { return ids.map(function (i) { return byId[i] ? byId[i].name : i; }); }
  function short(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }

  // Filters.
  var typeSel = document.getElementById("f-type"), modSel = document.getElementById("f-modality");
  var actorSel = document.getElementById("f-actor");
  function options(sel, values) {
    values.forEach(function (v) { var o = document.createElement("option"); o.value = v[0]; o.textContent = v[1]; sel.appendChild(o); });
  }
  var types = Array.from(new Set(data.events.map(function (e) { return e.type; }))).sort();
  options(typeSel, types.map(function (t) { return [t, t]; }));
  options(modSel, Array.from(new Set(data.events.map(function (e) { return e.modality; }))).sort().map(function (m) { return [m, m]; }));
  options(actorSel, data.actors.map(function (a) { return [a.id, a.name]; }));

  // Legend.
  var legend = document.getElementById("legend");
  [1, 2, 3, 4].forEach(function (q) {
    var s = document.createElement("span");
    s.style.background = data.quad[q].fill; s.style.color = data.quad[q].line; s.textContent = data.quad[q].name;
    legend.appendChild(s);
  });
  var dashed = document.createElement("span"); dashed.style.borderStyle = "dashed"; dashed.textContent = "planned / hypothetical"; legend.appendChild(dashed);
  var neg = document.createElement("span"); neg.style.textDecoration = "line-through"; neg.style.color = "#888"; neg.textContent = "negated"; legend.appendChild(neg);

  // Timeline: one column per date as written, in time order; undated last.
  var columns = [];
  data.events.forEach(function (e) {
    var key = e.date || "undated";
    if (!columns.length || columns[columns.length - 1].key !== key) columns.push({ key: key, events: [] });
    columns[columns.length - 1].events.push(e);
  });
  var colW = 190, rowH = 58, top = 40;
  var rows = Math.max.apply(null, columns.map(function (c) { return c.events.length; }).concat([1]));
  var tl = el("svg", { width: Math.max(columns.length * colW + 20, 400), height: top + rows * rowH + 20, id: "timeline" }, document.getElementById("timeline-wrap"));
  el("line", { x1: 10, y1: 22, x2: columns.length * colW + 10, y2: 22, stroke: "#252525", "stroke-width": 3 }, tl);
  var eventNodes = [];
  columns.forEach(function (c, i) {
    var x = 10 + i * colW;
    el("circle", { cx: x + colW / 2, cy: 22, r: 5, fill: "#252525" }, tl);
    text(tl, x + colW / 2 + 8, 16, c.key, { "font-size": 12, "font-weight": "bold" });
    c.events.forEach(function (e, j) {
      var g = el("g", { "class": "event", "data-event-id": e.id, transform: "translate(" + (x + 5) + "," + (top + j * rowH) + ")" }, tl);
      var q = data.quad[e.quad_class] || data.quad[0];
      var negated = e.modality === "negated";
      el("rect", { width: colW - 10, height: rowH - 8, rx: 6, fill: negated ? "#eeeeee" : q.fill, stroke: negated ? "#9e9e9e" : q.line,
        "stroke-dasharray": (e.modality === "future" || e.modality === "hypothetical") ? "5,3" : "none" }, g);
      var who = names(e.actors).join(", ") + (e.recipients.length ? " → " + names(e.recipients).join(", ") : "");
      var deco = negated ? { "text-decoration": "line-through", fill: "#888" } : {};
      text(g, 6, 15, e.type + (e.mode ? " · " + e.mode : "") + (e.modality !== "asserted" ? " (" + e.modality + ")" : ""), Object.assign({ "font-weight": "bold" }, deco));
      text(g, 6, 29, short(e.label, 30), deco);
      text(g, 6, 43, short(who, 30), deco);
      var title = el("title", {}, g); title.textContent = e.label;
      g.addEventListener("click", function () { show(e, g); });
      eventNodes.push({ e: e, g: g });
    });
  });

  // Evidence panel.
  var panel = document.getElementById("evidence");
  function show(e, g) {
    eventNodes.forEach(function (n) { n.g.classList.remove("selected"); });
    if (g) g.classList.add("selected");
    panel.textContent = "";
    var h = document.createElement("h2"); h.style.fontSize = "15px"; h.textContent = e.label; panel.appendChild(h);
    var p = document.createElement("p");
    p.textContent = (e.date || "undated") + " · " + e.type + (e.mode ? " (" + e.mode + ")" : "") + " · CAMEO " + e.cameo + " " + e.cameo_name +
      " · " + e.modality + " · " + names(e.actors).join(", ") + (e.recipients.length ? " → " + names(e.recipients).join(", ") : "") +
      (e.location ? " · " + e.location : "");
    panel.appendChild(p);
    e.evidence.forEach(function (x) {
      var b = document.createElement("blockquote"); b.className = "evidence-text"; b.textContent = x.text;
      var cite = document.createElement("div"); cite.style.fontSize = "11px"; cite.style.color = "#666";
      cite.textContent = x.doc + ", sentence " + x.sentence; b.appendChild(cite);
      panel.appendChild(b);
    });
  }

  // Actor graph: actors on a circle, one line per pair sharing events.
  var W = 330, H = 330, R = 95;
  var gr = el("svg", { width: W, height: H, id: "actor-graph" }, document.getElementById("graph-wrap"));
  var pos = {};
  data.actors.forEach(function (a, i) {
    var t = 2 * Math.PI * i / Math.max(data.actors.length, 1) - Math.PI / 2;
    pos[a.id] = [W / 2 + R * Math.cos(t), H / 2 + R * Math.sin(t)];
  });
  var pairs = {};
  data.events.forEach(function (e) {
    var all = e.actors.concat(e.recipients);
    for (var i = 0; i < all.length; i++) for (var j = i + 1; j < all.length; j++) {
      if (all[i] === all[j]) continue;
      var k = [all[i], all[j]].sort().join("\u0000");
      (pairs[k] = pairs[k] || { a: all[i], b: all[j], events: [] }).events.push(e);
    }
  });
  Object.keys(pairs).forEach(function (k) {
    var p = pairs[k], conflict = p.events.filter(function (e) { return e.quad_class >= 3; }).length;
    var colour = conflict * 2 > p.events.length ? data.quad[4].line : conflict * 2 < p.events.length ? data.quad[2].line : data.quad[0].line;
    var line = el("line", { x1: pos[p.a][0], y1: pos[p.a][1], x2: pos[p.b][0], y2: pos[p.b][1], stroke: colour, "stroke-width": 1 + Math.min(p.events.length, 4), "class": "relation" }, gr);
    var t = el("title", {}, line);
    t.textContent = names([p.a, p.b]).join(" – ") + ": " + p.events.map(function (e) { return (e.date || "undated") + " " + e.type; }).join("; ");
  });
  data.actors.forEach(function (a) {
    var g = el("g", { "class": "actor", "data-actor-id": a.id }, gr);
    el("circle", { cx: pos[a.id][0], cy: pos[a.id][1], r: 7, fill: "#deebf7", stroke: "#3182bd" }, g);
    // Labels point away from the centre so none leaves the picture.
    var left = pos[a.id][0] < W / 2 - 1;
    text(g, pos[a.id][0] + (left ? -9 : 9), pos[a.id][1] + 4, short(a.name, 20), { "text-anchor": left ? "end" : "start" });
    g.addEventListener("click", function () { actorSel.value = a.id; apply(); });
  });

  function apply() {
    var t = typeSel.value, m = modSel.value, a = actorSel.value, shown = 0;
    eventNodes.forEach(function (n) {
      var e = n.e;
      var ok = (!t || e.type === t) && (!m || e.modality === m) && (!a || e.actors.indexOf(a) >= 0 || e.recipients.indexOf(a) >= 0);
      n.g.classList.toggle("hidden", !ok);
      if (ok) shown++;
    });
    document.getElementById("shown").textContent = shown + " of " + data.events.length + " events";
  }
  [typeSel, modSel, actorSel].forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();
"##;

/// The page.
pub fn to_bytes(g: &EventGraph) -> Vec<u8> {
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <title>linimasa timeline</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><h1>linimasa timeline</h1><div id=\"filters\">\
         <label>Type <select id=\"f-type\"><option value=\"\">all</option></select></label>\
         <label>Modality <select id=\"f-modality\"><option value=\"\">all</option></select></label>\
         <label>Actor <select id=\"f-actor\"><option value=\"\">all</option></select></label>\
         <span id=\"shown\"></span></div></header>\n\
         <main>\n<div id=\"timeline-wrap\"></div>\n<div id=\"graph-wrap\"></div>\n\
         <div id=\"evidence\">Click an event to see its evidence.</div>\n<div id=\"legend\"></div>\n</main>\n\
         <script type=\"application/json\" id=\"linimasa-data\">{}</script>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        script_json(&data(g))
    );
    page.into_bytes()
}
