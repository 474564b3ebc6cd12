"""Install the .deb, check the installed app like a user would, and remove it again.

    python installer/smoke.py dist/agentdesk_0.1.0_amd64.deb [--screenshot main-window.png] [--mode auto|apt|unpack]

apt mode (root, package not installed yet): `apt-get install ./x.deb`, checks, `apt-get remove --purge`.
unpack mode (anyone): `dpkg-deb -x` into a throw-away root and run from there; it checks the same files.
Checks: `agentdesk --version`, `agentdesk self-test` (offscreen), headless commands on a demo workspace, and the
window on the demo workspace on a real X screen (Xvfb), saved as a screenshot. Prints one line per step.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from project import APP_ID, DESKTOP_ID, read_project  # noqa: E402

SCREEN = (1280, 800)
WINDOW_TIMEOUT = 90.0
SAMPLE_EML = (
    "From: Asha Verma <asha@example.in>\r\n"
    "To: support@kestrel.example\r\n"
    "Subject: =?utf-8?b?4KSu4KWH4KSw4KS+IOCkhuCksOCljeCkoeCksA==?=\r\n"
    "Message-ID: <smoke-1@example.in>\r\n"
    "Date: Mon, 02 Jun 2025 10:00:00 +0530\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "नमस्ते, मेरा ऑर्डर अभी तक नहीं पहुँचा है। कृपया बताइए कि यह कब तक आएगा।\r\n"
)


class SmokeFailure(Exception):
    pass


def step(name: str, started: float) -> None:
    print(f"[smoke] {name}: ok ({time.monotonic() - started:.1f} s)", flush=True)


def run(command: list[str], env: dict[str, str], timeout: float = 120) -> str:
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout, check=False)
    if result.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(command)} exited {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result.stdout


def package_installed(name: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True, check=False)
    return "install ok installed" in result.stdout


def apt(*args: str) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "-y", "-q", "-o", "DPkg::Lock::Timeout=300", *args]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        raise SmokeFailure(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A plain user's environment: no virtualenv, no test keyring, a fresh home."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "LANG": "C.UTF-8",
    }
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    env.update(extra)
    return env


def check_files(root: Path, name: str) -> None:
    expected = [
        root / "usr" / "bin" / name,
        root / "usr" / "lib" / name / name,
        root / "usr" / "share" / "applications" / f"{DESKTOP_ID}.desktop",
        root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
        root / "usr" / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{DESKTOP_ID}.png",
        root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
    ]
    missing = [str(p) for p in expected if not p.exists()]
    if missing:
        raise SmokeFailure("the package did not install: " + ", ".join(missing))


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read_fd, write_fd = os.pipe()
    width, height = SCREEN
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp", "-br"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    if not number:
        xvfb.kill()
        raise SmokeFailure("Xvfb did not start (install the package xvfb)")
    return xvfb, f":{number}"


def grab_screen(display: str, out: Path, timeout: float) -> str:
    """Wait until something covers most of the black X screen, then save the screen; runs in its own process."""
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    command = [sys.executable, str(Path(__file__).resolve()), "--grab", str(out), "--timeout", str(timeout)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout + 30, check=False)
    if result.returncode != 0:
        raise SmokeFailure(f"no window appeared on the X screen: {result.stdout}{result.stderr}")
    return result.stdout.strip()


def _grab(out: Path, timeout: float) -> int:
    """Child process: Qt on the Xvfb screen, grabbing the root window until the app's window is on it."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    screen = app.primaryScreen()
    deadline = time.monotonic() + timeout
    previous = -1.0
    while time.monotonic() < deadline:
        image = screen.grabWindow(0).toImage()
        small = image.scaled(64, 40)
        lit = sum(1 for y in range(40) for x in range(64) if small.pixelColor(x, y).lightness() > 16) / (64 * 40)
        if lit > 0.5 and abs(lit - previous) < 0.01:  # most of the screen covered, and done painting
            image.save(str(out))
            print(f"{lit:.0%} of the screen covered by the window")
            return 0
        previous = lit
        time.sleep(1.0)
    print(f"after {timeout:.0f} s only {max(previous, 0):.0%} of the screen was covered")
    return 1


def window_on_xvfb(command: Path, home: Path, data_dir: Path, screenshot: Path) -> str:
    xvfb, display = start_xvfb()
    app = None
    try:
        env = user_env(home, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        log = (home / "window.log").open("wb")
        app = subprocess.Popen(
            [str(command), "demo", "--data-dir", str(data_dir)], env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            covered = grab_screen(display, screenshot, WINDOW_TIMEOUT)
        except SmokeFailure as exc:
            raise SmokeFailure(f"{exc}\n--- app output\n{(home / 'window.log').read_text(errors='replace')}") from exc
        if app.poll() is not None:
            raise SmokeFailure(f"the app exited ({app.returncode}) instead of showing its window")
        return covered
    finally:
        if app is not None and app.poll() is None:
            app.send_signal(signal.SIGTERM)
            try:
                app.wait(timeout=10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
        xvfb.terminate()
        xvfb.wait(timeout=10)


def smoke(deb: Path, mode: str, screenshot: Path | None) -> None:
    project = read_project()
    name = project.name
    if mode == "auto":
        mode = "apt" if os.geteuid() == 0 and shutil.which("apt-get") and not package_installed(name) else "unpack"
    with tempfile.TemporaryDirectory(prefix="agentdesk-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        started = time.monotonic()
        if mode == "apt":
            if package_installed(name):
                raise SmokeFailure(f"{name} is installed already; remove it first or use --mode unpack")
            apt("install", "--no-install-recommends", str(deb.resolve()))
            root = Path("/")
        else:
            root = tmp / "root"
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        step(f"install ({mode})", started)
        installed = True
        try:
            check_files(root, name)
            command = root / "usr" / "bin" / name
            home = tmp / "home"
            env = user_env(home, QT_QPA_PLATFORM="offscreen")

            started = time.monotonic()
            version = run([str(command), "--version"], env).strip()
            if version != f"{name} {project.version}":
                raise SmokeFailure(f"--version said {version!r}, expected '{name} {project.version}'")
            step(f"--version ({version})", started)

            started = time.monotonic()
            out = run([str(command), "self-test"], env)
            if "self-test: ok" not in out:
                raise SmokeFailure(f"self-test said: {out}")
            step(f"self-test ({out.strip()})", started)

            started = time.monotonic()
            out = run([str(command), "self-test", "--lang", "hi"], env)
            if "self-test: ok" not in out or "language hi" not in out:
                raise SmokeFailure(f"self-test in Hindi said: {out}")
            step("self-test in Hindi", started)

            started = time.monotonic()
            demo = tmp / "demo"
            run([str(command), "demo", "--no-gui", "--data-dir", str(demo)], env)
            eml = tmp / "hindi.eml"
            eml.write_bytes(SAMPLE_EML.encode("utf-8"))
            run([str(command), "import", "--data-dir", str(demo), str(eml)], env)
            found = run([str(command), "search", "--data-dir", str(demo), "--json", "ऑर्डर"], env)
            if "smoke-1@example.in" not in found and "मेरा ऑर्डर" not in found and "asha" not in found.lower():
                raise SmokeFailure(f"search did not find the imported Hindi mail: {found[:500]}")
            step("headless commands (demo, import, search)", started)

            if screenshot is not None:
                started = time.monotonic()
                covered = window_on_xvfb(command, home, demo, screenshot)
                step(f"window under Xvfb ({covered}; {screenshot})", started)
        finally:
            if mode == "apt" and installed:
                started = time.monotonic()
                apt("remove", "--purge", name)
                if (root / "usr" / "lib" / name).exists() or package_installed(name):
                    raise SmokeFailure(f"apt-get remove left {root / 'usr' / 'lib' / name} behind")
                step("remove", started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer/smoke.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("deb", type=Path, nargs="?")
    parser.add_argument("--mode", choices=["auto", "apt", "unpack"], default="auto")
    parser.add_argument("--screenshot", type=Path, help="also open the window under Xvfb and save the screen here")
    parser.add_argument("--grab", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=WINDOW_TIMEOUT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.grab:
        return _grab(args.grab, args.timeout)
    if args.deb is None:
        debs = sorted((HERE.parent / "dist").glob(f"{read_project().name}_*.deb"))
        if not debs:
            parser.error("no .deb given and none in dist/: run `make package` first")
        args.deb = debs[-1]
    try:
        smoke(args.deb, args.mode, args.screenshot)
    except SmokeFailure as exc:
        print(f"[smoke] FAILED: {exc}", file=sys.stderr)
        return 1
    print("[smoke] all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
