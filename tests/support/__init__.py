"""Helpers shared by the tests, benchmarks and fuzz targets (imported as ``tests.support.*``)."""
