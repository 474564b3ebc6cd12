"""What the bundle leaves out: Qt modules, plugins and translations AgentDesk does not use, and unused stdlib parts.

AgentDesk uses QtCore, QtGui and QtWidgets only (tests/test_architecture.py keeps the rest of the code Qt-free),
but pyqtgraph's curves import QtOpenGL and QtOpenGLWidgets when they load (for its optional GL drawing), so the
reports window needs those two in the bundle; `agentdesk self-test` opens the reports to prove it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

# Python modules PyInstaller would otherwise follow into the bundle.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "IPython",
    "pytest",
    "pyqtgraph.opengl",  # 3D plots need PyOpenGL; the reports window draws 2D charts
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtSql",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    # numpy: pyqtgraph's charts and py3langid use arrays, fft (a chart's "Power spectrum" menu), linalg and
    # typing; random (2.8 MB) only serves pyqtgraph's beeswarm scatter (pseudoScatter), which no chart here uses.
    "numpy.random",
    "numpy.f2py",
    "numpy.distutils",
    "numpy.testing",
]

# The languages the app ships translations for; Qt's own translations for other languages are dropped.
# They are also the team languages (agentdesk.domain.language.TEAM_LANGUAGES) that canned replies are written
# and dates formatted in, so Babel keeps their locale data (with every regional variant) and drops the rest.
LANGUAGES = ("en", "de", "es", "id", "hi")

# Qt plugin folders the app needs: the window on X11/Wayland/offscreen, image formats for inline pictures,
# input methods (IBus/compose) for typing Devanagari, platform themes for native file dialogs. Widgets paint
# in software, so Wayland's GL buffer integrations (which need QtOpenGL) are left out.
KEPT_PLUGIN_DIRS = {
    "platforms",  # only the ones in KEPT_PLATFORMS
    "platformthemes",
    "platforminputcontexts",
    "imageformats",
    "iconengines",
    "xcbglintegrations",
    "wayland-decoration-client",
    "wayland-shell-integration",
    "styles",
}
KEPT_PLATFORMS = ("libqxcb", "libqwayland", "libqoffscreen")  # X11, Wayland, no screen (self-test)
# The GTK theme plugin only works where GTK 3 is installed, and drags cairo, pango and friends into the bundle;
# the xdg-desktop-portal theme gives native file dialogs without them. Image formats nobody mails.
# The Adwaita window decoration needs QtSvg; Wayland falls back to the plain "bradient" one.
DROPPED_PLUGINS = ("libqgtk3", "libqtga", "libqwbmp", "libqtiff", "libqicns", "libadwaita")

# Qt libraries for modules the app does not use, which plugins may drag in.
DROPPED_QT_LIBRARIES = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt6Pdf",
    "Qt6VirtualKeyboard",
    "Qt6Network",
    "Qt6Sql",
    "Qt6Svg",  # only iconengines/imageformats svg plugins need it; we ship PNG icons in the bundle
    "Qt6Test",
    "Qt6EglFS",  # the eglfs platform (full-screen embedded) is not shipped
    "Qt6EglFs",
)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePath(dest.replace("\\", "/")).parts


def keep_binary(dest: str) -> bool:
    """Whether a shared library or plugin (its path inside the bundle) goes into the bundle."""
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts and "PySide6" in parts:
        folder = parts[parts.index("plugins") + 1]
        if folder not in KEPT_PLUGIN_DIRS or name.startswith(DROPPED_PLUGINS) or "svg" in name:
            return False
        if folder == "platforms" and not name.startswith(KEPT_PLATFORMS):
            return False
    return not any(lib in name for lib in DROPPED_QT_LIBRARIES)


def unneeded_system_libraries(
    kept: dict[str, str], dropped: dict[str, str], needs: Callable[[str], set[str]]
) -> set[str]:
    """Top-level libraries (by bundle path) that only dropped binaries needed.

    `kept` and `dropped` map bundle paths to source files; `needs(source)` gives the sonames a file loads,
    directly or not (ldd). Libraries loaded with dlopen are invisible to ldd, so only what a dropped plugin
    brought in is ever removed, never a library nobody seems to need.
    """
    needed_by_kept: set[str] = set()
    for dest, source in kept.items():
        if "/" in dest.replace("\\", "/"):  # extension modules, Qt libraries and plugins: the roots
            needed_by_kept |= needs(source)
    brought_by_dropped: set[str] = set()
    for source in dropped.values():
        brought_by_dropped |= needs(source)
    return {
        dest
        for dest in kept
        if "/" not in dest.replace("\\", "/")
        and dest in brought_by_dropped
        and dest not in needed_by_kept
        and not dest.startswith("libpython")
    }


def keep_data(dest: str) -> bool:
    """Whether a data file goes into the bundle: Qt translations and Babel locales only for the app's languages."""
    parts = _parts(dest)
    if len(parts) == 3 and parts[:2] == ("babel", "locale-data") and parts[-1].endswith(".dat"):
        # root.dat, de.dat, de_AT.dat, hi_Latn.dat, es_419.dat; parents outside the language (hi_Latn -> en_IN)
        # stay in LANGUAGES. 33 MB for all 1,100 locales, under 2 MB for these.
        locale = parts[-1].removesuffix(".dat")
        return locale == "root" or locale.split("_")[0] in LANGUAGES
    if "translations" in parts and parts[-1].startswith("qt_help"):
        return False  # QtHelp is not used
    if "translations" in parts and parts[-1].endswith(".qm") and "PySide6" in parts:
        # qtbase_de.qm, qt_help_es.qm, qtbase_zh_CN.qm: the language is one of the words after the first
        return any(word in LANGUAGES for word in parts[-1].removesuffix(".qm").split("_")[1:])
    return True


# ICU's data library (libicudata, 32 MB) next to Qt: Qt Core calls ICU for collation (QCollator, the file
# dialog's sorting), time-zone names (ucal), case mapping and non-Unicode converters (QStringDecoder). Mail is
# decoded by Python, so ICU keeps the single-byte converters (a few KB each) and loses the large CJK/EBCDIC
# tables (and the converters that extend them); locale data is kept for root and the app's languages only.
# Everything that is not per locale (normalization, properties, time zones, break-iterator rules) stays.
ICU_SHARED_ITEMS = ("root.res", "pool.res", "res_index.res")
ICU_MAX_CONVERTER_BYTES = 20_000


def _icu_locale_item(stem: str) -> bool:
    """Whether an ICU item's name (without folder and suffix) is a locale: "de", "de_AT", "sr_Latn_BA", "es_419"."""
    first = stem.split("_", maxsplit=1)[0]
    return 2 <= len(first) <= 3 and first.isalpha() and first.islower()


def keep_icu_item(name: str, size: int) -> bool:
    """Whether an item of ICU's common data ("coll/de.res", "ibm-943_P15A-2003.cnv", "zoneinfo64.res") stays."""
    leaf = name.rsplit("/", 1)[-1]
    stem, _, suffix = leaf.rpartition(".")
    if leaf in ICU_SHARED_ITEMS:
        return True
    if suffix == "cnv":
        return size <= ICU_MAX_CONVERTER_BYTES
    if suffix == "res" and _icu_locale_item(stem):
        return stem.split("_")[0] in LANGUAGES
    return True  # supplementalData, zoneinfo64, metaZones, likelySubtags, normalization, properties …
