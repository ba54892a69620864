def test_the_names_read_from_the_data_file_are_pycountrys_own():
    import pycountry

    from app.domain.countries import _by_code

    assert _by_code() == {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
