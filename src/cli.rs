//! The command line: parsed by clap here, validated into configs, run by the library.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// linimasa: news articles to an event-timeline knowledge graph.
#[derive(Debug, Parser)]
#[command(name = "linimasa", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Language choice for inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Detect per article.
    Auto,
    /// Indonesian.
    Id,
    /// English.
    En,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find events, actors and dates in articles and print the timeline.
    Extract(ExtractArgs),
    /// List temporal expressions (TIMEX3) in articles.
    Times(TimesArgs),
    /// Score a prediction against gold files (the shared scorer's figures).
    Eval(EvalArgs),
    /// Draw a timeline JSON with Graphviz (svg, png, pdf).
    Render(RenderArgs),
    /// Ask a timeline JSON about actors and their relationships.
    Query(QueryArgs),
    /// Convert a timeline JSON to another format.
    Export(ExportArgs),
    /// Score TIMEX3s against gold TimeML files (TempEval-3 figures).
    TimesEval(TimesEvalArgs),
}

/// The inputs of `extract` and `times`.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Text files (.txt, .md), TimeML files (.tml), folders (read recursively) or `-` for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The articles' publication date (YYYY-MM-DD), the anchor for relative dates.
    #[arg(long)]
    pub date: Option<String>,
    /// Language of the articles.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub lang: LangArg,
}

/// `linimasa extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// What to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, default_value = "json")]
    pub format: String,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Write one timeline per article into this folder (named after each article).
    #[arg(long, conflicts_with = "output")]
    pub each: Option<PathBuf>,
    /// A TOML file of the user's own actors and aliases.
    #[arg(long)]
    pub actors: Option<PathBuf>,
    /// Replace output files that already exist.
    #[arg(long)]
    pub force: bool,
    /// Worker threads (0: one per core). Output does not depend on it.
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
}

/// `linimasa times`.
#[derive(Debug, clap::Args)]
pub struct TimesArgs {
    /// What to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// `json` or `timeml`.
    #[arg(long, default_value = "json")]
    pub format: String,
    /// Write to this file (json) or folder (timeml, one file per input).
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Replace output files that already exist.
    #[arg(long)]
    pub force: bool,
}

/// `linimasa eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// A gold file (or, with --gold, unused).
    pub gold_file: Option<PathBuf>,
    /// The prediction: a timeline JSON file, or a folder of them with --gold.
    pub pred: Option<PathBuf>,
    /// A folder of gold files, scored against PRED/<same name>.
    #[arg(long)]
    pub gold: Option<PathBuf>,
    /// Match actors also by country code.
    #[arg(long)]
    pub lenient: bool,
    /// Totals only.
    #[arg(short, long)]
    pub quiet: bool,
    /// Exit with status 1 when F1 is below this.
    #[arg(long)]
    pub min_f1: Option<f64>,
}

/// `linimasa render`.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// A timeline JSON file.
    pub graph: PathBuf,
    /// Output file; its ending picks the format (svg, png, pdf).
    #[arg(short, long)]
    pub output: PathBuf,
    /// `timeline` or `actors`.
    #[arg(long, default_value = "timeline")]
    pub view: String,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// `linimasa query`.
#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// A timeline JSON file.
    pub graph: PathBuf,
    /// The question: `actor NAME`, `between A B`, `neighbors NAME`, `path A B`, `stats`.
    #[arg(required = true, num_args = 1..)]
    pub question: Vec<String>,
    /// Only events on or after this date.
    #[arg(long)]
    pub from: Option<String>,
    /// Only events on or before this date.
    #[arg(long)]
    pub to: Option<String>,
    /// Only this PLOVER type.
    #[arg(long = "type")]
    pub event_type: Option<String>,
    /// Only this modality.
    #[arg(long)]
    pub modality: Option<String>,
    /// Only events with at least this many pieces of evidence.
    #[arg(long, default_value_t = 1)]
    pub min_evidence: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// `linimasa export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// A timeline JSON file.
    pub graph: PathBuf,
    /// Output format.
    #[arg(long)]
    pub format: String,
    /// Write to this file (a folder for `csv`) instead of standard output.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// For `cypher`: `neo4j` or `kuzu`.
    #[arg(long, default_value = "neo4j")]
    pub dialect: String,
    /// Replace output files that already exist.
    #[arg(long)]
    pub force: bool,
}

/// `linimasa times-eval`.
#[derive(Debug, clap::Args)]
pub struct TimesEvalArgs {
    /// A folder of gold TimeML (.tml) files.
    pub gold: PathBuf,
    /// A folder of predicted .tml files of the same names (from `times --format timeml -o DIR`);
    /// without it, linimasa tags the gold texts itself, anchored to their DCTs.
    pub pred: Option<PathBuf>,
    /// Language of the documents (when linimasa tags them).
    #[arg(long, value_enum, default_value_t = LangArg::En)]
    pub lang: LangArg,
    /// Print JSON, with per-document counts.
    #[arg(long)]
    pub json: bool,
}
