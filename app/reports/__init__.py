"""PDF briefs built with reportlab: the only package that imports it."""
