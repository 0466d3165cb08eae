"""World knowledge (generator/world/data): it loads and validates, ids are sound, places refer
to places that exist, nisba forms are right, and the files are exactly what
scripts/world_data.py makes from its sources (the drift test)."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from generator import yamlio
from generator.world import DATA_DIR, FILES, load_world
from generator.yamlio import ContentError

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "world_data.py"


@pytest.fixture(scope="module")
def world():
    return load_world()


def test_loads_with_every_kind(world):
    assert len(world.countries) >= 195
    assert len(world.cities) >= 1500
    assert len(world.venues) >= 80
    assert len(world.organisations) >= 40


def test_ids_unique_ascii_across_places(world):
    ids = [*world.countries, *world.cities, *world.venues]
    assert len(ids) == len(set(ids))
    for ident in [*ids, *world.organisations]:
        assert ident.isascii() and ident == ident.lower(), ident


@pytest.mark.parametrize("ident", [
    "syria", "russia", "turkey", "iran", "egypt", "uae", "saudi-arabia", "qatar", "jordan",
    "lebanon", "iraq", "usa", "france", "uk", "germany", "israel", "ukraine", "china", "libya",
    "switzerland", "kazakhstan", "austria",
])
def test_gazetteer_country_ids_kept(world, ident):
    assert ident in world.countries


@pytest.mark.parametrize("ident", [
    "damascus", "moscow", "sochi", "ankara", "latakia", "tartus", "aleppo", "homs", "hama",
    "daraa", "deir-ez-zor", "raqqa", "palmyra", "quneitra", "douma",
])
def test_gazetteer_city_ids_kept(world, ident):
    assert world.cities[ident].country in ("syria", "russia", "turkey")


def test_no_two_countries_share_a_name(world):
    seen: dict[str, str] = {}
    for c in world.countries.values():
        for name in [c.name, *c.variants]:
            assert seen.setdefault(name, c.id) == c.id, (name, seen[name], c.id)


def test_references_exist(world):
    for c in world.cities.values():
        assert c.country in world.countries, c.id
    for c in world.countries.values():
        assert c.capital is None or world.cities[c.capital].capital, c.id
    for v in world.venues.values():
        assert (v.city in world.cities) if v.city else (v.country in world.countries), v.id
    for o in world.organisations.values():
        assert o.seat is None or o.seat in world.cities, o.id


def test_every_entry_says_where_it_came_from(world):
    for table in (world.countries, world.cities):
        assert all(e.source for e in table.values())
    for table in (world.venues, world.organisations):
        assert all(e.source.startswith("https://") for e in table.values())


NISBA = [  # country id, forms that must be among its adjectives
    ("syria", ["سوري", "سورية", "السوري", "السورية"]),
    ("usa", ["أمريكي", "الأمريكية", "أميركي", "الأميركية"]),
    ("uk", ["بريطاني", "البريطانية"]),
    ("netherlands", ["هولندي", "الهولندية"]),
    ("uae", ["إماراتي", "الإماراتية"]),
    ("saudi-arabia", ["سعودي", "السعودية"]),
    ("oman", ["عُماني", "العُمانية"]),
    ("tunisia", ["تونسي", "التونسية"]),
    ("austria", ["نمساوي", "النمساوية"]),
    ("south-korea", ["كوري جنوبي", "الكوري الجنوبي", "الكورية الجنوبية"]),
    ("south-africa", ["جنوب أفريقي", "الجنوب أفريقي", "الجنوب الأفريقي"]),
    ("ivory-coast", ["إيفواري", "الإيفوارية"]),
    ("philippines", ["فلبيني", "الفلبينية"]),
    ("jordan", ["أردني", "الأردنية"]),
    ("lebanon", ["لبناني", "اللبنانية"]),
    ("iraq", ["عراقي", "العراقية"]),
    ("algeria", ["جزائري", "الجزائرية"]),
    ("morocco", ["مغربي", "المغربية"]),
    ("india", ["هندي", "الهندية"]),
    ("japan", ["ياباني", "اليابانية"]),
    ("brazil", ["برازيلي", "البرازيلية"]),
    ("canada", ["كندي", "الكندية"]),
    ("mali", ["مالي", "المالية"]),
    ("afghanistan", ["أفغاني", "الأفغانية"]),
    ("togo", ["توغولي", "التوغولية"]),
    ("peru", ["بيروفي", "البيروفية"]),
    ("dr-congo", ["كونغولي", "الكونغولية"]),
]


@pytest.mark.parametrize("ident, forms", NISBA)
def test_nisba_forms(world, ident, forms):
    adjective = world.countries[ident].adjective
    assert set(forms) <= set(adjective), (ident, adjective)


@pytest.mark.parametrize("ident, name, variant", [
    ("syria", "سوريا", "سورية"),
    ("usa", "الولايات المتحدة", "أميركا"),
    ("uk", "بريطانيا", "المملكة المتحدة"),
    ("palestine", "فلسطين", "دولة فلسطين"),
])
def test_country_names_as_news_write_them(world, ident, name, variant):
    country = world.countries[ident]
    assert country.name == name and variant in country.variants


def test_cities_named_as_their_country_or_ambiguous(world):
    for ident in ("kuwait-city", "algiers", "tunis", "djibouti-city"):
        assert world.cities[ident].same_as_country, ident
    assert world.cities["amman"].ambiguous        # عمّان / عُمان
    assert world.cities["tyre"].ambiguous and world.cities["tyre"].note


def test_stop_list_keeps_ordinary_words_out(world):
    names = {n for c in world.cities.values() for n in [c.name, *c.variants]}
    for word in ("بن", "القصر", "بشار", "سوري", "الجديدة", "لاول", "السويدية", "بيان"):
        assert word not in names, word


def test_places_for_the_gazetteer(world):
    places = {p.id: p for p in world.places()}
    assert places["syria"].kind == "country" and "السوري" in places["syria"].adjective
    assert places["damascus"].kind == "city" and places["damascus"].within == "syria"
    assert places["peoples-palace"].within == "damascus" and places["peoples-palace"].country == "syria"
    assert places["camp-david"].within == "usa"
    assert places["moscow"].lat is not None


def test_an_error_names_file_and_line(tmp_path):
    for name in FILES:
        (tmp_path / f"{name}.yaml").write_text((DATA_DIR / f"{name}.yaml").read_text(encoding="utf-8"),
                                               encoding="utf-8")
    venues = tmp_path / "venues.yaml"
    lines = venues.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("- {id: kremlin,"))
    lines[at] = lines[at].replace("city: moscow", "city: atlantis")
    venues.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_world.__wrapped__(tmp_path)
    assert err.value.line == at + 1 and "atlantis" in err.value.message
    assert str(venues) == err.value.file


def test_files_are_small_and_generated(world):
    for name in FILES:
        path = DATA_DIR / f"{name}.yaml"
        assert path.stat().st_size < 1_500_000
        assert "Generated by scripts/world_data.py" in path.read_text(encoding="utf-8")[:400]
        assert isinstance(yamlio.load(path), list)


def _script():
    spec = importlib.util.spec_from_file_location("world_data", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["world_data"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, stems", [
    ("سوريا", ["سوري"]), ("لبنان", ["لبناني"]), ("السعودية", ["سعودي"]), ("كندا", ["كندي"]),
    ("مالي", ["مالي"]), ("الأردن", ["أردني"]), ("سنغافورة", ["سنغافوري"]),
    ("كوريا الجنوبية", ["كوري جنوبي"]), ("توغو", None), ("جزر القمر", None),
])
def test_nisba_rule(name, stems):
    assert _script().nisba_of(name) == stems


@pytest.mark.slow
def test_committed_data_is_what_the_sources_give(tmp_path):
    """Reruns scripts/world_data.py and compares byte for byte. Without a source it is
    skipped with the reason, except in CI, where it fails."""
    module = _script()
    try:
        module.build(tmp_path)
    except module.SourceMissing as exc:
        if os.environ.get("CI"):
            pytest.fail(f"world-data source missing in CI: {exc}")
        pytest.skip(f"world-data source missing: {exc}")
    differ = [name for name in FILES
              if (tmp_path / f"{name}.yaml").read_bytes() != (DATA_DIR / f"{name}.yaml").read_bytes()]
    assert not differ, (f"generator/world/data/{differ} differ from what scripts/world_data.py "
                        "gives: run `make world-data` and commit (a different source version shows "
                        "in the files' headers)")


def _copy_data(folder):
    for name in FILES:
        (folder / f"{name}.yaml").write_bytes((DATA_DIR / f"{name}.yaml").read_bytes())


def test_the_checked_world_is_kept_like_a_pyc_and_never_trusted_blindly(tmp_path):
    _copy_data(tmp_path)
    first = load_world.__wrapped__(tmp_path)
    kept = list((tmp_path / "__pycache__").glob("world-*.pickle"))
    assert len(kept) == 1
    assert load_world.__wrapped__(tmp_path) == first          # read back from the kept file
    # a damaged file is not unpickled: the YAML is read again, and the file rewritten
    kept[0].write_bytes(kept[0].read_bytes()[:-40] + b"\0" * 40)
    assert load_world.__wrapped__(tmp_path) == first
    assert world_checksum_ok(kept[0])
    # changed data is read from the YAML (with its checks), never from the old file
    venues = tmp_path / "venues.yaml"
    venues.write_text(venues.read_text(encoding="utf-8").replace("city: moscow", "city: atlantis", 1),
                      encoding="utf-8")
    with pytest.raises(ContentError, match="atlantis"):
        load_world.__wrapped__(tmp_path)


def test_a_read_only_install_goes_without_the_kept_world(tmp_path):
    _copy_data(tmp_path)
    (tmp_path / "__pycache__").write_text("not a folder")    # nothing can be written there
    assert load_world.__wrapped__(tmp_path).countries


def world_checksum_ok(path):
    """The kept file is sealed like a cache entry: its key and the checksum of what it holds."""
    from generator.cache import unseal

    return unseal(path.read_bytes(), path.stem)[1] is None
