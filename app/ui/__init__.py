"""The desktop window: the only package that imports Qt.

The modules without Qt that the window needs at start are imported here, before PySide6 is: once loaded, PySide6
reads the source of every module imported after it (looking for its own name in it), a cost the window's start
would otherwise pay for each of them."""

import getpass  # noqa: F401  (the change service asks for the user's name)
import html  # noqa: F401

import app.progress
import app.resources
import app.services.changes
import app.services.overview
import app.services.reading  # noqa: F401
