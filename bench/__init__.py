"""Benchmarks: a large synthetic network (`bench.generate`) and the figures (`bench.run`)."""
