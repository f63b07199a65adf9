"""One call that runs the language stages on a text exactly as given (no cleaning).

This is the contract for evaluations and other programs: every offset in the result points into
the `text` argument itself. Entity ids come from within-text resolution; the descriptor
mentions that resolution adds ("der Minister") help quote attribution but are not names, so they
are not listed among the entities.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from lagebild.errors import MalformedRecord
from lagebild.model import Mention, Quote, TextRef, Timex


def _ref(ref: TextRef | None) -> dict[str, Any] | None:
    return None if ref is None else {"start": ref.start, "end": ref.end, "text": ref.text}


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "quote": {"spans": [{"start": s.start, "end": s.end} for s in quote.spans]},
        "speaker": _ref(quote.speaker),
        "cue": _ref(quote.cue),
        "addressee": _ref(quote.addressee),
        "type": quote.type,
        "medium": quote.medium,
    }


def _entity(mention: Mention) -> dict[str, Any]:
    return {
        "start": mention.start, "end": mention.end, "text": mention.text, "label": mention.label,
        "entity_id": mention.entity_id, "deriv": mention.deriv, "part": mention.part,
    }


def _timex(timex: Timex) -> dict[str, Any]:
    return {"start": timex.start, "end": timex.end, "text": timex.text, "type": timex.type,
            "value": timex.value, "mod": timex.mod}


def annotate(text: str, lang: str | None = None, dct: date | None = None, prefix: str = "t") -> dict[str, Any]:
    """Sentences, entities, quotes and time expressions of `text`, offsets into `text`."""
    from lagebild.clean.language import detect
    from lagebild.link.entities import resolve_mentions
    from lagebild.nlp import entities, quotes, sentences, time

    lang = lang or detect(text)
    spans, tokens = sentences.split(text, lang)
    mentions = entities.tag(text, spans, tokens, lang)
    names = list(mentions)
    resolve_mentions(text, mentions, lang, prefix)
    found_quotes = quotes.extract(text, spans, tokens, mentions, lang, dct)
    timexes = time.tag(text, lang, dct)
    return {
        "lang": lang,
        "dct": dct.isoformat() if dct else None,
        "sentences": [{"start": s.start, "end": s.end} for s in spans],
        "entities": [_entity(m) for m in names],
        "quotes": [_quote(q) for q in found_quotes],
        "timexes": [_timex(t) for t in timexes],
    }



def annotate_lines(lines: Iterable[str], source: str = "<stdin>") -> Iterator[dict[str, Any]]:
    """`annotate` over JSON lines {"id", "text", "lang", "dct"}, one result (with "id") per line.

    One process and one loaded model for the whole batch, so large evaluations stay fast.
    """
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            dct = date.fromisoformat(record["dct"]) if record.get("dct") else None
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise MalformedRecord(f"{source}:{number}", f"not an annotation record: {exc}") from exc
        yield {"id": record.get("id"), **annotate(text, record.get("lang"), dct, prefix=str(record.get("id", number)))}
