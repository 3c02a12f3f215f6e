"""British English, as the pages' ``og:locale en_GB`` declares: "17 November 2026", a 24-hour clock.

Django's ``en`` formats are American ("Nov. 17, 2026"); these follow its ``en_GB`` formats but spell the
month out in full, as GOV.UK's style guide asks.
"""

DATE_FORMAT = "j F Y"  # 17 November 2026
TIME_FORMAT = "H:i"  # 14:30
DATETIME_FORMAT = "j F Y, H:i"  # 17 November 2026, 14:30
YEAR_MONTH_FORMAT = "F Y"  # November 2026
MONTH_DAY_FORMAT = "j F"  # 17 November
SHORT_DATE_FORMAT = "d/m/Y"  # 17/11/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 17/11/2026 14:30
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 17/11/2026
    "%d/%m/%y",  # 17/11/26
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # 14:30
    "%H:%M:%S",  # 14:30:59
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",  # 17/11/2026 14:30
    "%d/%m/%Y %H:%M:%S",  # 17/11/2026 14:30:59
    "%d/%m/%y %H:%M",  # 17/11/26 14:30
]

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
