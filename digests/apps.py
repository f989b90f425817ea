from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class DigestsConfig(AppConfig):
    name = "digests"
    verbose_name = _("E-mail digests")

    def ready(self):
        from digests.models import DigestItem
        from members.models import Member
        from practices.models import PracticeCase

        # An item records a story's or profile's id, not a foreign key: forget it with the
        # object, so that an id the database gives out again is not taken as "already sent".
        for model, kind in ((PracticeCase, DigestItem.Kind.CASE), (Member, DigestItem.Kind.MEMBER)):
            post_delete.connect(
                _forgetter(kind), sender=model, weak=False, dispatch_uid=f"digests-forget-{kind}"
            )


def _forgetter(kind: str):
    def forget(sender, instance, **kwargs):
        from digests.models import DigestItem

        DigestItem.objects.filter(kind=kind, object_id=instance.pk).delete()

    return forget
