"""kg.output: outputs checked up front, written all or none, with the umask's mode."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.errors import OutputError
from kg.output import atomic_write, check_folder, check_output, write_all


def _text(value: str):  # noqa: ANN202
    return lambda tmp: Path(tmp).write_text(value, encoding="utf-8")


def test_write_all_is_all_or_none_on_interrupt(tmp_path):
    first, second = tmp_path / "a.ttl", tmp_path / "b.html"
    first.write_text("old", encoding="utf-8")

    def interrupted(tmp: str) -> None:
        Path(tmp).write_text("half", encoding="utf-8")
        raise KeyboardInterrupt  # Ctrl-C, or SIGTERM as the CLI turns it

    with pytest.raises(KeyboardInterrupt):
        write_all([(first, _text("new")), (second, interrupted)])
    assert first.read_text("utf-8") == "old" and not second.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ttl"]  # no temporary file left
    write_all([(first, _text("new")), (second, _text("page"))])  # a positive control
    assert first.read_text("utf-8") == "new" and second.read_text("utf-8") == "page"


def test_new_files_get_the_umasks_mode(tmp_path):
    old = os.umask(0o027)
    try:
        path = atomic_write(tmp_path / "g.html", _text("<html>"))
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o640


def test_write_error_is_an_output_error_and_leaves_nothing(tmp_path):
    def broken(tmp: str) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="No space left"):
        atomic_write(tmp_path / "g.ttl", broken)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("name", "needle"),
    [("afile/g.ttl", "is a file"), ("g.png", "unknown output format"), ("d.ttl", "is a folder")],
)
def test_check_output_refuses_what_cannot_be_written(tmp_path, name, needle):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "d.ttl").mkdir()
    with pytest.raises(OutputError, match=needle):
        check_output(tmp_path / name, (".ttl",))
    assert check_output(tmp_path / "new" / "deeper" / "g.ttl", (".ttl",)).suffix == ".ttl"


def test_check_folder(tmp_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputError, match="is a file"):
        check_folder(tmp_path / "afile")
    with pytest.raises(OutputError, match="is a file"):
        check_folder(tmp_path / "afile" / "sub")
    assert check_folder(tmp_path / "new") == tmp_path / "new"
