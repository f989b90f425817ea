from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from practices.listing import feed_cases


class PracticeCaseFeed(Feed):
    """Public published stories as Atom, with the same filters as the listing's URL."""

    feed_type = Atom1Feed
    title = _("LPB Netwerk — practice stories")
    subtitle = _("New stories from neighbourhoods across the Netherlands.")

    def get_object(self, request):
        self.params = request.GET
        return None

    def link(self):
        query = self.params.urlencode() if self.params else ""
        return reverse("practices:list") + (f"?{query}" if query else "")

    def items(self):
        return feed_cases(params=self.params)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Atom marks the summary as HTML: escape the member's plain text, or a feed reader would
        # render what they typed as markup.
        return escape(item.summary)

    def item_author_name(self, item):
        return item.author.name if item.author else _("A member of the network")

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]
