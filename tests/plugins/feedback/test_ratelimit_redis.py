"""With Redis configured (the operator's scale-out set-up), the feedback
form's rate limit lives in Redis, shared by every app process."""
from __future__ import annotations

import uuid

from gweb.config import PROJECT_ROOT
from gweb.extensions import babel

from .conftest import send, standard_site, submissions


def test_with_redis_configured_the_sixth_message_is_refused_and_counted_in_redis(
        make_plugin_app, redis_url):
    import redis

    # A visitor address of its own, so that no other run sharing the server counts with it.
    visitor = "10.{}.{}.{}".format(*uuid.uuid4().bytes[:3])
    app = make_plugin_app(["feedback"], folder=PROJECT_ROOT / "plugins", REDIS_URL=redis_url)
    babel.domain_instance.cache.clear()
    assert app.config["RATELIMIT_STORAGE_URI"] == redis_url
    from plugins.feedback import services

    site = standard_site()
    services.add_suggested_topics(site.id)
    topic = str(services.list_topics(site.id)[0].id)
    server = redis.Redis.from_url(redis_url)
    try:
        client = app.test_client()
        client.environ_base["REMOTE_ADDR"] = visitor
        for number in range(5):
            assert send(client, topic_id=topic, message=f"ຂໍ້ຄວາມ {number}").status_code == 303
        # The count is in Redis, not in this process.
        assert server.keys(f"*feedback:{site.id}:{visitor}*")
        limited = send(client, topic_id=topic, message="ຂໍ້ຄວາມທີຫົກ")
        assert limited.status_code == 429 and "ຂໍ້ຄວາມທີຫົກ" in limited.get_data(as_text=True)
        assert len(submissions()) == 5
    finally:
        for key in server.scan_iter(f"*feedback:{site.id}:{visitor}*"):
            server.delete(key)
