"""Findable and shareable pages: schema.org JSON-LD, Open Graph locales."""
