"""Bad articles: each is reported with its file (and line), says what to do, and never stops
the run — the good articles' fact sheets are still written. `--strict` turns problems into a
non-zero exit status (after writing what could be written); warnings never do.

Every case generates its bad file inside a fresh temporary project (see conftest.py).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from .conftest import ROOT, SEEDS, Project

BODY = ("التقى الرئيس السوري بشار الأسد في دمشق اليوم الثلاثاء وزير الخارجية الإيراني محمد جواد ظريف، "
        "وبحثا العلاقات الثنائية والتعاون بين البلدين في مختلف المجالات.\n")
MD_BODY = "عنوان الخبر عن اللقاء في دمشق اليوم\n\n" + BODY


def laughs(levels: int, fan: int) -> str:
    """YAML whose aliases expand to fan**levels values."""
    lines = ["l0: &l0 lol"]
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * fan) + "]")
    return "\n".join(lines) + f"\ntitle: *l{levels}\n"


def fm(front: str, body: str = MD_BODY) -> str:
    return f"---\n{front}---\n{body}"


@dataclass
class Case:
    id: str
    name: str                                   # file created in the articles folder
    make: bytes | str | Callable[[Project, Path], None]
    where: str                                  # "NAME" or "NAME:LINE" as printed
    says: str                                   # what the problem is
    todo: str                                   # what to do about it
    problem: bool = True                        # False: a warning, --strict still passes


def big(proj: Project, path: Path) -> None:
    with path.open("wb") as handle:          # 50 MB, sparse: cheap to make, real to stat
        handle.seek(50 * 1024 * 1024 - 1)
        handle.write(b"\n")


def link_outside(proj: Project, path: Path) -> None:
    outside = proj.root.parent / "outside.txt"          # next to the project, not in it
    outside.write_text(BODY, encoding="utf-8")
    path.symlink_to(outside)


def link_loop(proj: Project, path: Path) -> None:
    path.symlink_to(path.with_name("loop-b.txt"))
    path.with_name("loop-b.txt").symlink_to(path)
    # loop-b.txt is reported too; only loop-a.txt is asserted below


def link_dangling(proj: Project, path: Path) -> None:
    path.symlink_to(proj.root / "content" / "gone.txt")


def fifo(proj: Project, path: Path) -> None:
    os.mkfifo(path)


def same_name(proj: Project, path: Path) -> None:
    path.write_text(BODY, encoding="utf-8")
    path.with_suffix(".md").write_text(fm("title: t\n"), encoding="utf-8")   # read first (sorted)


def python_tag(proj: Project, path: Path) -> None:
    marker = proj.root / "pwned"
    path.write_text(fm(f"title: !!python/object/apply:os.system ['touch {marker}']\n"), encoding="utf-8")


CASES = [
    Case("empty", "empty.txt", b"", "empty.txt", "the file is empty", "add the article text or remove the file"),
    Case("blank", "blank.txt", b" \n\n\t \r\n", "blank.txt", "the file is empty", "add the article text"),
    Case("binary", "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "image.txt",
         "binary file", "save the article as text"),
    Case("control-bytes", "controls.txt", bytes(range(1, 32)) * 50, "controls.txt", "binary file",
         "save the article as text"),
    Case("undecodable", "latin1.txt", "Rencontre à l'Élysée: café, thé, résumé. " .encode("latin-1") * 20,
         "latin1.txt", "not UTF-8, UTF-16 or a legacy Arabic encoding", "re-save the file as UTF-8"),
    Case("utf8-bom-then-junk", "bom8.txt", b"\xef\xbb\xbf" + BODY.encode() + b"\xff\xfe\xc3(", "bom8.txt",
         "undecodable bytes", "re-save the file as UTF-8"),
    Case("utf16-bom-odd", "bom16.txt", b"\xff\xfe" + BODY.encode("utf-16-le") + b"\x00", "bom16.txt",
         "undecodable bytes", "re-save the file as UTF-8"),
    Case("mojibake", "mojibake.txt", BODY.encode("utf-8").decode("latin-1").encode("utf-8"), "mojibake.txt",
         "mojibake", "re-save the page as UTF-8"),
    Case("50MB", "huge.txt", big, "huge.txt", "over the 2,097,152-byte limit", "split it or remove it"),
    Case("front-matter-not-yaml", "badyaml.md", fm("title: [unclosed\npublished: 2020-01-01\n"), "badyaml.md:2",
         "front matter", "fix the syntax"),
    Case("front-matter-bad-indent", "indent.md", fm("title: a\n  outlet: b\n"), "indent.md:3",
         "not valid YAML", "fix the syntax"),
    Case("front-matter-list", "list.md", fm("- title\n- outlet\n"), "list.md:2", "must be a mapping",
         "one `key: value` per line"),
    Case("front-matter-scalar", "scalar.md", fm("just a sentence\n"), "scalar.md:2", "must be a mapping",
         "one `key: value` per line"),
    Case("front-matter-unclosed", "unclosed.md", "---\ntitle: x\n" + MD_BODY, "unclosed.md:1", "never ends",
         "add a closing --- line"),
    Case("front-matter-duplicate-key", "dupkey.md", fm("title: a\ntitle: b\n"), "dupkey.md:3", "duplicate key",
         "keep only one"),
    Case("front-matter-list-key", "listkey.md", fm("? [a, b]\n: c\n"), "listkey.md:2", "key must be plain text",
         "not a list"),
    Case("front-matter-python-tag", "tag.md", python_tag, "tag.md:2", "could not determine a constructor",
         "fix the syntax"),
    Case("front-matter-billion-laughs", "laughs.md", fm(laughs(9, 9)), "laughs.md:10", "more than 64 aliases",
         "write the values out"),
    Case("front-matter-alias-doubling", "doubling.md", fm(laughs(31, 2)), "doubling.md:2",
         "billion laughs", "write the values out"),
    Case("front-matter-recursive-anchor", "recursive.md", fm("title: t\nlang: &a [*a]\n"), "recursive.md:3",
         "contains an alias to itself", "write the value out"),
    Case("front-matter-deep-nesting", "deep.md", fm("title: " + "[" * 5000 + "]" * 5000 + "\n"), "deep.md:2",
         "nested too deeply", "flatten"),
    Case("published-not-a-date", "when.md", fm("published: last tuesday\n"), "when.md:2", "is not a date",
         "write it as YYYY-MM-DD"),
    Case("published-impossible-day", "feb30.md", fm("title: t\npublished: 2021-02-30\n"), "feb30.md:3",
         "is not a date", "write it as YYYY-MM-DD"),
    Case("published-a-list", "whenlist.md", fm("published: [2021, 2022]\n"), "whenlist.md:2", "is not a date",
         "write it as YYYY-MM-DD"),
    Case("title-wrong-type", "titlemap.md", fm("title: {a: b}\n"), "titlemap.md:2", "title must be text",
         "write it as plain text"),
    Case("front-matter-only", "nobody.md", fm("title: t\n", ""), "nobody.md", "no text after the front matter",
         "add the article text"),
    Case("html-without-article", "page.html", "<html><head></head><body><script>document.title = 1</script></body></html>",
         "page.html", "no article text found", "save the article's own page"),
    Case("no-meeting", "weather.txt", "حالة الطقس في دمشق\n\nتشهد البلاد موجة حر شديدة هذا الأسبوع مع ارتفاع "
         "درجات الحرارة إلى أربعين درجة في معظم المناطق الداخلية.\n", "weather.txt", "no meeting found",
         "see `digest check --explain weather`", problem=False),
    Case("symlink-outside-project", "outside-link.txt", link_outside, "outside-link.txt",
         "outside the project", "copy the file in instead"),
    Case("symlink-loop", "loop-a.txt", link_loop, "loop-a.txt", "leads to itself", "replace the link with the file"),
    Case("symlink-dangling", "dangling.txt", link_dangling, "dangling.txt", "not a regular file",
         "put the article's text file here"),
    Case("fifo", "pipe.txt", fifo, "pipe.txt", "not a regular file", "put the article's text file here"),
    Case("same-name", "twice.txt", same_name, "twice.txt", "another article has the same name",
         "rename one of them"),
    Case("unknown-extension", "notes.docx", b"PK\x03\x04", "notes.docx", "unknown extension",
         "articles are .txt", problem=False),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_article_is_reported_and_the_run_goes_on(proj, good_sheets, case):
    path = proj.articles / case.name
    if callable(case.make):
        case.make(proj, path)
    else:
        proj.article(case.name, case.make)
    where = f"{proj.articles / case.where}"          # "file" or "file:line", then ":" and the message

    run = proj.extract()
    assert run.code == 0, run.output
    said = [line for line in run.output.splitlines()
            if line.startswith(f"{where}:") or line.startswith(f"warning: {where}:")]
    assert said, f"nothing starts with {where}:\n{run.output}"
    assert any(case.says in line and case.todo in line for line in said), said
    if ":" not in case.where:
        assert any(line.startswith((f"{where}: ", f"warning: {where}: ")) for line in said), said
    assert "internal error" not in run.output and "Traceback" not in run.output
    assert good_sheets <= run.sheets(), run.output                 # the other articles' sheets

    strict = proj.extract("--strict", out="strict-out")
    assert any(case.says in line for line in strict.lines(where)), strict.output
    assert good_sheets <= strict.sheets(), strict.output          # written before failing
    if case.problem:
        assert strict.code != 0 and "problem(s) to fix" in strict.output, strict.output
    else:
        assert strict.code == 0, strict.output
    assert not (proj.root / "pwned").exists()                     # nothing in content is executed


NAMES = ["with space.txt", "مقال عن اللقاء.txt", "a..b.txt", "x..txt", "وثيقة..رسمية..txt", "tab\tname.txt",
         "quote'\"name.txt", "<b>html<b>.txt", "{{ 7*7 }}.txt", "..%2F..%2Fetc.txt".lstrip(".")]


@pytest.mark.parametrize("name", NAMES)
def test_odd_file_names_are_read_like_any_other(proj, good_sheets, name):
    (proj.articles / name).write_bytes((ROOT / "content" / "articles" / "d20.txt").read_bytes())
    run = proj.extract("--strict")
    assert run.code == 0, run.output
    assert good_sheets < run.sheets()                               # d20's meeting is one more sheet
    stem = name.rsplit(".", 1)[0]
    texts = [p.read_text(encoding="utf-8") for p in run.out.glob("*.yaml")]
    from generator import yamlio
    articles = {s["article"] for t in texts for s in yamlio.loads(t)["sources"]}
    assert stem in articles
    for path in run.out.iterdir():                                  # nothing written elsewhere
        assert path.parent == run.out and path.name.isascii()


def test_hidden_files_are_skipped_silently(proj, good_sheets):
    """Names starting with a dot (editor backups, ".DS_Store", "..txt") are not articles."""
    for name in ("..txt", ".draft.md", ".DS_Store"):
        (proj.articles / name).write_bytes(b"\x00\x01 not an article")
    run = proj.extract("--strict")
    assert run.code == 0 and run.sheets() == good_sheets, run.output


@pytest.mark.slow
def test_an_article_pasted_as_one_huge_line_is_read_in_bounded_time(proj, good_sheets):
    """Just under the size limit, no line breaks, no title line: still read, quickly."""
    import time
    seed = (ROOT / "content" / "articles" / f"{SEEDS[0]}.txt").read_text(encoding="utf-8")
    line = (seed.replace("\n", " ") + " ") * (1_900_000 // len(seed.encode("utf-8")))
    proj.article("pasted.txt", line)
    t0 = time.perf_counter()
    run = proj.extract("--strict")
    seconds = time.perf_counter() - t0
    assert run.code == 0 and good_sheets <= run.sheets(), run.output
    assert seconds < 120, f"{seconds:.0f} s for one 1.9 MB article"
