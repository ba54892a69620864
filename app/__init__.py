"""Aide-Mémoire: diplomatic meetings and their follow-up actions, kept on the user's own machine."""

__version__ = "0.1.0"
APP_NAME = "Aide-Memoire"
DISPLAY_NAME = "Aide-Mémoire"
# The name of the installed .desktop file (Linux) and the base of the installers' file names.
APP_ID = "aide-memoire"
