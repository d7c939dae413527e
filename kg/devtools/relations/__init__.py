"""Annotated relation data on real Indonesian news sentences: guidelines, labels and reader.

The labels live in ``annotations.jsonl``; the sentence text is rebuilt from ``../shared/corpora``
by :mod:`kg.devtools.relations.corpus`, so no corpus text is stored in the repository.
"""
