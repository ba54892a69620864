"""How long work (a report, an import, an export) tells its caller how far it is, and learns that it should stop.

Plain Python, no Qt: the window wraps it in a progress bar with Cancel, the command line passes nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; whatever the work wrote must be undone by the work itself."""


class Progress:
    """Shared by the thread doing the work and the one showing it; cancel() may be called from either."""

    def __init__(self, on_change: Callable[[int, int, str], None] | None = None) -> None:
        self._cancelled = threading.Event()
        self._on_change = on_change

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; call it between units of work."""
        if self._cancelled.is_set():
            raise Cancelled

    def update(self, done: int, total: int, message: str = "") -> None:
        """Report progress (total 0: unknown) and stop here if cancelled."""
        if self._on_change is not None:
            self._on_change(done, total, message)
        self.check()


NO_PROGRESS = Progress()
