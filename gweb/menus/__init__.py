"""Menus: the header and footer navigation of each site."""
