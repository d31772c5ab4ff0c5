"""A logged-in session ends after 30 idle minutes and after 12 hours in any case."""
import time



def _age(client, idle_seconds=0, since_login_seconds=0):
    with client.session_transaction() as session:
        now = time.time()
        session["seen_at"] = int(now - idle_seconds)
        session["auth_at"] = int(now - max(since_login_seconds, idle_seconds))


def test_a_session_idle_for_more_than_half_an_hour_asks_to_log_in_again(app, client, login):
    login("editor")
    assert client.get("/admin/").status_code == 200
    _age(client, idle_seconds=31 * 60)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login" in response.headers["Location"]
    assert client.get("/admin/").status_code == 302  # and it stays logged out


def test_activity_keeps_a_session_alive_but_not_past_twelve_hours(app, client, login):
    login("editor")
    _age(client, idle_seconds=20 * 60, since_login_seconds=11 * 3600)
    assert client.get("/admin/keepalive").status_code == 204
    _age(client, idle_seconds=0, since_login_seconds=12 * 3600 + 60)
    assert client.get("/admin/").status_code == 302


def test_the_keepalive_answers_nobody_who_is_not_logged_in(app, client, site):
    assert client.get("/admin/keepalive").status_code == 302
