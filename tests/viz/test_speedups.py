"""What issue 11's speed-ups of ``kg view`` on a store could break: the seeded numbers of the
layout and communities, the removal of source-map comments, reading the inlined assets, and the
collector switched off while a read command runs."""

from __future__ import annotations

import gc
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.cli
from kg.viz import html as viz_html
from kg.viz.seeded import SeededRandom


def _draws(rng: random.Random | SeededRandom) -> list[object]:
    """Every method the view uses, interleaved as layout and communities call them."""
    out: list[object] = []
    for step in range(60):
        if step % 4 == 0:
            out.append(rng.random())
        elif step % 4 == 1:
            out.append(rng.randrange(1 + step * 37))
        elif step % 4 == 2:
            items = list(range(step % 23))
            rng.shuffle(items)
            out.append(items)
        else:
            out.append(rng.gauss(0, 0.5))
    return out


def test_seeded_random_gives_the_numbers_of_random_random():
    for seed in (0, 7, 12345, 2**40 + 3):
        assert _draws(SeededRandom(seed)) == _draws(random.Random(seed))
    # positive control: another seed gives other numbers, so equality above is not vacuous
    assert _draws(SeededRandom(1)) != _draws(random.Random(2))
    with pytest.raises(ValueError):
        SeededRandom(0).randrange(0)


_OLD_SOURCE_MAP = re.compile(r"(?://|/\*)# sourceMappingURL=[^\n]*")


def _old_drop(text: str) -> str:
    """The pattern-based removal that ``_drop_source_maps`` replaced (the reference)."""

    def drop(match: re.Match[str]) -> str:
        line_start = text.rfind("\n", 0, match.start()) + 1
        return "" if not text[line_start : match.start()].strip() else match.group(0)

    return _OLD_SOURCE_MAP.sub(drop, text)


def test_source_maps_dropped_as_the_pattern_dropped_them():
    pieces = ["//", "/*", "# sourceMappingURL=", "x", " ", "\n", "/", "#", "a.map", "\t", "é"]
    pieces.append("\u00a0")  # whitespace to str, two non-space bytes in UTF-8
    rng = random.Random(3)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    texts += [
        "a();\n//# sourceMappingURL=a.map\nb();",
        "x //# sourceMappingURL=y",
        "///# sourceMappingURL=z",
    ]
    changed = 0
    for text in texts:
        assert viz_html._drop_source_maps(text) == _old_drop(text), repr(text)
        as_bytes = viz_html._drop_source_maps(text.encode("utf-8"))  # the page's path: bytes
        assert as_bytes == _old_drop(text).encode("utf-8"), repr(text)
        changed += viz_html._drop_source_maps(text) != text
    assert changed > 100  # positive control: many texts lost a comment


def test_assets_read_as_read_text_reads_them(tmp_path: Path):
    for raw in (b"a\r\nb\rc\n", "x\u2028y\n".encode(), b"no newline"):
        path = tmp_path / "asset.js"
        path.write_bytes(raw)
        assert viz_html._read_bytes(path) == path.read_text(encoding="utf-8").encode("utf-8")
    # the shipped vis-network script, whole
    vis = viz_html._VIS_DIR / "vis-network.min.js"
    assert viz_html._read_bytes(vis) == vis.read_text(encoding="utf-8").encode("utf-8")
    assert viz_html._read_bytes(tmp_path / "asset.js") != b"a\nb\nc\n"  # positive control


def test_the_page_as_bytes_is_the_page_as_text(tmp_path: Path):
    from tests.viz.test_html import hostile_graph, small_graph

    for graph in (small_graph(), hostile_graph()):
        page = viz_html.render_page(graph)
        assert page == viz_html.render_html(graph).encode("utf-8")
        written = viz_html.write_html(graph, tmp_path / "g.html").read_bytes()
        assert written == page
    # positive control: the hostile graph's markup is in the page's data, escaped
    assert rb"\u003c" in viz_html.render_page(hostile_graph())


def test_inlined_assets_are_refused_with_a_closing_tag_in_any_ascii_case(tmp_path: Path):
    for text in ("a(); </SCRIPT> b();", "x <!-- y", "a(); </sCrIpT"):
        path = tmp_path / "bad.js"
        path.write_text(text, encoding="utf-8")
        viz_html._asset.cache_clear()
        with pytest.raises(ValueError, match="cannot inline"):
            viz_html._asset(path, "</script")
    good = tmp_path / "good.js"
    good.write_text("a(); // </scrip t>\n", encoding="utf-8")
    assert viz_html._asset(good, "</script") == b"a(); // </scrip t>\n"  # positive control
    viz_html._asset.cache_clear()


def test_read_commands_collect_nothing_while_they_run(tmp_path: Path, monkeypatch):
    seen: list[bool] = []

    def fake_view(graph_path: Path, query_file: Path | None) -> object:
        seen.append(gc.isenabled())
        raise kg.QueryError("stop here")

    monkeypatch.setattr(kg.cli, "_view_of", fake_view)
    assert gc.isenabled()  # positive control: collecting before the command
    result = CliRunner().invoke(
        kg.cli.main, ["view", str(tmp_path), "-o", str(tmp_path / "v.html")]
    )
    assert "stop here" in result.output
    assert seen == [False]  # off while the command ran
    assert gc.isenabled()  # and on again once it returned (CliRunner: same process)
    assert kg.cli._FREEZE_AT_EXIT  # what the process holds is frozen at exit, not walked
    # a writing command leaves the collector alone
    assert "remove" not in kg.cli.READ_ONLY_COMMANDS and "build" not in kg.cli.READ_ONLY_COMMANDS
