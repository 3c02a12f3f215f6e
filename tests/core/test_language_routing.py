"""The site answers in Arabic first: / picks a language by Accept-Language, falling back to Arabic."""

import pytest


@pytest.mark.parametrize(
    "accept_language,expected",
    [
        ("ar", "/ar/"),
        ("ar-IQ,ar;q=0.9,en;q=0.8", "/ar/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("fr-FR,fr;q=0.9", "/ar/"),
        ("", "/ar/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_en, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_unprefixed_page_urls_redirect_to_a_language(client, home_en):
    response = client.get("/search/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/search/"


@pytest.mark.parametrize("prefix,language", [("/ar/", "ar"), ("/en/", "en")])
def test_url_prefix_wins_over_accept_language(client, home_en, prefix, language):
    response = client.get(prefix, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    assert language == response.wsgi_request.LANGUAGE_CODE
    assert response.context["page"].locale.language_code == language
