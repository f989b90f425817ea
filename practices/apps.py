from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practice stories")

    def ready(self) -> None:
        # The directory's "most practice stories" sort: members may not import practices,
        # so practices tells the directory how to count.
        from members.directory import register_case_count
        from practices.models import annotate_case_count

        register_case_count(annotate_case_count)

        from lpb.search import on_term_changed
        from practices.search import refresh_for_term

        on_term_changed(refresh_for_term)

        # "Wie bel je?" keeps the vocabulary (with its synonyms) in the cache.
        from practices.match_vocabulary import forget_vocabulary

        on_term_changed(forget_vocabulary)

        # A deleted member's name leaves the stories they (co-)wrote: rebuild those documents.
        from members.privacy import on_account_deleted
        from practices.search import refresh_after_account_deletion

        on_account_deleted(refresh_after_account_deletion)

        # "Most recognised" keeps its counts until a recognition is saved or deleted.
        from django.db.models.signals import post_delete, post_save

        from practices.listing import forget_recognition_counts
        from practices.models import Recognition

        for signal in (post_save, post_delete):
            signal.connect(
                forget_recognition_counts, sender=Recognition, dispatch_uid="recognition-counts"
            )
