"""Protections that apply to every response and request of the app."""
