"""Benchmarks against real servers and peer tools (`make bench`); results go to docs/benchmarks.md."""
