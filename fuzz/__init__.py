"""Coverage-guided fuzz targets (atheris); run them with ``make fuzz`` (``python -m fuzz.run``)."""
