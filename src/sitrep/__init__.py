"""sitrep: conflict news in, a sourced, deduplicated, geocoded event dataset out."""

__version__ = "0.1.0"
