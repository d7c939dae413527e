"""Build the Indonesian spaCy pipeline (``id_kg_news``) from the shared corpora.

Run ``python -m kg.devtools.train.build`` to rebuild; see ``build.py``.
"""

import os

__all__ = ["one_thread_env"]


def one_thread_env() -> dict[str, str]:
    """The environment for a training subprocess, with one BLAS/OpenMP thread.

    Why: runs share a 2-core machine (``make model`` trains two at once); more threads per run
    would oversubscribe the cores and slow every run down.
    """
    return {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
