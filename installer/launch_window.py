"""The windowed entry point (Windows and macOS): the same program, started without a console window."""

import sys

from app.cli import gui_main

if __name__ == "__main__":
    sys.exit(gui_main())
