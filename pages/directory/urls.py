"""The exports, included by ``cms.urls`` at ``admin/directory/`` before Wagtail's admin (see ``views``)."""

from django.urls import path

from . import views

urlpatterns = [
    path("export.csv", views.export_csv, name="directory_export_csv"),
    path("export.vcf", views.export_vcf, name="directory_export_vcf"),
]
