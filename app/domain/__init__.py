"""Records and their validation: pure Python, importing nothing else of the program."""
