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

        # A story's images are served only to those who may read the story.
        from lpb.media import guard_uploads
        from practices.models import may_view_case_image

        guard_uploads("cases/", may_view_case_image)

        # A deleted member's name leaves the stories they (co-)wrote: rebuild those documents.
        from members.privacy import on_account_deleted
        from practices.search import refresh_after_account_deletion

        on_account_deleted(refresh_after_account_deletion)

        # A co-author's name shows in a story's search text only as far as their profile's
        # visibility allows: when their profile changes, their stories follow.
        from members.search import on_member_refreshed
        from practices.search import refresh_for_member

        on_member_refreshed(refresh_for_member)

        # "Most recognised" keeps its counts until a recognition is saved or deleted.
        from django.db.models.signals import post_delete, post_save

        from practices.listing import forget_recognition_counts
        from practices.models import Recognition

        for signal in (post_save, post_delete):
            signal.connect(
                forget_recognition_counts, sender=Recognition, dispatch_uid="recognition-counts"
            )
