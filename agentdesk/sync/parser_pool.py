"""Worker processes for parsing mail, started only when a sync has enough mail to be worth it."""

from __future__ import annotations

import multiprocessing
import os
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

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_lower_priority
            )
        return self._pool.submit(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)
            self._pool = None

    def __enter__(self) -> LazyProcessPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.shutdown()
