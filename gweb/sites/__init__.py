"""Sites: domains, languages, names, logos and contact details, and the
request-to-site matching by Host."""
