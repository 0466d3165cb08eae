"""The fast sheet layout writes exactly what PyYAML writes, or hands the document to PyYAML."""
from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import yamlio
from generator.factsheet import emit

KEYS = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=40), st.sampled_from(["yes", "no", "on", "null", "~", "2016-06-18", "1e3",
                                                          "0x1F", "- a", "a: b", "a #b", " lead", "trail ",
                                                          "'", '"', "@x", "`x", "%x", "!x", "&a", "*a", "|", ">",
                                                          "بشار الأسد", "S-400", "١٢ رمضان", "\u200f"]))
DATA = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(KEYS, inner, max_size=4)), max_leaves=20)


@pytest.mark.slow   # 1,000 examples: about 10 s
@settings(max_examples=1000, deadline=None)
@given(st.dictionaries(KEYS, DATA, min_size=1, max_size=6))
def test_same_bytes_as_pyyaml_or_none(data):
    text = emit.layout(data, yamlio.dumps)
    if text is not None:
        assert text == yamlio.dumps(data)
    assert yaml.safe_load(yamlio.dumps(data)) == data


def test_demo_sheets_come_out_byte_for_byte(project):
    sheets = sorted(project.meetings.glob("*.yaml"))
    assert sheets
    for path in sheets:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        text = emit.layout(data, yamlio.dumps)
        assert text is not None and text == yamlio.dumps(data), path.name


@pytest.mark.parametrize("data", [{"a": "line\nbreak"}, {"a": [[1, 2]]}, {"A": 1}, {"a": "x" * 5000}, [1], {}])
def test_what_it_does_not_lay_out_is_left_to_pyyaml(data):
    assert emit.layout(data, yamlio.dumps) is None
