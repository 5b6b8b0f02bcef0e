"""Benchmark scripts: a regular package, so that tests import these and not the
``benchmarks`` package pysbd (a benchmark peer) installs."""
