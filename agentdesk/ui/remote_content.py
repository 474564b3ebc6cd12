"""Remote images in HTML mail, loaded only when the user asks: the image URLs of one message fetched on a
worker thread (short timeout, size cap), handed to the pane as decoded images."""

from __future__ import annotations

import re
import threading
import urllib.request
from html import unescape

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

FETCH_TIMEOUT = 5.0  # seconds for each image
MAX_IMAGE_BYTES = 5 * 1024 * 1024
_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']?(https?://[^"'\s>]+)""", re.IGNORECASE)


def remote_image_urls(html: str) -> list[str]:
    """The http(s) image addresses in a message's (sanitized) HTML, each once, in order."""
    seen: dict[str, None] = {}
    for match in _SRC.finditer(html):
        seen.setdefault(unescape(match.group(1)), None)
    return list(seen)


def fetch_image(url: str) -> bytes | None:
    """The image's bytes, or None if the server does not answer in time, fails, or sends too much."""
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "AgentDesk"})
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data: bytes = response.read(MAX_IMAGE_BYTES + 1)
    except (OSError, ValueError):
        return None
    return data if len(data) <= MAX_IMAGE_BYTES else None


class RemoteImageLoader(QObject):
    """Fetches a message's remote images off the GUI thread; `loaded(message_id, {url: image})` when done
    (images that failed are left out, so they stay blank)."""

    loaded = Signal(int, dict)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[int] = set()
        self._threads: list[threading.Thread] = []

    def load(self, message_id: int, urls: list[str]) -> None:
        if message_id in self._running:
            return
        self._running.add(message_id)
        thread = threading.Thread(target=self._fetch, args=(message_id, urls), daemon=True, name="remote-images")
        self._threads.append(thread)
        thread.start()

    def _fetch(self, message_id: int, urls: list[str]) -> None:
        images: dict[str, QImage] = {}
        for url in urls:
            data = fetch_image(url)
            if data is not None:
                image = QImage.fromData(data)
                if not image.isNull():
                    images[url] = image
        self.loaded.emit(message_id, images)

    def finished(self, message_id: int) -> None:
        self._running.discard(message_id)

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for fetches under way (tests, and before the window goes)."""
        for thread in self._threads:
            thread.join(timeout)
        self._threads = [t for t in self._threads if t.is_alive()]
