"""Build what this machine can build: the one-folder bundle (PyInstaller) and the Debian package (dpkg-deb).

    python installer/build.py bundle [--dist DIR] [--work DIR]     -> DIR/agentdesk/ (run `DIR/agentdesk/agentdesk`)
    python installer/build.py deb --bundle DIR/agentdesk [--out DIR] -> DIR/agentdesk_<version>_<arch>.deb
    python installer/build.py all [--dist DIR] [--work DIR]         -> both, in DIR (default: dist/)
    python installer/build.py nsis --bundle DIR [--out DIR]          -> Windows installer (makensis)
    python installer/build.py msi --bundle DIR [--out DIR]           -> Windows MSI (wixl)

The Windows commands package a bundle made by PyInstaller on Windows; on Linux they compile the scripts against
whatever folder is given (the tests use a stand-in). See installer/README.md.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from project import (  # noqa: E402
    APP_ID,
    APP_NAME,
    DESKTOP_ID,
    HOMEPAGE,
    ICON_SIZES,
    MAINTAINER,
    ROOT,
    VENDOR,
    Project,
    read_project,
)

LINUX = HERE / "linux"
WINDOWS = HERE / "windows"
ICONS = HERE / "icons"

# Libraries the bundle loads from the system on purpose (PyInstaller never bundles libc, the GL drivers or the
# display-server client libraries) and the Debian 12 packages that provide them. A soname missing here stops the
# build, so a new system dependency is declared, never discovered by a user.
SYSTEM_SONAMES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libEGL.so.1": "libegl1",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
# Needed at run time but invisible to ldd: the bundled fontconfig reads the system's /etc/fonts; the window
# speaks Hindi, which renders as boxes without a Devanagari font (Debian's base fonts have none).
DATA_DEPENDS = ("fontconfig-config", "fonts-noto-core | fonts-lohit-deva")
# The Secret Service keeps account passwords.
RECOMMENDS = ("gnome-keyring | keepassxc",)


def _log(message: str) -> None:
    print(f"[installer] {message}", flush=True)


def folder_size(path: Path) -> int:
    """Bytes in the files under path (symlinks counted as links, not as their targets)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


# ---------------------------------------------------------------- bundle


def compile_translations() -> None:
    """resources/translations/*.qm from the .ts sources (the spec bundles resources/ as it is)."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "release"], check=True, cwd=ROOT)


def build_bundle(dist: Path, work: Path) -> Path:
    started = time.monotonic()
    compile_translations()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(HERE / "agentdesk.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = dist / read_project().name
    slim_icu_data(bundle)
    strip_libraries(bundle)
    _log(f"bundle {bundle}: {folder_size(bundle) / 1e6:.0f} MB in {time.monotonic() - started:.0f} s")
    return bundle


def slim_icu_data(bundle: Path) -> None:
    """Qt's ICU data library with locale data for the app's languages only (installer/icu.py, 32 MB -> 10 MB)."""
    import icu
    import prune

    libraries = sorted((bundle / "_internal").glob("PySide6/Qt/lib/libicudata.so.*"))
    if not libraries:
        return
    missing = icu.missing_tools()
    if missing:
        _log(f"{', '.join(missing)} not found (Debian packages binutils, icu-devtools): ICU keeps all its data")
        return
    for library in libraries:
        before, after = icu.slim(library, prune.keep_icu_item)
        _log(f"{library.name}: {before / 1e6:.0f} MB -> {after / 1e6:.0f} MB")


def strip_libraries(bundle: Path) -> None:
    """Strip debug symbols from the bundle's native code (libpython alone drops from 23 to 6 MB).

    Packages repaired by auditwheel (those with a `<name>.libs` folder, such as numpy) are left alone: stripping
    their patched files breaks them ("ELF load command address/offset not page-aligned"), which is why the spec
    does not ask PyInstaller to strip everything. PySide6 comes stripped.
    """
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        _log("strip not found (Debian package binutils): the bundle keeps its debug symbols")
        return
    internal = bundle / "_internal"
    repaired = {p.name.removesuffix(".libs") for p in internal.glob("*.libs")}
    skipped = {"PySide6", "shiboken6"} | repaired | {f"{name}.libs" for name in repaired}
    libraries = [p for p in elf_files(internal) if p.relative_to(internal).parts[0] not in skipped]
    subprocess.run([strip, "--strip-unneeded", *map(str, libraries)], check=True)


# ---------------------------------------------------------------- Debian package


def debian_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def glibc_version() -> str:
    name, version = platform.libc_ver()
    if name != "glibc" or not version:
        raise SystemExit("The Debian package must be built on a glibc system (Debian or Ubuntu).")
    return version


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(bundle: Path) -> set[str]:
    """Sonames the bundle's ELF files load from outside the bundle (found or not on this machine)."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}  # what the PyInstaller bootloader sets
    outside: set[str] = set()
    for path in elf_files(bundle):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
        for line in result.stdout.splitlines():
            if "=>" not in line:
                continue
            soname, _, target = (part.strip() for part in line.partition("=>"))
            if target.startswith("not found") or not target.startswith(str(bundle)):
                outside.add(soname)
    return outside


def runtime_depends(bundle: Path) -> list[str]:
    sonames = system_libraries(bundle)
    unknown = sorted(s for s in sonames if s not in SYSTEM_SONAMES and not s.startswith("linux-vdso"))
    if unknown:
        raise SystemExit(
            "The bundle loads system libraries that the package does not declare: "
            + ", ".join(unknown)
            + ".\nAdd each to SYSTEM_SONAMES in installer/build.py with the Debian package that provides it."
        )
    packages = {SYSTEM_SONAMES[s] for s in sonames if s in SYSTEM_SONAMES} | set(DATA_DEPENDS)
    packages.discard("libc6")
    return [f"libc6 (>= {glibc_version()})", *sorted(packages)]


def release_date() -> str:
    """The last commit's date (so a rebuild says the same), or today outside a git checkout."""
    result = subprocess.run(["git", "log", "-1", "--format=%cs"], capture_output=True, text=True, cwd=ROOT, check=False)
    return result.stdout.strip() or datetime.date.today().isoformat()


def metainfo(project: Project) -> str:
    template = (LINUX / "agentdesk.metainfo.xml.in").read_text(encoding="utf-8")
    return (
        template.replace("@APP_ID@", APP_ID)
        .replace("@DESKTOP_ID@", DESKTOP_ID)
        .replace("@NAME@", APP_NAME)
        .replace("@SUMMARY@", escape(project.summary.rstrip(".")))
        .replace("@HOMEPAGE@", HOMEPAGE)
        .replace("@VENDOR@", VENDOR)
        .replace("@VERSION@", project.version)
        .replace("@DATE@", release_date())
    )


def control(project: Project, depends: list[str], installed_kib: int) -> str:
    description = (
        "helpdesk for small teams: email and tickets in one window, offline first\n"
        " AgentDesk puts a team's shared mailbox and its ticket system in one window:\n"
        " each customer is one person with one timeline, canned replies come in the\n"
        " customer's language, reminders and SLA timers count business hours, and\n"
        " everything works offline and syncs when the servers can be reached."
    )
    fields = {
        "Package": project.name,
        "Version": project.debian_version,
        "Architecture": debian_architecture(),
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "mail",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": description,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def _install(source: Path, target: Path, mode: int = 0o644) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(mode)


def stage_deb(bundle: Path, staging: Path, project: Project) -> None:
    """Lay out the package's files under staging/ as they will be on the installed system."""
    lib = staging / "usr" / "lib" / project.name
    shutil.copytree(bundle, lib, symlinks=True)
    _install(LINUX / "agentdesk.sh", staging / "usr" / "bin" / project.name, 0o755)
    _install(LINUX / "agentdesk.desktop", staging / "usr" / "share" / "applications" / f"{DESKTOP_ID}.desktop")
    icons = staging / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        _install(ICONS / "png" / f"agentdesk-{size}.png", icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png")
    _install(ICONS / "agentdesk.svg", icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg")
    meta = staging / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    meta.parent.mkdir(parents=True, exist_ok=True)
    meta.write_text(metainfo(project), encoding="utf-8")
    _install(LINUX / "copyright", staging / "usr" / "share" / "doc" / project.name / "copyright")
    for path in [staging, *staging.rglob("*")]:  # whatever the umask was: 0755 folders, no group/other write
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() else path.stat().st_mode & 0o755)


def build_deb(bundle: Path, out: Path, compression: str = "zstd") -> Path:
    started = time.monotonic()
    project = read_project()
    if not (bundle / project.name).is_file():
        raise SystemExit(f"No bundle in {bundle}: build it first with `python installer/build.py bundle`.")
    depends = runtime_depends(bundle)
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{project.name}_{project.debian_version}_{debian_architecture()}.deb"
    with tempfile.TemporaryDirectory(prefix="agentdesk-deb-") as tmp:
        staging = Path(tmp) / "root"
        stage_deb(bundle, staging, project)
        installed_kib = (folder_size(staging) + 1023) // 1024
        debian = staging / "DEBIAN"
        debian.mkdir(mode=0o755)
        (debian / "control").write_text(control(project, depends, installed_kib), encoding="utf-8")
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(staging), str(deb)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    _log(
        f"package {deb}: {deb.stat().st_size / 1e6:.0f} MB ({installed_kib / 1024:.0f} MiB installed) "
        f"in {time.monotonic() - started:.1f} s"
    )
    return deb


# ---------------------------------------------------------------- Windows installers (scripts compiled here)


def _windows_defines(bundle: Path, out_file: Path) -> dict[str, str]:
    project = read_project()
    return {
        "NAME": APP_NAME,
        "EXE": f"{project.name}.exe",
        "VERSION": project.version,
        "NUMERIC_VERSION": project.numeric_version,
        "PUBLISHER": VENDOR,
        "HOMEPAGE": HOMEPAGE,
        "BUNDLE": str(bundle),
        "ICON": str(ICONS / "agentdesk.ico"),
        "OUTFILE": str(out_file),
    }


def build_nsis(bundle: Path, out: Path) -> Path:
    project = read_project()
    out.mkdir(parents=True, exist_ok=True)
    exe = out / f"{APP_NAME}-{project.version}-setup.exe"
    defines = [f"-D{key}={value}" for key, value in _windows_defines(bundle, exe).items()]
    subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", *defines, str(WINDOWS / "agentdesk.nsi")], check=True)
    _log(f"Windows installer {exe}: {exe.stat().st_size / 1e6:.1f} MB")
    return exe


def build_msi(bundle: Path, out: Path) -> Path:
    """An MSI with wixl (msitools): the fixed parts in agentdesk.wxs, the bundle's files listed by wixl-heat."""
    project = read_project()
    out.mkdir(parents=True, exist_ok=True)
    msi = out / f"{APP_NAME}-{project.version}.msi"
    with tempfile.TemporaryDirectory(prefix="agentdesk-msi-") as tmp_name:
        # wixl resolves sources relative to the .wxs files' folder, so everything is linked in there.
        tmp = Path(tmp_name)
        (tmp / "bundle").symlink_to(bundle.resolve(), target_is_directory=True)
        (tmp / "agentdesk.ico").symlink_to(ICONS / "agentdesk.ico")
        shutil.copyfile(WINDOWS / "agentdesk.wxs", tmp / "agentdesk.wxs")
        files = sorted(f"bundle/{p.relative_to(bundle).as_posix()}" for p in bundle.rglob("*") if p.is_file())
        heat = subprocess.run(
            [
                *("wixl-heat", "--prefix", "bundle/", "--var", "var.SourceDir", "--directory-ref", "INSTALLDIR"),
                *("--component-group", "BundleFiles", "--win64"),
            ],
            input="\n".join(files) + "\n",
            capture_output=True,
            text=True,
            check=True,
        )
        (tmp / "files.wxs").write_text(heat.stdout, encoding="utf-8")
        defines = {**_windows_defines(bundle, msi), "ICON": "agentdesk.ico", "SourceDir": "bundle", "Win64": "yes"}
        subprocess.run(
            [
                *("wixl", "--arch", "x64"),
                *(arg for kv in defines.items() for arg in ("-D", "=".join(kv))),
                *("-o", str(msi.resolve()), "agentdesk.wxs", "files.wxs"),
            ],
            check=True,
            cwd=tmp,
        )
    _log(f"Windows MSI {msi}: {msi.stat().st_size / 1e6:.1f} MB")
    return msi


# ---------------------------------------------------------------- size report


def _sizes(internal: Path, patterns: list[str]) -> int:
    return sum(
        folder_size(path) if path.is_dir() else path.lstat().st_size
        for pattern in patterns
        for path in internal.glob(pattern)
    )


def size_report(bundle: Path, deb: Path, bundle_seconds: float, deb_seconds: float) -> str:
    internal = bundle / "_internal"
    parts = {
        "Qt (PySide6, shiboken6) without the two below": ["PySide6", "shiboken6"],
        "ICU (Qt's Unicode library; data for the team languages only)": ["PySide6/Qt/lib/libicu*"],
        "QtOpenGL bindings (pyqtgraph's curves import them)": ["PySide6/QtOpenGL*", "PySide6/Qt/lib/libQt6OpenGL*"],
        "numpy (pyqtgraph, py3langid)": ["numpy"],
        "OpenBLAS + gfortran (linked by every numpy wheel)": ["numpy.libs"],
        "cryptography (Secret Service keyring)": ["cryptography"],
        "py3langid model": ["py3langid"],
        "babel locale data (team languages)": ["babel"],
    }
    sizes = {label: _sizes(internal, patterns) for label, patterns in parts.items()}
    first = next(iter(parts))
    sizes[first] -= sum(sizes[label] for label in list(parts)[1:3])  # ICU and QtOpenGL live inside PySide6
    total = folder_size(bundle)
    sizes["everything else (Python, libraries, AgentDesk)"] = total - sum(sizes.values())
    rows = "\n".join(f"| {label} | {size / 1e6:.1f} |" for label, size in sizes.items())
    installed = int(
        subprocess.run(
            ["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True, text=True, check=True
        ).stdout
    )
    over = total - 150e6
    load, cpus = os.getloadavg()[0], os.cpu_count()
    if over <= 0:
        verdict = "met."
    else:
        verdict = (
            f"missed by {over / 1e6:.0f} MB. Without numpy's OpenBLAS (only a numpy built from source with\n"
            f"`-Dblas=none` drops it; pyqtgraph needs numpy) and the QtOpenGL bindings (which pyqtgraph ≥ 0.13.4\n"
            f"imports when its curves load) it would be "
            f"{(total - sizes[list(parts)[4]] - sizes[list(parts)[2]]) / 1e6:.0f} MB."
        )
    return (
        f"`make package` on the 2-core CI machine: the one-folder PyInstaller bundle (Linux, x86-64) and the .deb.\n\n"
        f"| what | MB |\n|---|---|\n"
        f"| **bundle, unpacked** (`dist/agentdesk/`) | **{total / 1e6:.0f}** |\n"
        f"{rows}\n"
        f"| .deb (zstd) | {deb.stat().st_size / 1e6:.0f} |\n"
        f"| installed (Installed-Size) | {installed * 1024 / 1e6:.0f} |\n\n"
        f"Build: PyInstaller {bundle_seconds:.0f} s, .deb {deb_seconds:.0f} s (load average {load:.1f}, {cpus} CPUs);\n"
        f"`tests/installer` also installs it with apt, runs it and removes it (about 40 s more).\n"
        f"Rewritten by `python installer/build.py all --report`.\n\n"
        f"Left out (installer/prune.py): Qt plugins, modules and translations the app does not use; Babel's and\n"
        f"ICU's locale data other than root and the team languages (en, de, es, id, hi with their regions; other\n"
        f"languages format dates in English) and ICU's CJK/EBCDIC converters (installer/icu.py rebuilds\n"
        f"libicudata, 32 → 10 MB); numpy.random, f2py, testing. `agentdesk self-test` uses each of those data\n"
        f"sets and draws the reports charts, so the installed-package test catches a missing file.\n\n"
        f'Budget: 150 MB unpacked — {verdict} "Everything else" is mostly the launcher with every package\'s\n'
        f"Python code (15 MB), system libraries copied from this machine (libpython, OpenSSL, libstdc++, SQLite,\n"
        f"X11, GLib, D-Bus and its systemd/gcrypt: 26 MB) and Python's own extension modules (5 MB).\n"
    )


def write_size_report(text: str) -> None:
    sys.path.insert(0, str(ROOT))
    from bench.report import write_section

    write_section("Package size", text)
    _log('wrote the "Package size" section of docs/benchmarks.md')


# ---------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["bundle", "deb", "all", "nsis", "msi"])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle and packages go")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    parser.add_argument("--bundle", type=Path, help="an existing bundle folder (for deb, nsis, msi)")
    parser.add_argument("--out", type=Path, help="where the package goes (default: --dist)")
    parser.add_argument("--compression", default="zstd", choices=["zstd", "xz", "gzip"], help="for the .deb")
    parser.add_argument("--report", action="store_true", help='write sizes to docs/benchmarks.md ("Package size")')
    args = parser.parse_args(argv)
    out = args.out or args.dist
    bundle = args.bundle or args.dist / read_project().name
    started = time.monotonic()
    if args.what in {"bundle", "all"}:
        bundle = build_bundle(args.dist, args.work)
    bundle_seconds = time.monotonic() - started
    if args.what in {"deb", "all"}:
        deb = build_deb(bundle, out, args.compression)
        if args.report:
            deb_seconds = time.monotonic() - started - bundle_seconds
            write_size_report(size_report(bundle, deb, bundle_seconds, deb_seconds))
    if args.what == "nsis":
        build_nsis(bundle, out)
    if args.what == "msi":
        build_msi(bundle, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
