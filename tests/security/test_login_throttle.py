"""Password guessing is slowed down per account and per client."""
from tests.conftest import csrf_token_from


def _attempt(client, email, password, address="198.51.100.7"):
    page = client.get("/admin/login", environ_base={"REMOTE_ADDR": address})
    return client.post("/admin/login", environ_base={"REMOTE_ADDR": address}, data={
        "csrf_token": csrf_token_from(page.get_data(as_text=True)),
        "email": email, "password": password})


def test_after_five_wrong_passwords_the_account_refuses_even_the_right_one_for_a_while(
        app, client, make_user):
    user = make_user("editor")
    for _ in range(5):
        assert _attempt(client, user.email, "wrong guess").status_code == 200
    blocked = _attempt(client, user.email, "correct horse battery")
    assert blocked.status_code == 429
    assert "ລໍຖ້າ 15 ນາທີ" in blocked.get_data(as_text=True)  # "wait 15 minutes", in Lao


def test_one_client_guessing_many_accounts_is_stopped_too(app, client, make_user):
    user = make_user("editor")
    for n in range(20):
        _attempt(client, f"nobody{n}@ministry.test", "guess")
    assert _attempt(client, user.email, "correct horse battery").status_code == 429
    # Another client still logs in to that account.
    assert _attempt(client, user.email, "correct horse battery",
                    address="203.0.113.9").status_code == 302


def test_a_few_mistakes_do_not_lock_anyone_out(app, client, make_user):
    user = make_user("editor")
    for _ in range(3):
        _attempt(client, user.email, "typo")
    assert _attempt(client, user.email, "correct horse battery").status_code == 302


def test_logging_in_starts_a_new_session(app, client, make_user):
    user = make_user("editor")
    with client.session_transaction() as before:
        before["planted"] = "by an attacker"
    assert _attempt(client, user.email, "correct horse battery").status_code == 302
    with client.session_transaction() as after:
        assert "planted" not in after


def test_every_login_decision_is_logged_with_account_and_client_but_never_the_password(
        app, client, make_user, caplog):
    user = make_user("editor")
    caplog.set_level("INFO", logger="gweb.security.auth")
    _attempt(client, user.email, "wrong guess")
    _attempt(client, user.email, "correct horse battery")
    lines = [r.getMessage() for r in caplog.records if r.name == "gweb.security.auth"]
    assert lines == [f"login password failed for {user.email} from 198.51.100.7",
                     f"login password ok for {user.email} from 198.51.100.7"]
    assert not any("wrong guess" in line or "horse" in line for line in lines)
