from members.models.users import User, UserQuerySet

__all__ = ["User", "UserQuerySet"]
