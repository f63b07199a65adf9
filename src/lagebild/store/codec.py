"""Plain JSON values back into the model's dataclasses: the inverse of `model.to_plain`.

Driven by the dataclasses' type hints, so a field another stage adds to the model is read back
without touching this module. Unknown keys are ignored, so records written by a newer version
still load. One converter is built per type and cached: reading a whole database for linking
must not re-inspect type hints for every value.
"""
from __future__ import annotations

import types
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, Callable, TypeVar, Union, get_args, get_origin, get_type_hints

T = TypeVar("T")
Converter = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _date_or_datetime(text: str) -> date | datetime:
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def _union(options: tuple[Any, ...]) -> Converter:
    options = tuple(option for option in options if option is not type(None))
    if len(options) == 1:
        return _converter(options[0])
    dated = bool({date, datetime} & set(options))
    record = next((option for option in options if is_dataclass(option)), None)

    def convert(value: Any) -> Any:
        if dated and isinstance(value, str):
            return _date_or_datetime(value)
        if record is not None and isinstance(value, dict):
            return _converter(record)(value)
        return value

    return convert


def _sequence(kind: type, item: Converter) -> Converter:
    if kind is list:
        return lambda value: [item(element) for element in value]
    return lambda value: kind(item(element) for element in value)


def _record(cls: type) -> Converter:
    hints = get_type_hints(cls)
    converters = {f.name: _converter(hints[f.name]) for f in fields(cls) if f.init}

    def convert(value: dict[str, Any]) -> Any:
        return cls(**{name: converters[name](item) for name, item in value.items() if name in converters})

    return convert


@cache
def _converter(hint: Any) -> Converter:
    """A function turning the plain form of a `hint`-typed value back into that type."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        inner = _union(args)
    elif origin in (list, tuple, set, frozenset):
        inner = _sequence(origin, _converter(args[0]) if args else _identity)
    elif origin is dict and len(args) == 2:
        value_converter = _converter(args[1])
        inner = lambda value: {key: value_converter(item) for key, item in value.items()}  # noqa: E731
    elif origin is None and is_dataclass(hint):
        inner = _record(hint)
    elif hint is datetime:
        inner = datetime.fromisoformat
    elif hint is date:
        inner = _date_or_datetime
    else:
        return _identity
    return lambda value: None if value is None else inner(value)


def from_plain(cls: type[T], value: dict[str, Any]) -> T:
    """An instance of dataclass `cls` rebuilt from `to_plain(instance)`."""
    return _converter(cls)(value)
