"""The pipeline is the composition of per-article stages, named in `Settings.stages`.

Each stage is a plain function `(Article, Settings) -> Article` that declares which stages it
reads from; building the pipeline checks that order, so a misconfigured list fails at once with a
message rather than producing empty output later.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Callable

from lagebild.errors import ConfigError, PipelineOrderError
from lagebild.model import Article
from lagebild.settings import Settings

StageFn = Callable[[Article, Settings], Article]


@dataclass(frozen=True)
class StageSpec:
    target: str
    """`module:function` implementing the stage, imported when the pipeline is built."""
    requires: tuple[str, ...] = ()


STAGES: dict[str, StageSpec] = {
    "clean": StageSpec("lagebild.clean:clean_article"),
    "meta": StageSpec("lagebild.meta:extract_meta", ("clean",)),
    "sentences": StageSpec("lagebild.nlp.sentences:split_article", ("clean",)),
    "entities": StageSpec("lagebild.nlp.entities:tag_article", ("sentences",)),
    "resolve": StageSpec("lagebild.link.entities:resolve_article", ("entities",)),
    "quotes": StageSpec("lagebild.nlp.quotes:quote_article", ("sentences", "resolve")),
    "timexes": StageSpec("lagebild.nlp.time:tag_article", ("sentences", "meta")),
    "events": StageSpec("lagebild.link.events:events_of_article", ("timexes", "entities")),
}


LINKERS: dict[str, StageSpec] = {
    "entities": StageSpec("lagebild.link.entities:resolve_across"),
    "timeline": StageSpec("lagebild.link.events:build_timeline", ("entities",)),
}
"""Cross-article steps: `(list[Article], Settings) -> list[...]`, run after every article has been
through the stages; each result is stored under the linker's name."""


def _load(target: str) -> StageFn:
    module, _, name = target.partition(":")
    try:
        return getattr(import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load {target}: {exc}") from exc


def _build(names: tuple[str, ...], specs: dict[str, StageSpec], kind: str) -> list[tuple[str, Callable]]:
    """Import the named steps in order, checking that each one's inputs come before it."""
    built: list[tuple[str, Callable]] = []
    for name in names:
        spec = specs.get(name)
        if spec is None:
            raise ConfigError(f"unknown {kind} {name!r}; known: {', '.join(specs)}")
        missing = [r for r in spec.requires if r not in {done for done, _ in built}]
        if missing:
            raise PipelineOrderError(f"{kind} {name!r} needs {missing} before it in the {kind} list")
        built.append((name, _load(spec.target)))
    return built


class Pipeline:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stages: list[tuple[str, StageFn]] = _build(settings.stages, STAGES, "stage")
        self.linkers: list[tuple[str, Callable]] = _build(settings.linkers, LINKERS, "linker")

    def __call__(self, article: Article) -> Article:
        for _, stage in self.stages:
            article = stage(article, self.settings)
        return article

    def link(self, articles: list[Article]) -> dict[str, list]:
        """Run the cross-article steps over a whole collection, in order."""
        return {name: linker(articles, self.settings) for name, linker in self.linkers}
