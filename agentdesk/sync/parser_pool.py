"""Worker processes for parsing mail, started only when a sync has enough mail to be worth it."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


WORKER_NICENESS = 10


def _lower_priority() -> None:
    """Parsing is background work: the worker yields the CPU to the window (and the user's other programs)."""
    if hasattr(os, "nice"):  # POSIX; Windows workers keep the normal priority
        os.nice(WORKER_NICENESS)


class LazyProcessPool:
    """A ProcessPoolExecutor created on first submit; `spawn` so it is safe beside threads and Qt."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()  # a shutdown (to give memory back) may race a submit from another thread

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers, mp_context=context, initializer=_lower_priority
                )
            return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Stop the worker processes (after running work finishes, with `wait`); a later submit starts new ones."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=cancel_futures)

    def __enter__(self) -> LazyProcessPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.shutdown()
