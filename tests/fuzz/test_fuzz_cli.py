"""Random arguments and inputs for the commands kg's hardening covers: a documented exit
code and at most one-line errors, never a traceback or an "internal error"."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner
from hypothesis import example, given
from hypothesis import strategies as st

from kg.cli import main

pytestmark = pytest.mark.fuzz

DOCUMENTED = {0, 1, 2, 3, 130}
CONTENTS = st.one_of(
    st.binary(max_size=200),
    st.sampled_from([b"", b"\x00\x00", b"\xff\xfe\x00", b'{"text": 1}\n[[[\n', b"\x01" * 50]),
)
SUFFIXES = st.sampled_from([".txt", ".html", ".jsonl", ".ttl", ".jsonld", ".nq", ".png", ""])
OUT_SUFFIXES = st.sampled_from([".ttl", ".csv", ".gexf", ".graphml", ".png", "", ".html"])
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)


@st.composite
def invocations(draw):  # noqa: ANN001, ANN201
    command = draw(st.sampled_from(["build", "remove", "explain", "validate", "verify", "view"]))
    path = draw(st.sampled_from(["input", "missing", "folder", "/dev/null", "afile/x"]))
    suffix = draw(SUFFIXES)
    args = [command]
    if command == "build":
        args.append(path + (suffix if path == "input" else ""))
        for _ in range(draw(st.integers(0, 3))):
            option = draw(st.sampled_from(["-o", "--each-to", "--store", "--lang", "--max-bytes"]))
            value = {
                "-o": "out" + draw(OUT_SUFFIXES),
                "--each-to": draw(st.sampled_from(["each", "afile", "folder"])),
                "--store": draw(st.sampled_from(["db", "afile", "ftp://x/y", "folder"])),
                "--lang": draw(st.sampled_from(["id", "en", "xx"])),
                "--max-bytes": str(draw(st.integers(-5, 300))),
            }[option]
            args += [option, value]
    elif command in ("remove", "explain"):
        args += ["--store", draw(st.sampled_from(["db", "afile", "missing", "ftp://x"]))]
        args.append(draw(WORDS) or "x")
    elif command == "view":
        args += [path + suffix, "-o", "out" + draw(OUT_SUFFIXES)]
    else:
        args.append(path + (suffix if path == "input" else ""))
    return args, draw(CONTENTS)


@given(invocations())
@example((["build", "input.txt", "-o", "out.png"], b"Presiden tiba di Jakarta."))
@example((["verify", "folder"], b""))
@example((["build", "input.jsonl", "--max-bytes", "10"], b'{"text": "Presiden tiba."}\n'))
def test_fuzz_cli_exit_codes_are_documented_and_errors_one_line(tmp_path_factory, case):
    args, content = case
    work = tmp_path_factory.mktemp("cli")
    (work / "afile").write_bytes(b"x")
    (work / "folder").mkdir()
    for suffix in ("", ".txt", ".html", ".jsonl", ".ttl", ".jsonld", ".nq", ".png"):
        (work / f"input{suffix}").write_bytes(content)
    here = os.getcwd()
    os.chdir(work)  # relative arguments name the files above
    try:
        result = CliRunner().invoke(main, args)
    finally:
        os.chdir(here)
    assert result.exit_code in DOCUMENTED, (args, result.output)
    assert "Traceback" not in result.output and "internal error" not in result.output, args
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        args,
        repr(result.exception),
    )
    errors = [ln for ln in result.output.splitlines() if ln.startswith("Error")]
    assert len(errors) <= 1, result.output
