"""Storage: one schema for SQLite (default) and PostgreSQL; see :mod:`sitrep.store.db`.

Nothing is imported here so that loading the CLI (which registers ``store.commands``)
does not pay for SQLAlchemy.
"""
