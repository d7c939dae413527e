"""The notable-people base (ontology/people) and its loader, kg.resolve.people."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from kg.errors import InputError, KgError
from kg.nlp.lexicon import load_titles
from kg.resolve.people import Office, PeopleKB, Person, load_people, people_dir

CODES = {"ID", "US", "MY", "un"}


@pytest.fixture(scope="module")
def kb() -> PeopleKB:
    return load_people()


def person(pid: str, name: str, *aliases: str, country: str | None = "ID", offices=()) -> Person:
    return Person(pid, name, tuple(aliases), country, tuple(offices))


# --- the shipped file -------------------------------------------------------------------


def test_people_base_validates(kb):
    assert len(kb) > 600
    assert kb.validate() == []


def test_people_every_form_resolves_to_its_person(kb):
    wrong = [(form, p.id) for p in kb for form in p.forms if kb.lookup(form) is not p]
    assert wrong == []
    assert sum(len(p.aliases) for p in kb) > 500


# Indonesian names have no family name: "Prabowo" alone is how news names Prabowo Subianto,
# while Edhy Prabowo and Listyo Sigit Prabowo go by their full names.
ONE_WORD_NAMES_ALLOWED = {"prabowo": "prabowo-subianto"}


def test_people_no_alias_is_another_persons_family_name(kb):
    """A one-word alias that ends someone else's name ("Bush", "Rajapaksa") must not be an
    alias of anyone: it belongs in ambiguous.jsonl."""
    last_words: dict[str, set[str]] = {}
    for p in kb:
        last_words.setdefault(p.name.split()[-1].casefold(), set()).add(p.id)
    clashes = {
        alias.casefold(): p.id
        for p in kb
        for alias in p.aliases
        if len(alias.split()) == 1 and last_words.get(alias.casefold(), {p.id}) - {p.id}
    }
    assert clashes == ONE_WORD_NAMES_ALLOWED  # the allowed one doubles as positive control


def test_people_ambiguous_short_forms_resolve_to_nobody(kb):
    assert len(kb.ambiguous) >= 10
    for key, ids in kb.ambiguous.items():
        assert kb.lookup(key) is None, key
        assert {p.id for p in kb.candidates(key)} == set(ids), key
        # positive control: each candidate is still found by their own full name
        for pid in ids:
            assert kb.lookup(kb.get(pid).name) is kb.get(pid)


def test_people_ambiguous_surname_with_title_resolves_to_nobody(kb):
    assert kb.lookup("President Bush") is None
    assert kb.lookup("Presiden George W. Bush").id == "george-w-bush"
    assert kb.lookup("King Abdullah") is None
    assert kb.lookup("Raja Abdullah II").id == "abdullah-ii-of-jordan"


@pytest.mark.parametrize(
    ("surface", "pid"),
    [
        ("Presiden Jokowi", "joko-widodo"),
        ("Pak Jokowi", "joko-widodo"),
        ("Ir. H. Joko Widodo", "joko-widodo"),
        ("Dr. H. Susilo Bambang Yudhoyono", "susilo-bambang-yudhoyono"),
        ("Bu Retno", "retno-marsudi"),
        ("Menteri Luar Negeri Retno Marsudi", "retno-marsudi"),
        ("PM Albanese", "anthony-albanese"),
        ("Prime Minister Anthony Albanese", "anthony-albanese"),
        ("Perdana Menteri Anwar Ibrahim", "anwar-ibrahim"),
        ("Datuk Seri Anwar Ibrahim", "anwar-ibrahim"),
        ("Tun Dr Mahathir Mohamad", "mahathir-mohamad"),
        ("Mr Blinken", "antony-blinken"),
        ("Sheikh Tamim", "tamim-bin-hamad-al-thani"),
        ("Ayatollah Ali Khamenei", "ali-khamenei"),
        ("Putra Mahkota MBS", "mohammed-bin-salman"),
    ],
)
def test_people_title_and_honorific_forms(kb, surface, pid):
    found = kb.lookup(surface)
    assert (found.id if found else None) == pid


def test_people_every_lexicon_title_is_dropped(kb):
    """Data-driven: each title of ontology/lexicon/titles.jsonl before a name still finds the
    person, so title words live in data, not in the loader."""
    titles = [t.title for lang in ("id", "en") for t in load_titles(lang)]
    assert "Presiden" in titles and "PM" in titles
    missed = [t for t in titles if kb.lookup(f"{t} Jokowi") is None]
    assert missed == []


@pytest.mark.parametrize(
    "surface",
    ["jokowi", "  JOKOWI  ", "Jokowi.", "Joko  Widodo", "joko-widodo", "Jóko Wídodo"],
)
def test_people_normalises_case_accents_punctuation_spaces(kb, surface):
    assert kb.lookup(surface).id == "joko-widodo"


@pytest.mark.parametrize("surface", ["B. J. Habibie", "B.J. Habibie", "BJ Habibie", "bj habibie"])
def test_people_initials_written_any_way(kb, surface):
    assert kb.lookup(surface).id == "bj-habibie"


def test_people_unknown_name_gives_none(kb):
    assert kb.lookup("Siti Aminah Rahmawati") is None
    assert kb.lookup("Presiden") is None  # a bare title names nobody
    assert kb.lookup("") is None
    assert kb.lookup("Jokowi").id == "joko-widodo"  # positive control, same lookups


def test_people_exact_name_wins_over_dropping_a_title(kb):
    # "Raja" (king) begins a minister's name; the whole name must match first
    assert kb.lookup("Raja Juli Antoni").id == "raja-juli-antoni"
    assert kb.lookup("Raja Salman").id == "salman-of-saudi-arabia"


def test_people_load_is_cached():
    assert load_people() is load_people()


def test_people_entries_are_well_formed(kb):
    slug = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    bad = [p.id for p in kb if not slug.match(p.id)]
    bad += [
        p.id for p in kb if p.wikidata is not None and not re.fullmatch(r"Q[1-9]\d*", p.wikidata)
    ]
    bad += [p.id for p in kb if not p.source]
    years = [y for p in kb for o in p.offices for y in (o.from_year, o.to_year) if y]
    assert bad == []
    assert years and all(1900 < y <= 2030 for y in years)


def test_people_readme_documents_every_field():
    readme = (people_dir() / "README.md").read_text("utf-8")
    rows = [json.loads(line) for line in (people_dir() / "notable.jsonl").open(encoding="utf-8")]
    fields = {k for r in rows for k in r} | {k for r in rows for o in r["offices"] for k in o}
    assert "aliases" in fields
    assert [f for f in sorted(fields) if f"`{f}`" not in readme] == []


def test_people_module_imports_no_later_stage():
    tree = ast.parse(Path(__file__).parents[2].joinpath("kg/resolve/people.py").read_text())
    top = {n.module for n in tree.body if isinstance(n, ast.ImportFrom)}
    top |= {a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names}
    assert "kg.resources" in top  # positive control: imports are seen
    later = ("kg.graph", "kg.api", "kg.query", "kg.serve", "kg.viz", "kg.cli", "spacy")
    assert [m for m in top if m.startswith(later)] == []


# --- validate() on hand-made bases ------------------------------------------------------


def test_validate_accepts_a_clean_base():
    kb = PeopleKB(
        [
            person("a", "Ana Putri", "Ana", offices=[Office("President", "ID", 2000, 2004)]),
            person("b", "Budi Ana", offices=[Office("Secretary-General", "UN", 2001)]),
        ]
    )
    assert kb.validate(CODES) == []


def test_validate_reports_duplicate_ids():
    kb = PeopleKB([person("a", "Ana Putri"), person("a", "Ani Putri"), person("b", "Budi")])
    assert kb.validate(CODES) == ["a: duplicate id"]


def test_validate_reports_an_alias_of_two_people():
    kb = PeopleKB([person("a", "Ana Putri", "Putri"), person("b", "Budi Putri", "Putri")])
    problems = kb.validate(CODES)
    assert problems == ["'putri': a form of a, b"]
    assert kb.lookup("Putri") is None
    assert kb.lookup("Ana Putri").id == "a"


def test_validate_reports_unknown_codes():
    kb = PeopleKB(
        [
            person("a", "Ana", country="XX"),
            person("b", "Budi", offices=[Office("King", "Atlantis")]),
            person("c", "Citra", country="MY", offices=[Office("Queen", "MY")]),
        ]
    )
    assert kb.validate(CODES) == [
        "a: unknown country code 'XX'",
        "b: unknown code 'Atlantis' in office 'King'",
    ]


def test_validate_reports_a_form_with_nothing_to_match():
    kb = PeopleKB([person("a", "Ana Putri", "--"), person("b", "Budi", "B.")])
    assert kb.validate(CODES) == ["a: name or alias '--' has no letters to match"]


def test_validate_reports_office_ending_before_it_starts():
    kb = PeopleKB(
        [
            person("a", "Ana", offices=[Office("President", "ID", 2010, 2004)]),
            person("b", "Budi", offices=[Office("President", "ID", 2004, 2010)]),
        ]
    )
    assert kb.validate(CODES) == ["a: office 'President' ends before it starts"]


def test_validate_reports_bad_ambiguous_entries():
    people = [person("a", "Ana Putri", "Ana"), person("b", "Budi Putri"), person("c", "Citra")]
    kb = PeopleKB(
        people, {"Putri": ("a", "b"), "Ana": ("a", "c"), "Citra": ("c",), "X": ("a", "z")}
    )
    assert kb.validate(CODES) == [
        "'ana': listed as ambiguous but a form of a",
        "'citra': listed as ambiguous but a form of c",
        "'citra': ambiguous needs 2+ known people, has ['c']",
        "'x': ambiguous needs 2+ known people, has ['a', 'z']",
    ]
    assert kb.lookup("Putri") is None
    assert {p.id for p in kb.candidates("Putri")} == {"a", "b"}


def test_validate_default_codes_come_from_the_gazetteer():
    kb = PeopleKB(
        [
            person("a", "Ana", country="KZ", offices=[Office("Secretary-General", "ASEAN")]),
            person("b", "Budi", country="QQ"),
        ]
    )
    assert kb.validate() == ["b: unknown country code 'QQ'"]


# --- loading errors ---------------------------------------------------------------------


def _write(folder: Path, text: str, name: str = "notable.jsonl") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_people_from_a_folder(tmp_path):
    row = {
        "id": "ana",
        "name": "Ana Putri",
        "aliases": ["Bu Ana"],
        "country": "ID",
        "offices": [{"title": "Governor", "of": "ID", "from": 2001}],
    }
    path = _write(tmp_path, json.dumps(row) + "\n\n")
    _write(tmp_path, "Sultan\n# comment\n", "honorifics.txt")
    kb = load_people(path)
    assert kb.get("ana").offices == (Office("Governor", "ID", 2001, None),)
    assert kb.lookup("Sultan Ana Putri").id == "ana"
    assert kb.lookup("Comment Ana Putri") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"id": "a", "name": "A"}\n{"id": "b", "name": \n', r"notable\.jsonl:2: not JSON"),
        ('{"id": "a"}\n', r"notable\.jsonl:1: missing or malformed field 'name'"),
        ('["a", "b"]\n', r"notable\.jsonl:1: expected a JSON object"),
    ],
)
def test_load_people_bad_line_is_a_one_line_kg_error(tmp_path, text, message):
    with pytest.raises(InputError, match=message):
        load_people(_write(tmp_path, text))


def test_load_people_bad_ambiguous_file(tmp_path):
    path = _write(tmp_path, '{"id": "a", "name": "A"}\n')
    _write(tmp_path, '{"alias": "A"}\n', "ambiguous.jsonl")
    with pytest.raises(KgError, match=r"ambiguous\.jsonl:1: needs 'alias' and 'candidates'"):
        load_people(path)


def test_load_people_not_utf8(tmp_path):
    path = tmp_path / "notable.jsonl"
    path.write_bytes(b'{"id": "a", "name": "\xff"}\n')
    with pytest.raises(InputError, match="cannot read the people base"):
        load_people(path)
