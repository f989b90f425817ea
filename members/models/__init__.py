from members.models.contact import ContactMessage
from members.models.profiles import Member, MemberQuality, MemberQuerySet, TaggedMember
from members.models.users import User, UserQuerySet
from members.models.vocabulary import (
    ContextTrend,
    Municipality,
    OrganisationType,
    Province,
    Quality,
    RoleImage,
    Tension,
    TermsQuerySet,
    Theme,
    WordGroup,
    WorkPractice,
)

__all__ = [
    "ContactMessage",
    "ContextTrend",
    "Member",
    "MemberQuality",
    "MemberQuerySet",
    "Municipality",
    "OrganisationType",
    "Province",
    "Quality",
    "RoleImage",
    "TaggedMember",
    "Tension",
    "TermsQuerySet",
    "Theme",
    "User",
    "UserQuerySet",
    "WordGroup",
    "WorkPractice",
]
