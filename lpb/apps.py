from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LpbConfig(AppConfig):
    name = "lpb"
    verbose_name = _("LPB Netwerk")

    def ready(self) -> None:
        from lpb import checks  # noqa: F401  (registers the deployment checks)
