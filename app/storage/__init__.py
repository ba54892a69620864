"""SQLite record store: the only package that speaks SQL."""
