"""kg's version, in a module of its own so that any stage can name it in provenance without
importing the package facade (``kg/__init__.py`` -> ``kg.api`` -> every stage and spaCy)."""

__all__ = ["__version__"]

__version__ = "0.1.0"
