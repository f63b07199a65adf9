"""Typed errors. Each names the file it concerns and the reason, so a batch can report and go on."""
from __future__ import annotations


class LagebildError(Exception):
    """Base of every error lagebild raises on purpose."""


class InputError(LagebildError):
    """An input file that cannot become an article; the batch skips it and says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TooLarge(InputError):
    pass


class UndecodableInput(InputError):
    pass


class NoTextInput(InputError):
    pass


class MalformedRecord(InputError):
    pass


class ConfigError(LagebildError):
    pass


class PipelineOrderError(ConfigError):
    """A stage was configured before a stage whose output it reads."""


class ModelMissing(LagebildError):
    """A trained model file is not where the package expects it."""


class SharedDataMissing(LagebildError):
    """Evaluation data from ../shared/data is not present."""


class UnreadableInput(InputError):
    """The path does not exist, matches nothing, or cannot be opened (permissions, broken link)."""


class CorruptInput(InputError):
    """A compressed file that ends early or fails its checksum."""


class StageFailed(LagebildError):
    """A stage or linker raised on one article (or collection); the batch records it and goes on."""

    def __init__(self, path: str, stage: str, reason: str) -> None:
        super().__init__(f"{path}: stage {stage!r} failed: {reason}")
        self.path = path
        self.stage = stage
        self.reason = reason


class StoreError(LagebildError):
    """The database file cannot be opened or is not a lagebild database."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
