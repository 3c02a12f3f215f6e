"""RequestHygieneMiddleware: NUL never reaches a view, a path with control characters or too long is refused."""

import pytest
from django.test import Client, RequestFactory

from pages.core.request_hygiene import MAX_PATH_LENGTH, InvalidPath, RequestHygieneMiddleware


def seen_by_the_view(request):
    """The request as the next middleware and the view receive it."""
    seen = {}

    def view(request):
        seen.update(GET=request.GET, POST=request.POST, COOKIES=request.COOKIES)
        return "response"

    assert RequestHygieneMiddleware(view)(request) == "response"
    return seen


def test_nul_is_removed_from_query_keys_and_values():
    request = RequestFactory().get("/ar/search/?q=%D9%88%00%D8%B2&q=a%00b&ta%00g=x&page=1")
    seen = seen_by_the_view(request)["GET"]
    assert seen.getlist("q") == ["وز", "ab"]
    assert seen["tag"] == "x"
    assert seen["page"] == "1"
    assert not seen._mutable


@pytest.mark.parametrize("content_type", ["multipart", "urlencoded"])
def test_nul_is_removed_from_form_data(content_type):
    data = {"username": "edi\x00tor", "password": "x"}
    factory = RequestFactory()
    if content_type == "multipart":
        request = factory.post("/admin/login/", data)
    else:
        request = factory.post("/admin/login/", "username=edi%00tor&password=x", "application/x-www-form-urlencoded")
    assert seen_by_the_view(request)["POST"].dict() == {"username": "editor", "password": "x"}


def test_nul_is_removed_from_cookies():
    request = RequestFactory().get("/ar/", HTTP_COOKIE='sessionid="abc\\000def"; django_language=ar')
    assert seen_by_the_view(request)["COOKIES"] == {"sessionid": "abcdef", "django_language": "ar"}


def test_a_clean_request_is_left_as_it_is():
    request = RequestFactory().get("/ar/search/?q=وزارة")
    get = request.GET
    assert seen_by_the_view(request)["GET"] is get


@pytest.mark.parametrize("path", ["/ar/\x00/", "/ar/news/\x0b", "/ar/\x7f", "/ar/\x1b[31m/"])
def test_a_path_with_a_control_character_is_refused(path):
    with pytest.raises(InvalidPath):
        RequestHygieneMiddleware(lambda request: None)(RequestFactory().get(path))


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/ar/%00/", "/ar/news/%0B/", "/documents/1/%00.pdf"])
def test_the_site_answers_400_to_a_path_with_a_control_character(path):
    assert Client().get(path).status_code == 400


@pytest.mark.django_db
def test_the_site_answers_414_to_a_path_too_long():
    assert Client().get("/ar/" + "a" * MAX_PATH_LENGTH + "/").status_code == 414
    assert Client().get("/ar/" + "a/" * ((MAX_PATH_LENGTH - 4) // 2)).status_code == 404
