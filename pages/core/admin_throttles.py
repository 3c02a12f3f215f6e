"""What the admin's sign-in and password-reset forms answer when someone asks too often.

Sign-in: django-axes counts the failures (settings, "Throttling") and, once an account or a client
address has used up its attempts, calls ``lockout_response``: Wagtail's own sign-in page again, with
status 429 and a message in the request's language saying how long signing in is paused.

Password reset: ``ThrottledPasswordResetView`` is Wagtail's view (cms/urls.py serves it at Wagtail's
address, before the admin's URLs) with two counters of ``pages.core.throttle``. A client address over its
limit sees the form again with a message saying so: it is told only about its own requests. An e-mail
address over its limit gets the usual "if an account exists, we sent a link" page and no e-mail, so
nobody learns whether the address has an account, or that someone else asked for it; its owner
already has the links sent earlier in the window.
"""

import math

from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.decorators import method_decorator
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from wagtail.admin.views.account import LoginView, PasswordResetView

from .client_ip import client_ip
from .throttle import RateLimit


def minutes(seconds):
    return max(1, math.ceil(seconds / 60))


def lockout_response(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: Wagtail's sign-in page with the reason, the username kept, no password."""
    cool_off = minutes(get_cool_off(request).total_seconds())
    messages.error(
        request,
        ngettext(
            "Too many failed sign-in attempts: signing in is paused for %(minutes)d minute. Please try again later.",
            "Too many failed sign-in attempts: signing in is paused for %(minutes)d minutes. Please try again later.",
            cool_off,
        )
        % {"minutes": cool_off},
    )
    view = LoginView()
    view.setup(request)
    # An unbound form: a bound one would authenticate again when the template asks for its errors.
    form = view.get_form_class()(request, initial={"username": request.POST.get("username", "")})
    return render(
        request, view.template_name, view.get_context_data(form=form), status=settings.AXES_HTTP_RESPONSE_CODE
    )


@method_decorator(never_cache, name="dispatch")  # as Wagtail decorates its admin's URLs
class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset form, sending a limited number of e-mails per e-mail address and per client."""

    def form_valid(self, form):
        window = settings.PASSWORD_RESET_WINDOW_MINUTES * 60
        per_client = RateLimit("password-reset:client", settings.PASSWORD_RESET_LIMIT_PER_CLIENT, window)
        per_email = RateLimit("password-reset:email", settings.PASSWORD_RESET_LIMIT_PER_EMAIL, window)

        if not per_client.hit(client_ip(self.request)):
            seconds_left = per_client.seconds_left()
            wait = minutes(seconds_left)
            form.add_error(
                None,
                ngettext(
                    "Too many password reset requests from your network. Please try again in %(minutes)d minute.",
                    "Too many password reset requests from your network. Please try again in %(minutes)d minutes.",
                    wait,
                )
                % {"minutes": wait},
            )
            response = self.render_to_response(self.get_context_data(form=form), status=429)
            response["Retry-After"] = str(seconds_left)
            return response

        if not per_email.hit(form.cleaned_data["email"].strip().casefold()):
            return HttpResponseRedirect(self.get_success_url())  # the page every request sees: nothing leaks

        return super().form_valid(form)
