"""The database schema (SQLAlchemy Core), one module per concern, all on one ``metadata``.

Ledger tables are append-only: the code has no update or delete path for them and the
migrations add triggers that refuse one. ``status_intervals`` is derived from the ledger and
can be rebuilt from it at any time; ``user_sessions`` is working state.
"""

from volia.store.tables.core import *  # noqa: F403
from volia.store.tables.core import APPEND_ONLY, ID, metadata
from volia.store.tables.protection import *  # noqa: F403
from volia.store.tables.review import *  # noqa: F403
from volia.store.tables.staff import *  # noqa: F403

__all__ = ["APPEND_ONLY", "ID", "metadata"]
