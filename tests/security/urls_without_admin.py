"""A URLconf without Wagtail's admin, for the test that the headers do not need it."""

from django.http import HttpResponse
from django.urls import path

urlpatterns = [path("hello/", lambda request: HttpResponse("hello"))]
