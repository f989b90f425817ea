from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuestionsConfig(AppConfig):
    name = "questions"
    verbose_name = _("Ask the network")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The listing and the search documents stay fresh after every committed write.
        from questions.search import watch_changes

        watch_changes()

        # ``seed_demo --questions N``: demo questions with about four answers each.
        from practices.demo import register_seeder
        from questions.demo import seed_questions

        register_seeder(
            "questions", "How many demo questions to add (about four answers each).", seed_questions
        )
