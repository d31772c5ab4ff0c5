import pytest

from gweb.twofactor import services
from tests.twofactor.helpers import Clock


@pytest.fixture
def clock(monkeypatch):
    """The time two-factor codes are checked against, moved by the test."""
    fake = Clock()
    monkeypatch.setattr(services, "clock", fake)
    return fake
