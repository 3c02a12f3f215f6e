"""Django's month-name msgids, marked here so that ``makemessages`` keeps them in our catalogue.

A date's month name is not a format but a translation (``django.utils.dates``), and Django's Arabic
catalogue has the Egyptian names (يناير، مارس، نوفمبر). Iraq uses the Syriac names (كانون الثاني،
آذار، تشرين الثاني). ``LOCALE_PATHS`` come before Django's catalogue, so these msgids, translated in
``locale/ar``, win. They are Django's exact msgids and contexts: ``F`` in a format reads ``MONTHS``,
``E`` ``MONTHS_ALT`` ("alt. month"), ``N`` ``MONTHS_AP`` ("abbrev. month"), ``M`` and ``b``
``MONTHS_3``. The site imports nothing from here: the lists are for ``makemessages`` (lazy, like
Django's own) and for the test that checks they still match ``django.utils.dates``.
"""

from django.utils.translation import gettext_lazy, pgettext_lazy

MONTHS = [
    gettext_lazy("January"),
    gettext_lazy("February"),
    gettext_lazy("March"),
    gettext_lazy("April"),
    gettext_lazy("May"),
    gettext_lazy("June"),
    gettext_lazy("July"),
    gettext_lazy("August"),
    gettext_lazy("September"),
    gettext_lazy("October"),
    gettext_lazy("November"),
    gettext_lazy("December"),
]
MONTHS_3 = [
    gettext_lazy("jan"),
    gettext_lazy("feb"),
    gettext_lazy("mar"),
    gettext_lazy("apr"),
    gettext_lazy("may"),
    gettext_lazy("jun"),
    gettext_lazy("jul"),
    gettext_lazy("aug"),
    gettext_lazy("sep"),
    gettext_lazy("oct"),
    gettext_lazy("nov"),
    gettext_lazy("dec"),
]
MONTHS_AP = [
    pgettext_lazy("abbrev. month", "Jan."),
    pgettext_lazy("abbrev. month", "Feb."),
    pgettext_lazy("abbrev. month", "March"),
    pgettext_lazy("abbrev. month", "April"),
    pgettext_lazy("abbrev. month", "May"),
    pgettext_lazy("abbrev. month", "June"),
    pgettext_lazy("abbrev. month", "July"),
    pgettext_lazy("abbrev. month", "Aug."),
    pgettext_lazy("abbrev. month", "Sept."),
    pgettext_lazy("abbrev. month", "Oct."),
    pgettext_lazy("abbrev. month", "Nov."),
    pgettext_lazy("abbrev. month", "Dec."),
]
MONTHS_ALT = [
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
