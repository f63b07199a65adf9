"""What a page's URL tells about its dates: the day a story was filed ("/2024/07/01/slug",
"-20240701-"), the month a blog filed it under, and the country whose date order it follows.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
URL_DATE_FOLDERS = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
URL_MONTH_FOLDERS = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])(?:/|$)")


def url_date(url: str | None) -> date | None:
    if not url:
        return None
    found = URL_DATE.search(url) or URL_DATE_FOLDERS.search(url)
    if not found:
        return None
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def url_month(url: str | None) -> tuple[int, int] | None:
    """Year and month from date folders in the URL path ("/2020/02/slug"), which blogs use even
    when they leave out the day; the page was not published before that month (it may have been
    updated after it)."""
    found = URL_MONTH_FOLDERS.search(urlparse(url or "").path)
    return (int(found.group(1)), int(found.group(2))) if found else None


def country_domain(url: str | None) -> str:
    host = urlparse(url or "").hostname or ""
    return host.rsplit(".", 1)[-1]
