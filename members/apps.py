from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self) -> None:
        # The directory and the search documents stay fresh after every committed write.
        from members.search import watch_changes

        watch_changes()

        # Profile photos are served only to those who may see the profile.
        from lpb.media import guard_uploads
        from members.access import may_view_photo

        guard_uploads("avatars/", may_view_photo)
