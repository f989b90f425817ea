from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Rebuild the search documents and the text index of every member, practice story and "
        "question (run once after upgrading)."
    )

    def handle(self, *args, **options):
        from members.search import rebuild_all
        from practices.models import PracticeCase
        from practices.search import refresh_cases
        from questions.models import Question
        from questions.search import refresh_questions

        changed = rebuild_all()
        changed += refresh_cases(PracticeCase.objects.all())
        changed += refresh_questions(Question.objects.all())
        self.stdout.write(self.style.SUCCESS(f"Rebuilt {changed} search documents."))
