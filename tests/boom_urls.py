"""The site's URLs plus one view that fails, to see the styled 500 page."""

from django.urls import include, path


def boom(request):
    raise RuntimeError("Boom: a deliberate error for the tests.")


urlpatterns = [
    path("boom/", boom),
    path("", include("lpb.urls")),
]
