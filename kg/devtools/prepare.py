"""Write what each language's pipeline load would otherwise compute (:mod:`kg.nlp.prepared`),
and the schema table ``kg view`` reads instead of rdflib (:mod:`kg.viz.schema_table`).

Run after anything that changes it: the gazetteer (``make gazetteer``), the Indonesian model or
its tokenizer (``make model``), kg's tokenizer or phrase code, spaCy. Idempotent: the same inputs
give the same files. A pipeline that no longer matches its file still works (it computes the
data at load), only slower to load; ``tests/nlp/test_prepared.py`` says when to rerun this.

Example::

    python -m kg.devtools.prepare            # both languages and the schema table
    python -m kg.devtools.prepare --lang id
    python -m kg.devtools.prepare --schema   # the schema table only (after editing kg.ttl)
"""

from __future__ import annotations

import argparse
from pathlib import Path

__all__ = ["main", "prepare"]


def prepare(lang: str) -> Path:
    """Compute and store the prepared data of one language's pipeline."""
    import srsly

    from kg.nlp.gazetteer import load_gazetteer
    from kg.nlp.phrases import DEFAULT_MIN_LENGTH, build_table
    from kg.nlp.pipeline import base_pipeline
    from kg.nlp.prepared import write_prepared
    from kg.nlp.tokenizer import split_rules

    nlp = base_pipeline(lang)
    tokenizer_file = Path(nlp.path) / "tokenizer"
    rules = srsly.msgpack_loads(tokenizer_file.read_bytes()).get("exceptions") or {}
    _, words = split_rules(nlp.tokenizer, rules)
    table = build_table(nlp, load_gazetteer(), DEFAULT_MIN_LENGTH)
    data = {"hyphen_words": sorted(words), "phrases": table.to_json()}
    return write_prepared(lang, tokenizer_file, data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", choices=("id", "en"))
    parser.add_argument("--schema", action="store_true", help="write the schema table")
    args = parser.parse_args(argv)
    everything = not args.lang and not args.schema
    for lang in args.lang or (("id", "en") if everything else ()):
        print(f"wrote {prepare(lang)}")
    if args.schema or everything:
        from kg.viz.schema_table import write_table

        print(f"wrote {write_table()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
