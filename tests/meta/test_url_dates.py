from datetime import date

import pytest

from lagebild.meta import extract_meta
from lagebild.meta.url_dates import country_domain, url_date, url_month
from lagebild.settings import Settings


def test_url_date_folders_may_drop_leading_zeros(dump):
    article = extract_meta(dump("teaser_dates.txt", url="https://example.org/blog/2021/3/9/faehre"), Settings())
    assert article.published.value == date(2021, 3, 9)


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/2024/07/01/fest", date(2024, 7, 1)),
    ("https://example.org/news/fest-20240701.html", date(2024, 7, 1)),
    ("https://example.org/news/2024-07-01_fest", date(2024, 7, 1)),
    ("https://example.org/news/2024-02-31-fest", None),
    ("https://example.org/news/fest-123456789", None),
    (None, None),
])
def test_a_day_in_the_url_path_or_name(url, expected):
    assert url_date(url) == expected


def test_a_month_folder_without_a_day_and_the_country_domain():
    assert url_month("https://example.org/2020/2/fest/") == (2020, 2)
    assert url_month("https://example.org/fest?id=2020/02") is None
    assert country_domain("https://www.example.co.uk/fest") == "uk"
    assert country_domain(None) == ""
