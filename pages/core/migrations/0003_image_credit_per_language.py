"""The image credit in both languages, like the alt text and the caption: one ``credit`` field showed its
one language on Arabic and English pages alike. An existing credit becomes both languages' credit."""

from django.db import migrations, models


def copy_credit(apps, schema_editor):
    image_model = apps.get_model("core", "CustomImage")
    image_model.objects.exclude(credit="").update(credit_ar=models.F("credit"), credit_en=models.F("credit"))


def copy_credit_back(apps, schema_editor):
    image_model = apps.get_model("core", "CustomImage")
    image_model.objects.exclude(credit_ar="").update(credit=models.F("credit_ar"))


class Migration(migrations.Migration):
    dependencies = [("core", "0002_footer_pages")]

    operations = [
        migrations.AddField(
            model_name="customimage",
            name="credit_ar",
            field=models.CharField(blank=True, max_length=255, verbose_name="credit (Arabic)"),
        ),
        migrations.AddField(
            model_name="customimage",
            name="credit_en",
            field=models.CharField(blank=True, max_length=255, verbose_name="credit (English)"),
        ),
        migrations.RunPython(copy_credit, copy_credit_back),
        migrations.RemoveField(model_name="customimage", name="credit"),
    ]
