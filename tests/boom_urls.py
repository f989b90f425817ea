"""The site's URLs plus one view that fails, to see the styled 500 page."""

from django.urls import include, path

from lpb.urls import handler400, handler500  # noqa: F401  (the site's error pages)


def boom(request):
    raise RuntimeError("Boom: a deliberate error for the tests.")


def touch_session(request):
    from django.http import HttpResponse

    request.session["touched"] = True
    return HttpResponse("ok")


urlpatterns = [
    path("boom/", boom),
    path("boom/session/", touch_session),
    path("", include("lpb.urls")),
]
