from app.domain.countries import all_countries, country_name, is_country_code
from app.domain.ids import is_valid_id, new_id


def test_new_ids_are_unique_and_valid():
    ids = {new_id() for _ in range(10_000)}
    assert len(ids) == 10_000
    assert all(is_valid_id(i) and len(i) == 26 for i in ids)


def test_ids_from_elsewhere_must_be_plain():
    assert is_valid_id("kzke-2023-09-19")
    assert not is_valid_id("")
    assert not is_valid_id("has space")
    assert not is_valid_id("x" * 65)


def test_countries_come_from_the_iso_list():
    assert is_country_code("KE") and is_country_code("KZ")
    assert not is_country_code("XX") and not is_country_code("ke")
    assert country_name("KZ") == "Kazakhstan"
    assert len(all_countries()) >= 249
