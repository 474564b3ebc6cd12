"""The installers take name and version from pyproject.toml, and the bundle leaves out what the app never loads."""

from __future__ import annotations

import plistlib
import tomllib
from pathlib import Path

import pytest
from installer_modules import INSTALLER, load

project = load("project")
prune = load("prune")


def test_name_and_version_come_from_pyproject(tmp_path: Path) -> None:
    with (INSTALLER.parent / "pyproject.toml").open("rb") as f:
        declared = tomllib.load(f)["project"]
    found = project.read_project()
    assert (found.name, found.version) == (declared["name"], declared["version"])

    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "agentdesk"\nversion = "2.3rc1"\ndescription = "x"\n', encoding="utf-8")
    bumped = project.read_project(other)
    assert bumped.version == "2.3rc1"
    assert bumped.numeric_version == "2.3.1.0"
    assert bumped.debian_version == "2.3~rc1"


@pytest.mark.parametrize(
    ("version", "numeric", "debian"),
    [("0.1.0", "0.1.0.0", "0.1.0"), ("1.2", "1.2.0.0", "1.2"), ("1.0.0b2", "1.0.0.0", "1.0.0~b2")],
)
def test_versions_for_windows_macos_and_debian(version: str, numeric: str, debian: str) -> None:
    p = project.Project(name="agentdesk", version=version, summary="s")
    assert p.numeric_version == numeric
    assert p.debian_version == debian


def test_spec_reads_the_project_and_bundles_resources_and_migrations() -> None:
    spec = (INSTALLER / "agentdesk.spec").read_text(encoding="utf-8")
    assert "read_project()" in spec
    assert '(str(ROOT / "resources"), "resources")' in spec  # agentdesk.resources looks in _MEIPASS/resources
    assert '"agentdesk/store/migrations"' in spec
    assert "copy_metadata(project.name)" in spec  # agentdesk.__version__ in the frozen app
    assert "COLLECT(" in spec and "onefile" not in spec


def test_unused_qt_plugins_and_libraries_are_left_out() -> None:
    keep = prune.keep_binary
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert keep("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert keep("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so")
    assert keep("PySide6/Qt/lib/libQt6Widgets.so.6")
    assert keep("libpython3.11.so.1.0")
    assert not keep("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not keep("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not keep("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    assert not keep("PySide6/Qt/plugins/imageformats/libqsvg.so")
    assert not keep("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not keep("libQt6Svg.so.6")
    assert not keep("PySide6\\Qt\\plugins\\sqldrivers\\qsqlite.dll")


def test_qt_translations_only_for_the_apps_languages() -> None:
    keep = prune.keep_data
    assert keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("PySide6/Qt/translations/qt_es.qm")
    assert not keep("PySide6/Qt/translations/qtbase_fr.qm")
    assert not keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not keep("PySide6/Qt/translations/qt_help_de.qm")
    assert keep("resources/translations/agentdesk_fr.qm")  # the app's own translations always go in


def test_only_libraries_that_dropped_plugins_brought_are_removed() -> None:
    kept = {
        "PySide6/Qt/plugins/platforms/libqxcb.so": "xcb",
        "libxcb-cursor.so.0": "/lib/libxcb-cursor.so.0",
        "libcairo.so.2": "/lib/libcairo.so.2",
        "libfontconfig.so.1": "/lib/libfontconfig.so.1",
        "libffi.so.8": "/lib/libffi.so.8",  # loaded with dlopen (ctypes): nothing seems to need it
        "libpython3.11.so.1.0": "/lib/libpython3.11.so.1.0",
    }
    dropped = {"PySide6/Qt/plugins/platformthemes/libqgtk3.so": "gtk3"}
    imports = {
        "xcb": {"libxcb-cursor.so.0", "libfontconfig.so.1"},
        "gtk3": {"libcairo.so.2", "libfontconfig.so.1", "libpython3.11.so.1.0"},
    }
    removed = prune.unneeded_system_libraries(kept, dropped, lambda source: imports.get(source, set()))
    assert removed == {"libcairo.so.2"}


def test_macos_bundle_settings() -> None:
    with (INSTALLER / "macos" / "Info.plist").open("rb") as f:
        info = plistlib.load(f)
    assert info["CFBundleIdentifier"] == project.APP_ID
    assert info["CFBundleName"] == project.APP_NAME
    assert info["NSHighResolutionCapable"] is True
    assert {"en", "de", "es", "id", "hi"} <= set(info["CFBundleLocalizations"])
    with (INSTALLER / "macos" / "entitlements.plist").open("rb") as f:
        entitlements = plistlib.load(f)
    assert entitlements == {
        "com.apple.security.cs.allow-unsigned-executable-memory": True,
        "com.apple.security.cs.disable-library-validation": True,
    }
