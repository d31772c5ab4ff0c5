"""A plugin that fails to import (a missing dependency)."""
import gweb_a_module_that_does_not_exist  # noqa: F401
