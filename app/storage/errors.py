"""Storage failures a user can act on; each message is one readable line."""


class StorageError(Exception):
    """A database problem with a message fit to show as it is."""


class NotADatabaseError(StorageError):
    pass


class DamagedError(StorageError):
    """The database file is ours but some of its pages cannot be read back as written."""


class LockedByOtherError(StorageError):
    """Another program (not a copy of this one) holds a lock on the database file."""


class BadPathError(StorageError):
    """The database path cannot be used (its folder cannot be made, the file cannot be opened)."""


class NewerSchemaError(StorageError):
    pass


class DatabaseInUseError(StorageError):
    """Another running copy of the program has the database open for writing."""


class ReadOnlyError(StorageError):
    pass


class ConflictError(StorageError):
    """The record changed since it was read (its revision moved on)."""


class NotFoundError(StorageError):
    pass


class UnreachableError(StorageError):
    """The department server does not answer (network cut, restart): nothing was saved, nothing typed is lost."""


class PasswordNeededError(UnreachableError):
    """The server asks for a password that neither the address nor ~/.pgpass, a service file or PGPASSWORD gave."""


class RetryableError(StorageError):
    """Two desks' changes crossed (a deadlock the server broke, a serialization failure): nothing of this one was
    written, and doing it again is safe."""
