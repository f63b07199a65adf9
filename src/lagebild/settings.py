"""One settings object for the whole pipeline, optionally read from a TOML file."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

from lagebild.errors import ConfigError

DEFAULT_STAGES = (
    "clean", "meta", "sentences", "entities", "resolve", "quotes", "timexes", "events",
)
DEFAULT_LINKERS = ("entities", "timeline")


@dataclass
class Settings:
    stages: tuple[str, ...] = DEFAULT_STAGES
    linkers: tuple[str, ...] = DEFAULT_LINKERS
    language: str | None = None
    """Force a language instead of detecting it per article."""
    crawled: date | None = None
    """Date the pages were saved, for relative dates ("vor 3 Tagen") when a file says nothing."""
    max_bytes: int = 20 * 1024 * 1024
    db: Path = field(default_factory=lambda: Path("lagebild.sqlite"))

    @classmethod
    def load(cls, path: Path, **overrides) -> "Settings":
        """Read `[lagebild]` options from a TOML file; keyword overrides win."""
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8")).get("lagebild", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        known = {f.name for f in fields(cls)}
        unknown = set(raw) - known
        if unknown:
            raise ConfigError(f"{path}: unknown option(s) {sorted(unknown)}; known: {sorted(known)}")
        for key in ("stages", "linkers"):
            if key in raw:
                raw[key] = tuple(raw[key])
        if "crawled" in raw and isinstance(raw["crawled"], str):
            raw["crawled"] = date.fromisoformat(raw["crawled"])
        if "db" in raw:
            raw["db"] = Path(raw["db"])
        raw.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**raw)
