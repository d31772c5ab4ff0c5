"""Demo content: a fictional ministry in Lao and English (`gweb demo`)."""
