"""The catalogs: PO files, skeletons, merging on re-ingest, keys, and the store that owns them."""
