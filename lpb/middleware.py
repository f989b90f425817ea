from __future__ import annotations


class DutchFirstMiddleware:
    """Dutch unless the visitor chose English with the language switcher.

    Browsers on Dutch municipal laptops often send ``Accept-Language: en-US``; the network's
    language is Dutch, so only the switcher's cookie changes it. Runs before LocaleMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
