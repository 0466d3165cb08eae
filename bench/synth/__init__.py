"""Synthetic corpus generator for the benchmark (see bench/make_corpus.py)."""
