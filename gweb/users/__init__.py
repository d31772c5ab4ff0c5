"""Users, passwords and roles per site."""
