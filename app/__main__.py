"""`python -m app` is the same program as the `aide-memoire` command."""

import sys

from app.cli import main

sys.exit(main())
