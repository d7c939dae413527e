"""Build the Indonesian spaCy pipeline (``id_kg_news``) from the shared corpora.

Run ``python -m kg.devtools.train.build`` to rebuild; see ``build.py``.
"""
