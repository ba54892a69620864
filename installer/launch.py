"""The bundled program's entry point: the command line, which opens the window when given no command."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a process the program starts (a large workbook's reader) begins here too
    sys.exit(main())
