"""A run's collector settings: paused while cached results load, then frozen; the process's
own settings are back when the run ends, whatever it did meanwhile."""
from __future__ import annotations

import gc

import pytest

from generator.pipeline import GC_THRESHOLDS, batch_collector, loading_collector


@pytest.fixture(autouse=True)
def _restore():
    before, enabled = gc.get_threshold(), gc.isenabled()
    yield
    gc.set_threshold(*before)
    gc.unfreeze()
    (gc.enable if enabled else gc.disable)()


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_pauses_the_collector_then_freezes_what_was_loaded(enabled):
    (gc.enable if enabled else gc.disable)()
    frozen = gc.get_freeze_count()
    with loading_collector():
        assert not gc.isenabled()
        loaded = [{"n": i} for i in range(1000)]
    assert gc.isenabled() is enabled
    assert gc.get_freeze_count() >= frozen + len(loaded)


def test_a_run_leaves_the_process_settings_as_they_were():
    gc.set_threshold(700, 10, 10)
    with batch_collector():
        assert gc.get_threshold() == GC_THRESHOLDS
        with loading_collector():
            kept = [[i] for i in range(100)]
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0


def test_an_error_inside_still_restores_them():
    gc.set_threshold(700, 10, 10)
    with pytest.raises(RuntimeError):
        with batch_collector(), loading_collector():
            raise RuntimeError("a damaged article")
    assert gc.isenabled() and gc.get_threshold() == (700, 10, 10) and gc.get_freeze_count() == 0
