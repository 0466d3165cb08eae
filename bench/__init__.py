"""Benchmarks: synthetic corpus and build/extraction/search timings."""
