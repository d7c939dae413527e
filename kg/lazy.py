"""Lazy package exports (PEP 562), so that importing one module of a package does not import
the package's heavy neighbours: ``import kg.graph.store`` (what ``kg query`` needs) must not
load spaCy through ``kg.graph.build``, nor NetworkX through ``kg.graph.networkx_view``.

>>> __getattr__, __dir__ = lazy_exports("kg.graph", {"namespace": ("KG", "KGR")})
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str, modules: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """A module ``__getattr__`` and ``__dir__`` for ``package``.

    Parameters
    ----------
    package : str
        The package's name (for the error message).
    modules : mapping of str to tuple of str
        Submodule (relative to ``package``) -> the names it exports, imported on first access.

    Returns
    -------
    tuple
        ``(__getattr__, __dir__)``, to assign at the package's top level.
    """

    homes = {name: f"{package}.{module}" for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(home), name)

    def __dir__() -> list[str]:
        module = importlib.import_module(package)
        return sorted(set(vars(module)) | set(homes))

    return __getattr__, __dir__
