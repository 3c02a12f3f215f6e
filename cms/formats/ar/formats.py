"""Arabic as written in Iraq, with Western digits: "12 آذار 2025", no comma between month and year.

Django's own Arabic formats write "12 مارس، 2025" with a comma and "3,5" for three and a half. The month
names come from the catalogue (``cms.formats.month_names``); the separators are CLDR's for Arabic with
Western digits (decimal point, comma between thousands); the week starts on Saturday in Iraq (CLDR).
"""

DATE_FORMAT = "j F Y"  # 12 آذار 2025
TIME_FORMAT = "g:i A"  # 3:30 م
DATETIME_FORMAT = "j F Y، g:i A"  # 12 آذار 2025، 3:30 م
YEAR_MONTH_FORMAT = "F Y"  # آذار 2025
MONTH_DAY_FORMAT = "j F"  # 12 آذار
# Year first as in Iraqi official letters: an Arabic reader reads 2025/03/12 from the right, day first.
SHORT_DATE_FORMAT = "Y/m/d"
SHORT_DATETIME_FORMAT = "Y/m/d g:i A"
FIRST_DAY_OF_WEEK = 6  # Saturday

DATE_INPUT_FORMATS = [
    "%Y/%m/%d",  # 2025/03/12
    "%d/%m/%Y",  # 12/03/2025
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # 15:30
    "%H:%M:%S",  # 15:30:59
]
DATETIME_INPUT_FORMATS = [
    "%Y/%m/%d %H:%M",  # 2025/03/12 15:30
    "%Y/%m/%d %H:%M:%S",  # 2025/03/12 15:30:59
    "%d/%m/%Y %H:%M",  # 12/03/2025 15:30
    "%d/%m/%Y %H:%M:%S",  # 12/03/2025 15:30:59
]

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
