"""The bundled program's entry point: the command line, which opens the window when given no command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
