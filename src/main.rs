//! The `linimasa` command: parse, dispatch, map errors to exit codes.

mod cli;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use linimasa::article::{read_inputs, Article};
use linimasa::export::ExportFile;
use linimasa::{Error, Result};

use cli::{Cli, Command, LangArg};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("linimasa: {e}");
            ExitCode::from(2)
        }
    }
}

/// Parses a `--date` value.
fn parse_date(s: Option<&str>) -> Result<Option<chrono::NaiveDate>> {
    s.map(|s| {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
            Error::Usage(format!("--date {s:?}: expected a date as YYYY-MM-DD, e.g. 2025-07-03"))
        })
    })
    .transpose()
}

fn lang_code(l: LangArg) -> Option<String> {
    match l {
        LangArg::Auto => None,
        LangArg::Id => Some("id".into()),
        LangArg::En => Some("en".into()),
    }
}

/// Reads the inputs, reporting each bad one; fails when none is left.
fn read_all(paths: &[std::path::PathBuf]) -> Result<(Vec<Article>, bool)> {
    let (articles, errors) = read_inputs(paths);
    for e in &errors {
        eprintln!("linimasa: skipped {e}");
    }
    if articles.is_empty() {
        return Err(Error::Usage("no readable input".into()));
    }
    Ok((articles, !errors.is_empty()))
}

/// Writes files to `output` (a file, or a folder for several) or stdout.
fn emit(files: &[ExportFile], output: Option<&Path>, force: bool) -> Result<()> {
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            for f in files {
                if let Err(e) = out.write_all(&f.bytes).and_then(|_| out.flush()) {
                    // A closed pipe (`| head`) is not an error.
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        return Ok(());
                    }
                    return Err(Error::Io { path: "-".into(), source: e });
                }
            }
            Ok(())
        }
        Some(path) if files.len() == 1 && files[0].name.is_empty() => {
            linimasa::output::write_atomic(path, &files[0].bytes, force)
        }
        Some(dir) => {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })?;
            for f in files {
                linimasa::output::write_atomic(&dir.join(&f.name), &f.bytes, force)?;
            }
            Ok(())
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(a) => {
            let config = linimasa::pipeline::Config {
                date: parse_date(a.input.date.as_deref())?,
                lang: lang_code(a.input.lang),
                user_actors: a.actors.clone(),
                threads: a.threads,
            };
            let (articles, skipped) = read_all(&a.input.paths)?;
            let engine = linimasa::pipeline::Engine::new(&config)?;
            let results = engine.analyze_all(&articles, &config)?;
            match &a.each {
                None => {
                    let files = linimasa::export::export(&engine.timeline(&results), &a.format, "neo4j")?;
                    emit(&files, a.output.as_deref(), a.force)?;
                }
                Some(dir) => {
                    // One timeline per article, named after it (as gold files are).
                    let mut files = Vec::new();
                    for (article, result) in articles.iter().zip(&results) {
                        let stem = article
                            .path
                            .file_stem()
                            .map_or_else(|| article.id.clone(), |s| s.to_string_lossy().into_owned());
                        for f in linimasa::export::export(
                            &engine.timeline(std::slice::from_ref(result)),
                            &a.format,
                            "neo4j",
                        )? {
                            let ext = if f.name.is_empty() {
                                format!("{stem}.{}", a.format)
                            } else {
                                format!("{stem}.{}", f.name)
                            };
                            files.push(ExportFile { name: ext, bytes: f.bytes });
                        }
                    }
                    emit(&files, Some(dir), a.force)?;
                }
            }
            Ok(if skipped { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Times(a) => {
            let date = parse_date(a.input.date.as_deref())?;
            let (articles, skipped) = read_all(&a.input.paths)?;
            let detector = linimasa::lang::Detector::load()?;
            let forced = lang_code(a.input.lang);
            let docs: Vec<_> = articles
                .into_iter()
                .map(|article| {
                    let lang = forced.clone().unwrap_or_else(|| detector.detect(&article.text).to_string());
                    let (anchor, anchor_source) = match (date, article.dct) {
                        (Some(d), _) => (Some(d), "given"),
                        (None, Some(d)) => (Some(d), "document"),
                        (None, None) => (None, "none"),
                    };
                    linimasa::time::report::TimesInput {
                        article,
                        lang,
                        anchor,
                        anchor_source: anchor_source.into(),
                    }
                })
                .collect();
            let files = linimasa::time::report::render_times(&docs, &a.format)?;
            emit(&files, a.output.as_deref(), a.force)?;
            Ok(if skipped { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Eval(a) => {
            let docs = match (&a.gold, &a.gold_file, &a.pred) {
                (Some(dir), Some(pred), None) | (Some(dir), None, Some(pred)) => {
                    linimasa::eval::load_dirs(dir, pred)?
                }
                (None, Some(gold), Some(pred)) => linimasa::eval::load_pair(gold, pred)?,
                _ => {
                    return Err(Error::Usage(
                        "eval: give GOLD.json PRED.json, or --gold GOLD_DIR PRED_DIR".into(),
                    ))
                }
            };
            let (scores, report) = linimasa::eval::summarize(&docs, a.lenient, !a.quiet);
            emit(&[ExportFile { name: String::new(), bytes: report.into_bytes() }], None, false)?;
            Ok(match a.min_f1 {
                Some(min) if scores.f1 < min => ExitCode::from(1),
                _ => ExitCode::SUCCESS,
            })
        }
        Command::Render(a) => {
            let timeline = linimasa::export::json::read(&a.graph)?;
            linimasa::export::render::render(&timeline, &a.view, &a.output, a.force)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Query(a) => {
            let timeline = linimasa::export::json::read(&a.graph)?;
            let options = linimasa::graph::query::QueryOptions {
                question: a.question,
                from: a.from,
                to: a.to,
                event_type: a.event_type,
                modality: a.modality,
                min_evidence: a.min_evidence,
                json: a.json,
            };
            let mut answer = linimasa::graph::query::run(&timeline, &options)?;
            if !answer.ends_with('\n') {
                answer.push('\n');
            }
            emit(&[ExportFile { name: String::new(), bytes: answer.into_bytes() }], None, false)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Export(a) => {
            let timeline = linimasa::export::json::read(&a.graph)?;
            let files = linimasa::export::export(&timeline, &a.format, &a.dialect)?;
            emit(&files, a.output.as_deref(), a.force)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::TimesEval(a) => {
            let lang = lang_code(a.lang).unwrap_or_else(|| "en".into());
            let (total, docs) = linimasa::time::eval::score_folders(&a.gold, a.pred.as_deref(), &lang)?;
            let out = linimasa::time::eval::render_scores(&total, &docs, a.json);
            emit(&[ExportFile { name: String::new(), bytes: out.into_bytes() }], None, false)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
