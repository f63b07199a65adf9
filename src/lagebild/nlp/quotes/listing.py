"""Stored quotations as rows grouped by speaker, for `lagebild quotes`.

A quotation's `speaker_entity` is the article-local id given when it was extracted; after the
cross-article linker has rewritten the mentions to global ids, the speaker is looked up again in
the article's mentions, so the same person quoted by several outlets is listed once, under the
entity's canonical name.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from lagebild.model import Article, Quote
from lagebild.nlp.quotes.document import Mentions, speaker_entity
from lagebild.nlp.quotes.lexicon import lexicon


def _row(article: Article, quote: Quote, speaker: str, entity_id: str | None) -> dict[str, Any]:
    return {
        "speaker": speaker,
        "entity": entity_id,
        "type": quote.type,
        "medium": quote.medium,
        "when": quote.said_on or (article.dct.isoformat() if article.dct else None),
        "said_on": quote.said_on,
        "published": article.dct.isoformat() if article.dct else None,
        "quote": " … ".join(span.of(article.body) for span in quote.spans),
        "cue": quote.cue.text if quote.cue else None,
        "channel": quote.channel.text if quote.channel else None,
        "addressee": quote.addressee.text if quote.addressee else None,
        "article": article.id,
        "outlet": article.source.outlet,
        "title": article.title,
    }


def quotation_rows(articles: Iterable[Article], entity_names: dict[str, str], speaker: str | None = None
                   ) -> list[dict[str, Any]]:
    """One row per quotation with a speaker, grouped by speaker (most quoted first), each group
    in order of `when`: the date the text gives for the saying, else the article's date;
    `speaker` keeps only speakers whose name contains it."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in articles:
        lex = lexicon(article.language or "de")
        mentions = Mentions(article.entities)
        for quote in article.quotes:
            if quote.speaker is None:
                continue
            entity_id = speaker_entity(quote.speaker, mentions, lex) or quote.speaker_entity
            name = entity_names.get(entity_id or "", quote.speaker.text)
            if speaker and speaker.lower() not in name.lower() and speaker.lower() not in quote.speaker.text.lower():
                continue
            groups[entity_id if entity_id in entity_names else name.lower()].append(_row(article, quote, name, entity_id))
    ordered = sorted(groups.values(), key=lambda rows: (-len(rows), rows[0]["speaker"]))
    return [row for rows in ordered for row in sorted(rows, key=lambda r: (r["when"] or "", r["article"]))]
