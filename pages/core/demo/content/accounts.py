"""The demo's institution accounts: an editor and a publisher for two institutions.

Made by ``manage.py ensure_demo_admin`` (development only), not by ``seed_demo``: demo content may be
loaded anywhere, accounts with printed passwords only where DEBUG is on.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class AccountSpec:
    username: str
    institution: str  # slug
    role: str  # "editors" or "publishers": the institution's group the account joins
    first_name: str
    last_name: str

    @property
    def email(self):
        return f"{self.username}@{self.institution}.gov.example"


DEMO_ACCOUNTS = (
    AccountSpec("moc-editor", "moc", "editors", "رنا", "التميمي"),
    AccountSpec("moc-publisher", "moc", "publishers", "سلام", "الجبوري"),
    AccountSpec("basra-editor", "basra", "editors", "إيمان", "العيداني"),
    AccountSpec("basra-publisher", "basra", "publishers", "كاظم", "المالكي"),
)
