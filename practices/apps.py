from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practice stories")

    @staticmethod
    def annotate_case_count(members):
        """How the directory's "most practice stories" counts (members may not import us)."""
        from practices.models import annotate_case_count

        return annotate_case_count(members)

    @staticmethod
    def case_counts():
        """The same counts by member, for members who wrote any (``annotate_case_count``)."""
        from practices.models import case_counts

        return case_counts()

    def ready(self) -> None:
        # The listing and the search documents stay fresh after every committed write.
        from practices.search import watch_changes

        watch_changes()

        # A story's images are served only to those who may read the story.
        from lpb.media import guard_uploads
        from practices.models import may_view_case_image

        guard_uploads("cases/", may_view_case_image)

        # "Wie bel je?" keeps the vocabulary (with its synonyms), the thesaurus and (per worker)
        # the place names.
        from lpb import freshness
        from members.models import Municipality, Province, WordGroup
        from practices.match_vocabulary import VOCABULARIES, forget_vocabulary

        known = [*(v.model for v in VOCABULARIES), WordGroup, Municipality, Province]
        for model in known:
            freshness.watch(model, then=forget_vocabulary)
