from lagebild.meta.credits import staff_credit


def test_an_abbreviated_newsroom_credit_counts_only_alone():
    assert staff_credit("Beispiel Red") == []
    assert staff_credit("Beispiel Redaktion") == ["Beispiel Redaktion"]


def test_a_newsroom_credit_printed_twice_counts_once():
    assert staff_credit("Newsdesk Newsdesk") == ["Newsdesk"]
    assert staff_credit("Beispiel Redaktion Beispiel Redaktion") == ["Beispiel Redaktion"]
    assert staff_credit("Anna Muster Anna Muster") == []
