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

        # A deleted member's name leaves the stories they (co-)wrote: rebuild those documents.
        from members.privacy import on_account_deleted
        from practices.search import refresh_after_account_deletion

        on_account_deleted(refresh_after_account_deletion)
