"""The editors' admin at /admin/: login, dashboard and the editing screens."""
