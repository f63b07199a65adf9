from lagebild.resources import any_pattern, patterns


def test_any_pattern_matches_what_one_of_its_patterns_matches():
    combined = any_pattern("common", "meta_title_picture_credits")
    lines = ["Der Hafen am Abend (Foto: Anna Muster)", "Der Hafen am Abend", "Ein Foto vom Hafen"]
    for line in lines:
        assert (combined.search(line) is not None) == any(p.search(line) for p in patterns("common", "meta_title_picture_credits"))
    assert combined.search(lines[0]) and not combined.search(lines[1])


def test_a_missing_pattern_list_matches_nothing():
    assert any_pattern("xx", "no_such_list").search("anything at all") is None
