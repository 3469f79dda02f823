"""Curators' corrections: recorded once, applied after every ingest and re-merge, exported as YAML."""
