"""The pure domain: people, sources, events and the rules that derive status.

Nothing in this package does I/O or imports from ``volia.store``, ``volia.services``,
``volia.cli`` or ``volia.web``; those layers depend on it, never the reverse.
"""
