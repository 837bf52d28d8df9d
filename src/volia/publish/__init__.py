"""Publication: the public view of the registry and the snapshot file built from it.

:mod:`volia.publish.view` defines what the public may see; :mod:`volia.publish.snapshot` writes
it to a plain SQLite file; :mod:`volia.publish.reader` is how the public site reads that file.
"""
