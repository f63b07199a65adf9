"""The `lagebild` command: thin wrappers over the public functions, plus one output helper.

Commands that list things take `@output_format()` and end with `emit(rows, fmt)`, so every
command offers the same table / json / jsonl output. Exit codes: 0 all fine, 1 fatal error,
2 usage error, 3 some inputs were skipped or failed.
"""
from __future__ import annotations

import importlib
import inspect
import json
import logging
import pkgutil
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

import click

from lagebild.errors import InputError, LagebildError, SharedDataMissing, StageFailed
from lagebild.settings import Settings

EXIT_PARTIAL = 3
CONFIG_FILE = "lagebild.toml"
MAX_CELL = 60
FORMAT_HELP = {
    "table": "table: aligned columns for people",
    "text": "text: for reading",
    "json": "json: one JSON array",
    "jsonl": "jsonl: one JSON object per line",
}


class LagebildGroup(click.Group):
    """Turns lagebild's own errors into one line on stderr and exit code 1, not a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LagebildError as exc:
            click.echo(f"lagebild: error: {exc}", err=True)
            ctx.exit(1)


# ---- shared output helper -------------------------------------------------------------------

def output_format(default: str = "table", choices: Sequence[str] = ("table", "json", "jsonl")) -> Callable:
    """The `--format` option as the keyword argument `fmt`, for use with `emit`."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
        help="; ".join(FORMAT_HELP.get(choice, choice) for choice in choices) + ".",
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    text = " ".join(str(value).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Print rows as an aligned table, a JSON array or JSON lines on stdout."""
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    columns = list(columns or (rows[0].keys() if rows else []))
    if not columns:
        return
    cells = [[_cell(row.get(column)) for column in columns] for row in rows]
    widths = [max([len(column)] + [len(line[i]) for line in cells]) for i, column in enumerate(columns)]
    for line in [columns, ["-" * width for width in widths], *cells]:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip())


# ---- shared options -------------------------------------------------------------------------

def db_option(f: Callable) -> Callable:
    return click.option(
        "--db", type=click.Path(dir_okay=False, path_type=Path),
        help="SQLite database (default: `db` from the config file, else ./lagebild.sqlite).",
    )(f)


def config_option(f: Callable) -> Callable:
    return click.option(
        "--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help=f"TOML file with a [lagebild] table of settings (default: ./{CONFIG_FILE} if present).",
    )(f)


def load_settings(config: Path | None, **overrides: Any) -> Settings:
    """Settings from `--config` (or ./lagebild.toml), with command-line options winning."""
    if config is None and Path(CONFIG_FILE).is_file():
        config = Path(CONFIG_FILE)
    if config is not None:
        return Settings.load(config, **overrides)
    return Settings(**{key: value for key, value in overrides.items() if value is not None})


def open_store(db: Path | None, config: Path | None = None, must_exist: bool = True):
    from lagebild.store import Store

    path = db or load_settings(config).db
    if must_exist and not path.exists():
        raise click.ClickException(f"no database at {path}; run `lagebild analyze PATH --db {path}` first")
    return Store(path)


def _progress_wanted(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


def _report_errors(errors: Sequence[LagebildError]) -> None:
    """One line per skipped input; a stage failing the same way on many articles is one line."""
    failures: dict[tuple[str, str], list[StageFailed]] = {}
    for error in errors:
        if isinstance(error, StageFailed):
            failures.setdefault((error.stage, error.reason), []).append(error)
        else:
            click.echo(f"lagebild: skipped: {error}", err=True)
    for (stage, reason), group in failures.items():
        where = group[0].path if len(group) == 1 else f"{len(group)} articles (first: {group[0].path})"
        click.echo(f"lagebild: failed: stage {stage!r} on {where}: {reason}", err=True)


# ---- commands -------------------------------------------------------------------------------

@click.group(cls=LagebildGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="lagebild")
@click.option("--verbose", "-v", is_flag=True, help="Log what the stages do (to stderr).")
def main(verbose: bool) -> None:
    """Turn raw news articles about a developing story into a sourced, dated picture of it."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(name)s: %(message)s")
    if not verbose:
        for noisy in ("trafilatura", "htmldate", "charset_normalizer"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


def _article_row(article) -> dict[str, Any]:
    return {
        "id": article.id,
        "language": article.language,
        "published": article.published.iso() if article.published else None,
        "outlet": article.source.outlet,
        "title": article.title or article.source.given_title,
        "entities": len(article.entities),
        "quotes": len(article.quotes),
        "timexes": len(article.timexes),
    }


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Also write the HTML report here.")
@output_format()
@config_option
@click.option("--crawled", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Date the pages were saved (YYYY-MM-DD), for relative dates such as \"vor 3 Tagen\".")
@click.option("--lang", help="Force this language (ISO 639-1, e.g. de, en) instead of detecting it.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
def analyze(paths, db, report, fmt, config, crawled, lang, quiet) -> None:
    """Analyse files, folders, globs or - (stdin); store the results and print one row per article.

    Inputs: .txt page dumps, .html/.htm pages, .jsonl (one article per line), each optionally .gz.
    """
    from lagebild.api import analyze as run_analysis
    from lagebild.export import article_record
    from lagebild.store import Store

    settings = load_settings(config, db=db, crawled=crawled.date() if crawled else None, language=lang)
    with Store(settings.db) as store:
        result = run_analysis(paths, settings, store, progress=_progress_wanted(quiet))
        if report:
            from lagebild.report import render_report

            render_report(store, report)
    if fmt == "table":
        emit([_article_row(article) for article in result.articles], fmt)
    else:
        emit([article_record(article) for article in result.articles], fmt)
    _report_errors(result.errors)
    if not quiet:
        duplicates = f" ({result.duplicates} duplicate texts read once)" if result.duplicates else ""
        summary = (f"{len(result.articles)} articles analysed{duplicates}, {len(result.skipped)} skipped, "
                   f"{len(result.failed)} failed; db: {settings.db}")
        click.echo(summary + (f"; report: {report}" if report else ""), err=True)
    if result.errors:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@config_option
@click.option("--crawled", type=click.DateTime(formats=["%Y-%m-%d"]), help="Date the pages were saved.")
@output_format()
def ingest(paths, db, config, crawled, fmt) -> None:
    """Read and store inputs without analysing them; texts already stored are left as they are."""
    from lagebild.ingest import ingest as read_inputs
    from lagebild.store import Store

    settings = load_settings(config, db=db, crawled=crawled.date() if crawled else None)
    rows, errors = [], []
    with Store(settings.db) as store:
        for item in read_inputs(paths, settings):
            if isinstance(item, InputError):
                errors.append(item)
            elif item.id not in store:
                store.upsert_article(item)
                rows.append({"id": item.id, "path": item.source.path, "format": item.source.format})
    emit(rows, fmt, ["id", "path", "format"])
    _report_errors(errors)
    click.echo(f"{len(rows)} new articles stored, {len(errors)} skipped; db: {settings.db}", err=True)
    if errors:
        sys.exit(EXIT_PARTIAL)


def _find_article(store, article_id: str):
    matches = store.ids_starting(article_id)
    if article_id in matches:
        return store.get(article_id)
    if len(matches) == 1:
        return store.get(matches[0])
    if not matches:
        raise click.ClickException(f"no article with id {article_id!r}")
    raise click.ClickException(f"{article_id!r} is ambiguous: {', '.join(matches[:10])}")


def _entity_lines(article, canonical: dict[str, dict]) -> list[str]:
    """One line per entity found in the article: its resolved name, type and the words used."""
    groups: dict[str, list] = {}
    for mention in article.entities:
        groups.setdefault(mention.entity_id or mention.text, []).append(mention)
    lines = []
    for key, mentions in groups.items():
        surfaces = sorted({m.text for m in mentions})
        entity = canonical.get(key, {})
        name = entity.get("name") or mentions[0].attributes.get("name") or surfaces[0]
        label = entity.get("label") or mentions[0].label
        lines.append(f"  {name} [{label}] x{len(mentions)}: {', '.join(surfaces)}")
    return lines


def _describe(article, canonical: dict[str, dict]) -> str:
    lines = [article.title or article.source.given_title or "(untitled)", ""]
    facts = {
        "id": article.id, "source": article.source.url or article.source.path,
        "outlet": article.source.outlet, "language": article.language,
        "published": article.published and f"{article.published.iso()} ({article.published.provenance}, "
                                            f"confidence {article.published.confidence:.2f})",
        "authors": ", ".join(article.authors), "agency": article.agency, "dateline": article.dateline,
    }
    lines += [f"{key:>10}: {value}" for key, value in facts.items() if value]
    lines += ["", article.body or article.raw]
    lines += [f"[caption] {caption.text}" for caption in article.captions]
    if article.entities:
        lines += ["", "Entities:", *_entity_lines(article, canonical)]
    return "\n".join(lines)


@main.command()
@click.argument("article_id")
@db_option
@output_format(default="text", choices=("text", "json"))
def show(article_id, db, fmt) -> None:
    """Show one stored article (the id may be shortened to any unambiguous prefix)."""
    from lagebild.export import article_record

    with open_store(db) as store:
        article = _find_article(store, article_id)
        canonical = {entity["id"]: entity for entity in store.get_collection("entities")}
    if fmt == "json":
        click.echo(json.dumps(article_record(article), ensure_ascii=False, indent=2))
    else:
        click.echo(_describe(article, canonical))


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True, help="At most this many hits.")
@output_format()
def search(query, db, limit, fmt) -> None:
    """Full-text search over stored titles and bodies (every word must occur; word* for prefixes)."""
    with open_store(db) as store:
        hits = store.search(query, limit)
    emit([{"id": hit.id, "title": hit.title, "snippet": hit.snippet} for hit in hits], fmt, ["id", "title", "snippet"])


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="jsonl: the full output record per article (docs/output.md); csv: one row of scalars.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
def export(db, fmt, out) -> None:
    """Export every stored article."""
    from lagebild.export import write_csv, write_jsonl

    write = write_csv if fmt == "csv" else write_jsonl
    with open_store(db) as store:
        if out is None:
            count = write(store.articles(), sys.stdout)
        else:
            with open(out, "w", encoding="utf-8", newline="") as stream:
                count = write(store.articles(), stream)
    click.echo(f"{count} articles exported" + (f" to {out}" if out else ""), err=True)


@main.command()
@db_option
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="HTML file to write.")
def report(db, out) -> None:
    """Write the self-contained HTML report of everything stored."""
    from lagebild.report import render_report

    with open_store(db) as store:
        render_report(store, out)
    click.echo(f"report: {out}", err=True)


def _timeline_row(entry: dict[str, Any]) -> dict[str, Any]:
    sources = entry.get("sources") or []
    first = next((s for s in sources if s.get("article_id") == entry.get("first_reported_by")), None)
    return {
        "when": entry.get("time_value"),
        "event": entry.get("trigger"),
        "sources": len(sources),
        "first": (first.get("outlet") or first.get("title") or first.get("article_id")) if first else None,
        "conflict": " / ".join(entry.get("time_values") or []) if entry.get("date_conflict") else "",
        "summary": entry.get("summary"),
    }


@main.command()
@db_option
@output_format(choices=("table", "json"))
def timeline(db, fmt) -> None:
    """The cross-source timeline: dated events, their sources, and where the sources disagree on a date."""
    with open_store(db) as store:
        entries = store.get_collection("timeline")
    if fmt == "json":
        emit(entries, fmt)
    else:
        emit([_timeline_row(entry) for entry in entries], fmt, ["when", "event", "sources", "first", "conflict", "summary"])


def _entity_row(entity: dict[str, Any]) -> dict[str, Any]:
    attributes = entity.get("attributes") or {}
    return {
        "id": entity.get("id"),
        "name": entity.get("name"),
        "label": entity.get("label"),
        "mentions": entity.get("mentions"),
        "aliases": [alias for alias in entity.get("aliases") or [] if alias != entity.get("name")],
        "roles": attributes.get("role") or attributes.get("descriptor") or [],
    }


@main.command()
@db_option
@click.option("--label", type=click.Choice(["PER", "LOC", "ORG", "OTH"], case_sensitive=False),
              help="Only entities of this type.")
@click.option("--min-mentions", type=int, default=1, show_default=True, help="Only entities mentioned this often.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@output_format(choices=("table", "json", "jsonl"))
def entities(db, label, min_mentions, as_json, fmt) -> None:
    """People, places and organisations resolved across all stored articles, most mentioned first."""
    with open_store(db) as store:
        found = store.get_collection("entities")
    found = [e for e in found if (label is None or e.get("label") == label.upper())
             and (e.get("mentions") or 0) >= min_mentions]
    found.sort(key=lambda e: (-(e.get("mentions") or 0), e.get("name") or ""))
    fmt = "json" if as_json else fmt
    if fmt == "table":
        emit([_entity_row(entity) for entity in found], fmt, ["name", "label", "mentions", "aliases", "roles", "id"])
    else:
        emit(found, fmt)


@main.command()
@db_option
@click.option("--speaker", help="Only speakers whose name contains this (case-insensitive).")
@output_format(choices=("table", "json", "jsonl"))
def quotes(db, speaker, fmt) -> None:
    """Who said what, and when: stored quotations grouped by speaker (the cross-article name where resolved)."""
    from lagebild.nlp.quotes.listing import quotation_rows

    with open_store(db) as store:
        names = {e["id"]: e["name"] for e in store.get_collection("entities") if e.get("id")}
        rows = quotation_rows(store.articles(), names, speaker)
    emit(rows, fmt, ["speaker", "when", "type", "quote", "channel", "outlet", "article"] if fmt == "table" else None)


def evaluation_modules() -> list[str]:
    """Module names under `lagebild.eval`, listed without importing them, so one broken module
    cannot hide the others."""
    import lagebild.eval

    return [module.name for module in pkgutil.iter_modules(lagebild.eval.__path__)]


def _evaluation(name: str):
    """The evaluation module `name`, or None when it is a helper without `evaluate`."""
    module = importlib.import_module(f"lagebild.eval.{name}")
    return module if hasattr(module, "evaluate") else None


@main.command("eval")
@click.argument("name")
@click.option("--limit", type=int, help="Evaluate on the first N items only (quick check).")
@click.option("--split", type=click.Choice(["dev", "heldout"]), help="Only this half of a split set.")
@click.option("--no-url", is_flag=True,
              help="Withhold page URLs from the evaluations that read web pages (bare .txt dumps carry none).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(name, limit, split, no_url, as_json) -> None:
    """Run evaluation NAME against the gold data in ../shared/data; `all` runs every one."""
    known = evaluation_modules()
    if name != "all" and (name not in known or _evaluation(name) is None):
        raise click.BadParameter(f"unknown evaluation {name!r}; known: all, {', '.join(known)}", param_hint="NAME")
    options = {"limit": limit, **({"split": split} if split else {})}
    results, incomplete = {}, []
    for current in known if name == "all" else [name]:
        try:
            module = _evaluation(current)
            if module is None:
                continue
            url_option = {"url": False} if no_url and "url" in inspect.signature(module.evaluate).parameters else {}
            results[current] = module.evaluate(**options, **url_option)
        except (SharedDataMissing, ImportError) as exc:
            incomplete.append(current)
            click.echo(f"lagebild: {current}: skipped: {exc}", err=True)
            continue
        if not as_json:
            click.echo(f"== {current}\n{module.format_report(results[current])}")
    if as_json:
        payload = results if name == "all" else results.get(name, {})
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    if incomplete:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("source", default="-", type=click.File("r", encoding="utf-8"))
@click.option("--lang", help="Language of the text (de, en); detected when not given.")
@click.option("--dct", type=click.DateTime(formats=["%Y-%m-%d"]), help="Document date for relative times.")
@click.option("--jsonl", is_flag=True, help='Read JSON lines {"id","text","lang","dct"}; write one result per line.')
def annotate(source, lang, dct, jsonl) -> None:
    """Sentences, entities, quotes and times of a text as given (FILE or - for stdin), as JSON."""
    from lagebild.nlp.annotate import annotate as annotate_text, annotate_lines

    if jsonl:
        for result in annotate_lines(source, source.name):
            click.echo(json.dumps(result, ensure_ascii=False))
        return
    result = annotate_text(source.read(), lang, dct.date() if dct else None)
    click.echo(json.dumps(result, ensure_ascii=False, indent=2))


@main.group()
def train() -> None:
    """Train lagebild's own models from the gold data in ../shared/data."""


@train.command("ner")
@click.option("--quick", is_flag=True, help="Skip the c1/c2 search (one setting only).")
def train_ner(quick) -> None:
    """The German entity model: tune on the tune slice, fit, save, report held-out figures."""
    from lagebild.nlp.ner.train import train_and_report

    train_and_report(quick=quick, log=click.echo)
