from members.models.contact import ContactMessage
from members.models.profiles import Member, MemberQuality, MemberQuerySet, TaggedMember
from members.models.users import User, UserQuerySet
from members.models.vocabulary import (
    Municipality,
    OrganisationType,
    Province,
    Quality,
    RoleImage,
    Theme,
    WorkPractice,
)

__all__ = [
    "ContactMessage",
    "Member",
    "MemberQuality",
    "MemberQuerySet",
    "Municipality",
    "OrganisationType",
    "Province",
    "Quality",
    "RoleImage",
    "TaggedMember",
    "Theme",
    "User",
    "UserQuerySet",
    "WorkPractice",
]
