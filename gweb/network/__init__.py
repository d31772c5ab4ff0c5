"""The network administration: every site of the installation, for super-admins."""
