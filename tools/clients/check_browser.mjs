#!/usr/bin/env node
// Loads linimasa exports in their real JavaScript clients inside headless
// Chromium (one browser for all files given) and prints, as JSON, what each
// client built: counts, the text it shows, console errors, dialogs.
//
// usage: node check_browser.mjs FORMAT FILE [FILE...]
//   FORMAT: timelinejs | vis | cytoscape | mermaid | html
// For html, a screenshot is written next to each FILE as FILE.png.
import { chromium } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const mod = (p) => join(here, "node_modules", p);
const [format, ...files] = process.argv.slice(2);

const profile = mkdtempSync(join(tmpdir(), "linimasa-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
  ],
  viewport: { width: 1400, height: 900 },
});

async function page() {
  const p = await context.newPage();
  const log = { errors: [], dialogs: [], offline: [] };
  p.on("console", (m) => { if (m.type() === "error") log.errors.push(m.text()); });
  // Requests that leave the machine (the closed network refuses them).
  p.on("requestfailed", (r) => log.offline.push(r.url()));
  p.on("pageerror", (e) => log.errors.push(String(e)));
  p.on("dialog", async (d) => { log.dialogs.push(d.message()); await d.dismiss(); });
  return [p, log];
}

async function blank(p, css, scripts) {
  await p.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="box" style="width:1300px;height:800px"></div></body></html>');
  for (const c of css) await p.addStyleTag({ path: mod(c) });
  for (const s of scripts) await p.addScriptTag({ path: mod(s) });
}

const checks = {
  async timelinejs(p, text) {
    await blank(p, ["@knight-lab/timelinejs/dist/css/timeline.css"], ["@knight-lab/timelinejs/dist/js/timeline.js"]);
    await p.evaluate((t) => { window.tl = new TL.Timeline("box", JSON.parse(t), { language: "en", font: null, theme: null }); }, text);
    await p.waitForSelector(".tl-slide", { timeout: 15000 });
    await p.waitForTimeout(300);
    return p.evaluate(() => ({
      slides: document.querySelectorAll(".tl-slide").length,
      markers: document.querySelectorAll(".tl-timemarker").length,
      texts: Array.from(document.querySelectorAll(".tl-headline, .tl-text-content, .tl-timemarker-text")).map((n) => n.textContent),
    }));
  },
  async vis(p, text) {
    await blank(p, ["vis-timeline/styles/vis-timeline-graph2d.min.css"], ["vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"]);
    await p.evaluate((t) => {
      const d = JSON.parse(t);
      window.tl = new vis.Timeline(document.getElementById("box"), new vis.DataSet(d.items), new vis.DataSet(d.groups), { stack: true });
      window.tl.fit({ animation: false });
    }, text);
    await p.waitForTimeout(500);
    return p.evaluate(() => ({
      items: window.tl.itemsData.length,
      drawn: document.querySelectorAll(".vis-itemset .vis-item.vis-point, .vis-itemset .vis-item.vis-range").length,
      groups: document.querySelectorAll(".vis-labelset .vis-label").length,
      texts: Array.from(document.querySelectorAll(".vis-item-content, .vis-label")).map((n) => n.textContent),
    }));
  },
  async cytoscape(p, text) {
    await blank(p, [], ["cytoscape/dist/cytoscape.min.js"]);
    return p.evaluate((t) => {
      const d = JSON.parse(t);
      const cy = cytoscape({ container: document.getElementById("box"), elements: d.elements, layout: { name: "grid" } });
      return {
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        events: cy.nodes(".event").length,
        actors: cy.nodes(".actor").length,
        texts: cy.nodes().map((n) => String(n.data("label"))).concat(cy.elements().map((n) => n.id())),
      };
    }, text);
  },
  async mermaid(p, text) {
    await blank(p, [], ["mermaid/dist/mermaid.min.js"]);
    return p.evaluate(async (t) => {
      mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
      await mermaid.parse(t);
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(t);
      const tasks = diagram.db.getTasks();
      const { svg } = await mermaid.render("rendered", t);
      const holder = document.createElement("div");
      holder.innerHTML = svg;
      document.body.appendChild(holder);
      holder.querySelectorAll("style").forEach((n) => n.remove());
      return {
        sections: diagram.db.getSections().length,
        periods: tasks.length,
        events: tasks.reduce((n, task) => n + task.events.length, 0),
        texts: [holder.textContent],
      };
    }, text);
  },
  async html(p, _text, file) {
    await p.goto(pathToFileURL(file).href);
    await p.waitForSelector("[data-event-id]", { timeout: 10000 });
    const before = await p.evaluate(() => ({
      events: document.querySelectorAll("#timeline [data-event-id]").length,
      actors: document.querySelectorAll("#actor-graph [data-actor-id]").length,
    }));
    await p.click("#timeline [data-event-id]");
    const evidence = await p.evaluate(() => document.querySelectorAll("#evidence .evidence-text").length);
    await p.selectOption("#f-modality", "future");
    const future = await p.evaluate(() => document.querySelectorAll("#timeline [data-event-id]:not(.hidden)").length);
    await p.selectOption("#f-modality", "");
    await p.screenshot({ path: file + ".png", fullPage: true });
    return {
      ...before,
      evidence,
      future,
      texts: [await p.evaluate(() => document.body.innerText)],
    };
  },
};

const results = [];
try {
  for (const file of files) {
    const [p, log] = await page();
    const text = readFileSync(file, "utf8");
    let result;
    try {
      result = await checks[format](p, text, file);
    } catch (e) {
      result = { failed: String(e && e.stack || e) };
    }
    results.push({ file, ...result, ...log, scripts: await p.evaluate(() => window.__pwned || null) });
    await p.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
