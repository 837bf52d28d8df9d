"""The public site and public API, built only from a publication snapshot.

``create_public_app(snapshot_path)`` returns the FastAPI application; see :mod:`.app`.
"""

from volia.web.public.app import create_public_app

__all__ = ["create_public_app"]
