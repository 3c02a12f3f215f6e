"""The page an invitation link opens: accept signed in, or create an account with it.

Served at ``/admin/invitation/<token>/`` before the admin's own URLs (cms/urls.py), so that someone without an
account can open it. An unknown, used or expired token is a page saying so (410 Gone). Signed in, the page asks to
confirm (a POST); not signed in, it offers the sign-in page (which comes back here) or a new account: user
name and password (Django's password validators), the invitation's e-mail address, then signed in. The form
has a honeypot field and every POST counts against the client address (``INVITATION_LIMIT_PER_CLIENT`` an
hour): over it, the form is shown again with a message and nothing is done.
"""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.forms import UserCreationForm
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from pages.core.client_ip import client_ip
from pages.core.throttle import RateLimit

from . import invitations

HONEYPOT = "website"


def rate_limit():
    return RateLimit("invitation:client", limit=getattr(settings, "INVITATION_LIMIT_PER_CLIENT", 20), window=3600)


class AccountForm(UserCreationForm):
    website = forms.CharField(
        label=gettext_lazy("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ("username",)

    def clean_website(self):
        if self.cleaned_data.get(HONEYPOT):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""


def render(request, template, context, status=200):
    return TemplateResponse(request, f"institutions/invitation/{template}", context, status=status)


@never_cache
def accept_invitation(request, token):
    invitation = invitations.pending(token)
    if invitation is None:
        # 410, not 404: the locale middleware would redirect a 404 to /ar/…
        return render(request, "invalid.html", {}, status=410)
    context = {"invitation": invitation, "institution": invitation.institution}
    if request.method == "POST" and not rate_limit().hit(client_ip(request)):
        messages.error(request, _("Too many attempts from your network. Please try again in an hour."))
        return render(request, "accept.html", {**context, "form": AccountForm(request.POST)}, status=429)
    if request.user.is_authenticated:
        if request.method == "POST":
            invitations.accept(invitation, request.user)
            messages.success(request, _("You joined %(name)s.") % {"name": invitation.institution.name})
            return redirect("wagtailadmin_home")
        return render(request, "accept.html", context)
    form = AccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = form.save(commit=False)
        user.email = invitation.email
        user.save()
        invitations.accept(invitation, user)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request, _("Your account was created and you joined %(name)s.") % {"name": invitation.institution.name}
        )
        return redirect("wagtailadmin_home")
    sign_in = reverse("wagtailadmin_login") + "?" + urlencode({"next": request.path})
    return render(request, "accept.html", {**context, "form": form, "sign_in_url": sign_in})
