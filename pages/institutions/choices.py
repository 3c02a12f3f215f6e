"""The kinds of state institution and Iraq's governorates, stored by stable ASCII codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class InstitutionKind(models.TextChoices):
    MINISTRY = "ministry", _("Ministry")
    COMMISSION = "commission", _("Commission")
    GOVERNORATE = "governorate", _("Governorate")
    OTHER = "other", _("Other state body")


class Governorate(models.TextChoices):
    BAGHDAD = "baghdad", _("Baghdad")
    BASRA = "basra", _("Basra")
    NINEVEH = "nineveh", _("Nineveh")
    ERBIL = "erbil", _("Erbil")
    SULAYMANIYAH = "sulaymaniyah", _("Sulaymaniyah")
    DUHOK = "duhok", _("Duhok")
    HALABJA = "halabja", _("Halabja")
    KIRKUK = "kirkuk", _("Kirkuk")
    DIYALA = "diyala", _("Diyala")
    ANBAR = "anbar", _("Anbar")
    BABIL = "babil", _("Babil")
    KARBALA = "karbala", _("Karbala")
    NAJAF = "najaf", _("Najaf")
    WASIT = "wasit", _("Wasit")
    MAYSAN = "maysan", _("Maysan")
    DHI_QAR = "dhi-qar", _("Dhi Qar")
    MUTHANNA = "muthanna", _("Muthanna")
    QADISIYYAH = "qadisiyyah", _("Al-Qadisiyyah")
    SALADIN = "saladin", _("Saladin")


class InstitutionStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
