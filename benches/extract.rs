//! Throughput of `extract`: the samples repeated into a large corpus, run
//! through the whole pipeline (sentences, actors, times, events, timeline,
//! JSON). Prints MB/s and articles/s; `cargo bench --bench extract`.
//!
//! Environment: `LINIMASA_BENCH_MB` (corpus size, default 8),
//! `LINIMASA_BENCH_THREADS` (default 0: one per core).

use std::time::Instant;

use linimasa::article::Article;
use linimasa::pipeline::{Config, Engine};

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut base: Vec<(String, String)> = std::fs::read_dir(&root)
        .expect("samples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    base.sort();
    let target_mb: f64 = std::env::var("LINIMASA_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(8.0);
    let threads: usize =
        std::env::var("LINIMASA_BENCH_THREADS").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    let mut articles = Vec::new();
    let mut bytes = 0usize;
    let mut n = 0;
    while (bytes as f64) < target_mb * 1_000_000.0 {
        let (name, text) = &base[n % base.len()];
        articles.push(Article::from_text(&format!("{n}-{name}"), text));
        bytes += text.len();
        n += 1;
    }
    let config = Config { threads, ..Config::default() };
    let t0 = Instant::now();
    let engine = Engine::new(&config).expect("engine loads");
    let load = t0.elapsed().as_secs_f64();
    // One warm-up pass over a slice, then the timed run.
    let _ = engine.analyze_all(&articles[..base.len().min(articles.len())], &config).unwrap();
    let t1 = Instant::now();
    let results = engine.analyze_all(&articles, &config).unwrap();
    let analyse = t1.elapsed().as_secs_f64();
    let t2 = Instant::now();
    let timeline = engine.timeline(&results);
    let json = linimasa::export::json::to_bytes(&timeline);
    let assemble = t2.elapsed().as_secs_f64();
    let total = analyse + assemble;
    let mb = bytes as f64 / 1_000_000.0;
    println!("corpus: {} articles, {:.2} MB (the {} samples repeated)", articles.len(), mb, base.len());
    println!("threads: {}", if threads == 0 { rayon::current_num_threads() } else { threads });
    println!("load (knowledge base, lexicons): {load:.3} s");
    println!(
        "analyse: {analyse:.3} s; timeline + JSON: {assemble:.3} s ({} events, {} KB JSON)",
        timeline.events.len(),
        json.len() / 1000
    );
    println!("throughput: {:.2} MB/s, {:.0} articles/s", mb / total, articles.len() as f64 / total);
}
