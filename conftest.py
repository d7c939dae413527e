"""Doctests of the package (``--doctest-modules`` over ``kg/``, see pyproject.toml).

Why here: a module whose examples need an optional extra (``make install`` installs
``.[test]`` only) is left out of collection when the extra is missing, instead of failing
``make test`` with an ImportError. The tests themselves live in ``tests/``.
"""

from __future__ import annotations

from importlib.util import find_spec

_EXTRAS = {  # module -> the package its code (and so any example) imports: its extra
    "kg/devtools/relations/classifier.py": "sklearn",  # [train]
    "kg/devtools/gazetteer.py": "babel",  # [dev]
    "kg/devtools/dateparser_compare.py": "dateparser",  # trafilatura's dependency, optional
    "kg/devtools/benchmarks.py": "psutil",  # [bench]
    "kg/viz/bench.py": "playwright",  # [bench], [test]
}

collect_ignore = [path for path, package in _EXTRAS.items() if find_spec(package) is None]
