"""Numbers and text that the database cannot take are refused at the door:
an id past an INTEGER column is a 404, a NUL character a 400, never a
failing query."""
from gweb.security.params import MAX_ID, query_int
from tests.conftest import csrf_token_from


def test_an_id_too_large_for_the_database_is_not_found(client, login):
    login("admin")
    for url in (f"/admin/pages/{MAX_ID + 1}/edit/lo", f"/admin/users/{10**23}",
                f"/admin/media/{10**23}", f"/admin/audit/?page={10**23}"):
        assert client.get(url).status_code in (200, 404), url


def test_a_nul_character_in_a_query_or_a_form_is_refused(client, login):
    login("editor")
    assert client.get("/lo/search", query_string={"q": "ກະຊວງ\x00"}).status_code == 400
    html = client.get("/admin/users/me/password").get_data(as_text=True)
    response = client.post("/admin/users/me/password", data={
        "csrf_token": csrf_token_from(html), "current_password": "correct horse battery",
        "new_password": "a new\x00passphrase here", "repeat_password": "a new\x00passphrase here"})
    assert response.status_code == 400


def test_query_numbers_out_of_range_fall_back_to_the_default(app):
    for query, expected in (("page=7", 7), ("page=0", 1), ("page=-3", 1), ("page=abc", 1),
                            (f"page={MAX_ID + 1}", 1), ("", 1)):
        with app.test_request_context(f"/?{query}"):
            assert query_int("page", 1, minimum=1) == expected, query
