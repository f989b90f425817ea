from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self) -> None:
        from lpb.search import on_term_changed
        from members.search import refresh_for_term

        on_term_changed(refresh_for_term)

        # Profile photos are served only to those who may see the profile.
        from lpb.media import guard_uploads
        from members.access import may_view_photo

        guard_uploads("avatars/", may_view_photo)
