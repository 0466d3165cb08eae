"""Benchmark machinery used by bench/run.py."""
