from gweb.text.html import plain_text, sanitize_html


def test_script_and_event_handlers_are_removed_from_rich_text():
    dirty = '<p onclick="steal()">Hi<script>alert(1)</script></p><img src=x onerror=alert(1)>'
    clean = sanitize_html(dirty)
    assert "script" not in clean and "onclick" not in clean and "onerror" not in clean
    assert "<p>Hi</p>" in clean


def test_javascript_links_lose_their_target():
    assert "javascript" not in sanitize_html('<a href="javascript:alert(1)">x</a>')


def test_ordinary_links_keep_their_address_and_get_a_safe_rel():
    clean = sanitize_html('<a href="https://laogov.gov.la/">x</a>')
    assert 'href="https://laogov.gov.la/"' in clean and "noopener" in clean


def test_plain_text_drops_markup_and_keeps_characters():
    assert plain_text("<b>ກົດໝາຍ &amp; ດຳລັດ</b>") == "ກົດໝາຍ & ດຳລັດ"
