import io
import time
from contextlib import contextmanager

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Revision

from pages.core.demo.seed import DemoConflictError, DemoSeeder
from pages.core.translation import ContentMismatchError


class Command(BaseCommand):
    help = (
        "Build the bilingual demo content (home, About pages, news, images, site settings, the ISOC Iraq chapter, "
        "ten institutions with their chapters, members and media) and rebuild the "
        "search and reference indexes. Safe to run again: it changes only what differs from the demo content."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        revisions_before = Revision.objects.count()
        try:
            with search_index_paused():
                report = DemoSeeder().run()
        except (DemoConflictError, ContentMismatchError) as error:
            raise CommandError(str(error)) from error
        new_revisions = Revision.objects.count() - revisions_before

        # The index commands are chatty; show their output only with -v 2.
        index_output = self.stdout if options["verbosity"] > 1 else io.StringIO()
        call_command("update_index", stdout=index_output, stderr=index_output)
        call_command("rebuild_references_index", stdout=index_output, stderr=index_output)

        self.stdout.write(self.style.SUCCESS(f"Demo content ready in {time.monotonic() - started:.1f} s."))
        self.stdout.write(f"  Arabic pages:         {report.summary('page')}")
        self.stdout.write(f"  English translations: {report.summary('translation')}")
        self.stdout.write(f"  Images:               {report.summary('image')}")
        self.stdout.write(f"  Documents:            {report.summary('document')}")
        self.stdout.write(f"  Institutions:         {report.summary('institution')}")
        self.stdout.write(f"  Liaison members:      {report.summary('member')}")
        self.stdout.write(f"  New revisions:        {new_revisions}")
        for note in report.notes:
            self.stdout.write(f"  Note: {note}.")
        self.stdout.write("  Search index and reference index rebuilt.")


@contextmanager
def search_index_paused():
    """The command rebuilds the whole search index once the content is in (update_index below): indexing
    each row as it is saved, as modelsearch's post_save handler does, was a sixth of the seeding time."""
    paused = [model for model in get_indexed_models() if post_save.disconnect(post_save_signal_handler, sender=model)]
    try:
        yield
    finally:
        for model in paused:
            post_save.connect(post_save_signal_handler, sender=model)
