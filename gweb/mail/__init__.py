"""Outgoing e-mail: an outbox in the database, written in the same
transaction as the change it tells of, and a courier that hands it to the
installation's SMTP server, retrying when the server is away."""
