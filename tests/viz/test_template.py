"""The page template is filled without Jinja2 (kg.viz.template, issue 11): the same bytes as
Jinja's autoescaping render of the same template, and a template asking for more is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.viz.html import PAGE_TEMPLATE
from kg.viz.template import Verbatim, escape, fill

HOSTILE_TITLE = """Ruto & "Jokowi" <img src=x onerror=alert(1)> 'Istana'"""


def _values() -> dict[str, object]:
    return {
        "title": HOSTILE_TITLE,
        "vis_version": "9.1.2",
        "vis_css": Verbatim(".vis-network { color: red }"),
        "vis_js": Verbatim("var a = 1 < 2 && 3 > 2;"),
        "app_js": Verbatim("if (x && y) { run('<b>'); }"),
        "data_json": Verbatim('{"label":"\\u003cb\\u003e"}'),
        "node_count": 3,
        "edge_count": 2,
    }


def test_page_template_renders_as_jinja_did() -> None:
    jinja2 = pytest.importorskip("jinja2")
    markupsafe = pytest.importorskip("markupsafe")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PAGE_TEMPLATE.parent),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    jinja_values = {
        k: markupsafe.Markup(v) if isinstance(v, Verbatim) else v for k, v in _values().items()
    }
    expected = env.get_template(PAGE_TEMPLATE.name).render(**jinja_values)
    page = fill(PAGE_TEMPLATE, _values())
    assert page == expected
    # the title was escaped (in <title> and the header), the verbatim values were not
    assert page.count("Ruto &amp; &#34;Jokowi&#34; &lt;img src=x onerror=alert(1)&gt; &#39;") == 2
    assert HOSTILE_TITLE not in page
    assert "var a = 1 < 2 && 3 > 2;" in page and "3 entities, 2 relations" in page


def test_escape_covers_every_markup_character() -> None:
    assert escape("""<a href="x" title='y'>&</a>""") == (
        "&lt;a href=&#34;x&#34; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
    )
    assert escape(Verbatim("<b>")) == "<b>" and escape(7) == "7"


@pytest.mark.parametrize(
    "syntax", ["{% if x %}y{% endif %}", "{# note #}", "{{ title|safe }}", "{{title}}"]
)
def test_template_logic_is_refused_not_copied(tmp_path: Path, syntax: str) -> None:
    good = tmp_path / "good.html"
    good.write_text("<p>{{ title }}</p>\n")
    assert fill(good, {"title": "<x>"}) == "<p>&lt;x&gt;</p>\n"  # positive control
    bad = tmp_path / "bad.html"
    bad.write_text(f"<p>{{{{ title }}}}</p>{syntax}\n")
    with pytest.raises(ValueError, match="not supported"):
        fill(bad, {"title": "t", "x": 1})


def test_a_placeholder_without_value_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>{{ title }} {{ count }}</p>")
    assert fill(page, {"title": "a", "count": 2}) == "<p>a 2</p>"
    with pytest.raises(KeyError, match="count"):
        fill(page, {"title": "a"})
