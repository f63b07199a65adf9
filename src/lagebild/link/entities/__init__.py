"""Entity resolution: which mentions name the same person, place or organisation.

`resolve_mentions` works within one text (surnames, genitives, role phrases); `resolve_article`
is the pipeline stage around it; `resolve_across` joins the local entities of a collection into
canonical ones (spelling, transliteration and language variants).
"""
from __future__ import annotations

from lagebild.link.entities.across import resolve_across
from lagebild.link.entities.local import resolve_mentions
from lagebild.model import Article
from lagebild.settings import Settings

__all__ = ["resolve_across", "resolve_article", "resolve_mentions"]


def resolve_article(article: Article, settings: Settings) -> Article:
    lang = article.language or settings.language or "de"
    resolve_mentions(article.body, article.entities, lang, article.id)
    return article
