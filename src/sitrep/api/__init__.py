"""JSON API (FastAPI) and the `sitrep serve` command."""
