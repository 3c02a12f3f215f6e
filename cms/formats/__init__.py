"""Date and number formats of the site's languages (``FORMAT_MODULE_PATH``), in place of Django's own.

Django looks here before ``django.conf.locale``: ``ar/formats.py`` gives Iraq's style, ``en/formats.py``
British style. Month names are not formats but translations: see ``month_names``.
"""
