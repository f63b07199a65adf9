"""Finding the input files and reading their bytes, with every way that can fail made typed.

A path may be a file, a folder (read recursively, only the suffixes we understand), a glob, or
`-` for standard input. Gzip is recognised by its magic bytes, not its name, so a misnamed file
still reads.
"""
from __future__ import annotations

import glob
import gzip
import io
import os
import sys
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from lagebild.errors import CorruptInput, InputError, TooLarge, UnreadableInput

STDIN = "-"
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
GZIP_MAGIC = b"\x1f\x8b"
GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class InputFile:
    path: str
    format: str | None
    """`txt`, `html` or `jsonl` from the file name; None when the content must tell."""


def format_of(name: str) -> str | None:
    path = Path(name)
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return FORMATS.get(path.suffix.lower())


def _folder_files(folder: Path) -> Iterator[InputFile | InputError]:
    """Files under `folder` whose suffix we read, in a stable order; hidden entries are skipped,
    and a folder that cannot be listed, at any depth, is reported rather than silently missed."""
    unlisted: list[OSError] = []
    found: list[InputFile] = []
    for root, folders, files in os.walk(folder, onerror=unlisted.append):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            fmt = format_of(name)
            if fmt is not None and not name.startswith("."):
                found.append(InputFile(os.path.join(root, name), fmt))
    for exc in unlisted:
        yield UnreadableInput(exc.filename or str(folder), f"cannot list folder: {exc.strerror or exc}")
    yield from sorted(found, key=lambda item: item.path)


def expand(paths: Iterable[str | Path]) -> Iterator[InputFile | InputError]:
    """Every input file named by `paths`, or an error for each path that names none."""
    for given in paths:
        name = str(given)
        if name == STDIN:
            yield InputFile(STDIN, None)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _folder_files(path)
        elif path.exists() or path.is_symlink():
            yield InputFile(name, format_of(name))
        elif GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield UnreadableInput(name, "no file matches this pattern")
            yield from expand(matches)
        else:
            yield UnreadableInput(name, "no such file or folder")


def open_input(item: InputFile, max_bytes: int) -> BinaryIO:
    """A binary stream of the file's (decompressed) content; stdin is read up to `max_bytes`."""
    try:
        if item.path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise TooLarge(STDIN, f"more than {max_bytes} bytes (settings.max_bytes)")
            stream: BinaryIO = io.BytesIO(data)
        else:
            stream = open(item.path, "rb")  # noqa: SIM115 - handed to the caller, who closes it
        if stream.read(2) == GZIP_MAGIC:
            stream.seek(0)
            return gzip.GzipFile(fileobj=stream, mode="rb")
        stream.seek(0)
        return stream
    except OSError as exc:
        raise UnreadableInput(item.path, f"cannot open: {exc.strerror or exc}") from exc


def read_limited(stream: BinaryIO, path: str, max_bytes: int) -> bytes:
    """The whole content, or `TooLarge` past `max_bytes` (checked after decompression)."""
    with read_errors(path):
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(path, f"more than {max_bytes} bytes (settings.max_bytes)")
    return data


@contextmanager
def read_errors(path: str) -> Iterator[None]:
    """Turns the exceptions of reading a (gzipped) stream into typed input errors."""
    try:
        yield
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise CorruptInput(path, f"damaged or truncated gzip data: {exc}") from exc
    except OSError as exc:
        raise UnreadableInput(path, f"cannot read: {exc.strerror or exc}") from exc
