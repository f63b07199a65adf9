"""Plain JSON values back into the model's dataclasses: the inverse of `model.to_plain`.

Driven by the dataclasses' type hints, so a field another stage adds to the model is read back
without touching this module. Unknown keys are ignored, so records written by a newer version
still load.
"""
from __future__ import annotations

import types
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _date_or_datetime(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _union(options: tuple[Any, ...], value: Any) -> Any:
    options = tuple(option for option in options if option is not type(None))
    if len(options) == 1:
        return _convert(options[0], value)
    if isinstance(value, str) and {date, datetime} & set(options):
        return _date_or_datetime(value)
    if isinstance(value, dict):
        for option in options:
            if is_dataclass(option):
                return _convert(option, value)
    return value


def _convert(hint: Any, value: Any) -> Any:
    if value is None or hint is Any:
        return value
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        return _union(args, value)
    if origin is Literal:
        return value
    if origin in (list, tuple, set, frozenset):
        item_hint = args[0] if args else Any
        return origin(_convert(item_hint, item) for item in value)
    if origin is dict:
        value_hint = args[1] if len(args) == 2 else Any
        return {key: _convert(value_hint, item) for key, item in value.items()}
    if is_dataclass(hint):
        return from_plain(hint, value)
    if hint is datetime:
        return datetime.fromisoformat(value)
    if hint is date:
        return _date_or_datetime(value)
    return value


def from_plain(cls: type[T], value: dict[str, Any]) -> T:
    """An instance of dataclass `cls` rebuilt from `to_plain(instance)`."""
    hints = _hints(cls)
    known = {f.name for f in fields(cls) if f.init}
    return cls(**{name: _convert(hints[name], item) for name, item in value.items() if name in known})
