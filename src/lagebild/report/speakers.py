"""Quotations grouped by who said them, across every article: the cross-source view of voices.

A speaker resolved to a global entity is grouped under that entity's canonical name, so "Renner",
"Tobias Renner" and "Kreisbrandmeister Renner" in three outlets are one speaker.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from lagebild.model import Article, Quote

UNKNOWN_SPEAKER = "(ohne Sprecher)"


def _speaker_entity(article: Article, quote: Quote) -> str | None:
    """The quote's speaker entity, else the entity of the mention the speaker words are: the
    mention's id is the global one after linking even where the quote still holds a local id."""
    if quote.speaker is not None:
        for mention in article.entities:
            if mention.start <= quote.speaker.start and quote.speaker.end <= mention.end and mention.entity_id:
                return mention.entity_id
    return quote.speaker_entity


def quotes_by_speaker(articles: Iterable[Article], entities: list[dict]) -> list[dict[str, Any]]:
    """[{speaker, label, quotes: [{text, type, cue, article_id, outlet, published}]}], most quoted first."""
    names = {entity.get("id"): entity.get("name") for entity in entities}
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in articles:
        for quote in article.quotes:
            speaker = names.get(_speaker_entity(article, quote)) or (
                quote.speaker.text if quote.speaker else UNKNOWN_SPEAKER)
            grouped[speaker].append({
                "text": " … ".join(span.of(article.body) for span in quote.spans),
                "type": quote.type,
                "cue": quote.cue.text if quote.cue else None,
                "article_id": article.id,
                "outlet": article.source.outlet or article.title,
                "published": article.published.iso() if article.published else None,
            })
    ordered = sorted(grouped.items(), key=lambda item: (item[0] == UNKNOWN_SPEAKER, -len(item[1]), item[0]))
    return [{"speaker": speaker, "quotes": quotes} for speaker, quotes in ordered]
