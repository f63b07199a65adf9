from lagebild.meta.credits import staff_credit


def test_an_abbreviated_newsroom_credit_counts_only_alone():
    assert staff_credit("Beispiel Red") == []
    assert staff_credit("Beispiel Redaktion") == ["Beispiel Redaktion"]
