"""The menus package's own hook implementations."""
