"""The bundle keeps Babel's and ICU's locale data for the app's languages only, and what it keeps still works:
every kept Babel locale loads from the kept files alone, other languages fall back to English, and the rebuilt
ICU data library keeps its soname, its symbol and the team languages' items."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import babel
import babel.localedata
import pytest
from babel.dates import format_date
from installer_modules import load

from agentdesk.bundle_check import BundleCheckError, check_dates
from agentdesk.domain.language import TEAM_LANGUAGES
from agentdesk.domain.templates import _locale

prune = load("prune")
icu = load("icu")

BABEL_DATA = Path(babel.__file__).parent / "locale-data"


def test_the_installer_languages_are_the_team_languages() -> None:
    assert tuple(prune.LANGUAGES) == TEAM_LANGUAGES


def test_babel_keeps_root_and_the_team_languages_with_their_regions() -> None:
    keep = prune.keep_data
    for name in ["root", "en", "en_IN", "en_150", "de", "de_AT", "es_419", "es_MX", "id", "hi", "hi_Latn"]:
        assert keep(f"babel/locale-data/{name}.dat"), name
    for name in ["fr", "fr_CA", "zh_Hant_TW", "ru", "ja", "dje", "ms"]:
        assert not keep(f"babel/locale-data/{name}.dat"), name
    assert keep("babel/global.dat")


@pytest.fixture
def pruned_babel(tmp_path: Path) -> Iterator[Path]:
    """Babel reading from a folder holding only the locale files the bundle keeps."""
    folder = tmp_path / "locale-data"
    folder.mkdir()
    for path in BABEL_DATA.glob("*.dat"):
        if prune.keep_data(f"babel/locale-data/{path.name}"):
            shutil.copyfile(path, folder / path.name)
    saved = babel.localedata._dirname

    def clear() -> None:
        babel.localedata._cache.clear()
        babel.localedata.exists.cache_clear()
        babel.localedata.locale_identifiers.cache_clear()

    babel.localedata._dirname = str(folder)
    clear()
    try:
        yield folder
    finally:
        babel.localedata._dirname = saved
        clear()


def test_every_kept_babel_locale_loads_from_the_kept_files_alone(pruned_babel: Path) -> None:
    kept = sorted(p.stem for p in pruned_babel.glob("*.dat") if p.stem != "root")
    assert 100 < len(kept) < 300
    for name in kept:  # parents such as hi_Latn -> en_IN must be among the kept files
        text = format_date(date(2026, 3, 2), "long", locale=name)
        assert "2026" in text or "२०२६" in text, (name, text)


def test_other_languages_fall_back_to_english_in_the_pruned_data(pruned_babel: Path) -> None:
    assert str(_locale("de-AT")) == "de_AT"
    assert str(_locale("de-XY")) == "de"  # an unknown region: its language
    assert str(_locale("fr-CA")) == "en"  # not shipped: English
    assert str(_locale("xx")) == "en"
    assert str(_locale("")) == "en"
    assert check_dates() == "dates in en, de, es, id, hi"


def test_the_self_test_notices_missing_babel_data(pruned_babel: Path) -> None:
    for path in pruned_babel.glob("de*.dat"):
        path.unlink()
    babel.localedata.exists.cache_clear()
    babel.localedata.locale_identifiers.cache_clear()
    with pytest.raises(BundleCheckError, match="'de'"):
        check_dates()


def test_icu_items_kept_for_root_and_the_team_languages() -> None:
    keep = prune.keep_icu_item
    for name in ["root.res", "pool.res", "res_index.res", "de.res", "coll/de.res", "zone/hi.res", "zone/en_IN.res"]:
        assert keep(name, 1000), name
    for name in ["zoneinfo64.res", "supplementalData.res", "metaZones.res", "coll/ucadata.icu", "nfkc.nrm"]:
        assert keep(name, 100_000), name
    for name in ["brkitr/thaidict.dict", "brkitr/word.brk", "cnvalias.icu"]:
        assert keep(name, 500_000), name
    for name in ["fr.res", "coll/zh.res", "zone/ja.res", "lang/sr_Latn_BA.res"]:
        assert not keep(name, 1000), name
    assert keep("ibm-5348_P100-1997.cnv", 3_000)  # windows-1252
    assert not keep("gb18030.cnv", 300_000)


def test_icu_data_library_rebuilt_with_the_same_soname_and_symbol(tmp_path: Path) -> None:
    missing = icu.missing_tools()
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: run `sh scripts/system-packages.sh package` (icu-devtools)")
    import PySide6

    originals = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not originals:
        pytest.skip("this PySide6 does not ship ICU")
    library = tmp_path / originals[0].name
    shutil.copyfile(originals[0], library)
    symbol = icu.data_symbol(library)
    before, after = icu.slim(library, prune.keep_icu_item)
    assert after < before / 2
    assert icu.data_symbol(library) == symbol
    dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout
    assert f"[{library.name}]" in dynamic  # the soname Qt's libicuuc asks for
    data = tmp_path / f"{symbol.removesuffix('_dat')}l.dat"
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(data)], check=True)
    listed = subprocess.run(["icupkg", "--list", str(data)], capture_output=True, text=True, check=True)
    items = set(listed.stdout.split())
    assert {"root.res", "de.res", "coll/es.res", "zone/hi.res", "zone/id.res", "zoneinfo64.res"} <= items
    assert not {"fr.res", "coll/zh.res", "gb18030.cnv"} & items


def test_icu_refuses_a_library_that_is_not_icu_data(tmp_path: Path) -> None:
    import PySide6

    core = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Core.so.*"))
    with pytest.raises(icu.IcuError, match="does not look like ICU's data library"):
        icu.data_symbol(core)
