"""The staff console over the private store: ``create_staff_app(db, snapshot_path=...)``."""

from volia.web.staff.app import create_staff_app

__all__ = ["create_staff_app"]
