"""Detectors: one module per kind of content. Each returns uncategorised findings."""
