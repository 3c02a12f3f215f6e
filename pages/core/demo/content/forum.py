"""Facts of the first IT forum for state institutions, in the project's own words.

Used by the forum's About page, the news report and the downloadable text of the recommendations.
"""

from ..spec import T

# Keeps ".iq" reading left to right inside Arabic text.
IQ = "\u200e.iq"

FORUM_NAME = T("الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة", "The first IT forum for state institutions")

# (short title, full text) for each of the eight recommendations, in order.
RECOMMENDATIONS = (
    (
        T("فرع عراقي لجمعية الإنترنت", "An Iraq chapter of the Internet Society"),
        T(
            "تأسيس فرع للعراق في جمعية الإنترنت الدولية (ISOC)، وفرع داخل كل مؤسسة حكومية يضم أعضاء يُختارون "
            "للتواصل مع الجمعية، بهدف بناء مجتمع معلوماتي آمن، وتطوير البنية الأساسية للإنترنت، وترسيخ "
            "الاستخدام السليم، ونشر الوعي بين فئات المجتمع العراقي كافة.",
            "Form an Iraq chapter of the Internet Society (ISOC), and a chapter inside every government "
            "institution whose chosen members liaise with the society, to build a secure information society, "
            "improve internet infrastructure, encourage sound use and raise awareness across Iraqi society.",
        ),
    ),
    (
        T("رقم مختصر مجاني", "A free short number"),
        T(
            "اعتماد رقم هاتف مختصر ومجاني يصل موظفي تقنية المعلومات في مؤسسات الدولة بعضهم ببعض.",
            "Adopt a free short telephone number that puts IT staff of state institutions in touch with one another.",
        ),
    ),
    (
        T("تدريب الكوادر التقنية", "Training for IT staff"),
        T(
            "تتبنّى الهيئة برنامجًا لتدريب العاملين في تقنية المعلومات بالوزارات والمؤسسات الحكومية كافة في "
            "مجالات الخوادم والشبكات وقواعد البيانات وتطبيقات الويب وأمن المعلومات، على أن تُحدَّد آليته في "
            "مرحلة لاحقة.",
            "The Commission sponsors training for IT staff of all ministries and government institutions in "
            "servers, networks, databases, web applications and security, by a mechanism to be set later.",
        ),
    ),
    (
        T("مهارات الحاسوب الأساسية", "Basic computer skills"),
        T(
            "دعوة المؤسسات إلى تأهيل منتسبيها في استعمال الحاسوب والبرمجيات الأساسية على نحو سليم.",
            "Encourage institutions to train their employees to use computers and basic software properly.",
        ),
    ),
    (
        T("منصة إلكترونية مشتركة", "A shared web platform"),
        T(
            "تأسيس موقع إلكتروني يجمع أقسام تقنية المعلومات في الجهات الحكومية، ويتيح لها تقديم المقترحات "
            "والتوصيات وتنظيم مواعيد اجتماعاتها الدورية.",
            "Set up a website that brings together the IT departments of government bodies, where they can put "
            "forward proposals and recommendations and arrange their regular meetings.",
        ),
    ),
    (
        T("تطبيق مشترك", "A shared application"),
        T(
            "تطوير تطبيق موحّد يشترك في بنائه مبرمجون من مختلف المؤسسات.",
            "Develop one application built jointly by programmers from different institutions.",
        ),
    ),
    (
        T("كتاب رسمي إلى المؤسسات", "An official letter to institutions"),
        T(
            "مخاطبة مؤسسات الدولة جميعها بكتاب رسمي يتضمن هذه التوصيات لتعمل على تنفيذها.",
            "Write officially to every state institution with these recommendations so that each acts on them.",
        ),
    ),
    (
        T("التنسيق مع لجنة الأمر 45", "Coordination with the Order 45 committee"),
        T(
            "تعريف لجنة الأمر 45 في الأمانة العامة لمجلس الوزراء بطريقة عمل الأنظمة التي تخطط الوزارات والمؤسسات "
            "الحكومية لاعتمادها، كي تتوافق مع برامج لجنة الحوكمة الإلكترونية وسياساتها.",
            "Tell the Order 45 committee at the General Secretariat of the Council of Ministers how the systems "
            "that ministries and government institutions plan to adopt will work, so that they match the "
            "programmes and policies of the e-governance committee.",
        ),
    ),
)


def recommendation(number):
    """The full text of recommendation ``number`` (1 to 8)."""
    return RECOMMENDATIONS[number - 1][1]


def recommendation_ordinal(number):
    ordinals_ar = ("الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة")
    return T(f"التوصية {ordinals_ar[number - 1]} للملتقى الأول", f"Recommendation {number} of the first forum")


def recommendations_list_html(language):
    items = "".join(f"<li>{text.get(language)}</li>" for _title, text in RECOMMENDATIONS)
    return f"<ol>{items}</ol>"


def recommendations_text():
    """The downloadable document: the recommendations in Arabic, then in English."""
    lines = [FORUM_NAME.ar, "التوصيات", ""]
    lines += [f"{number}. {text.ar}" for number, (_title, text) in enumerate(RECOMMENDATIONS, start=1)]
    lines += ["", "", FORUM_NAME.en, "Recommendations", ""]
    lines += [f"{number}. {text.en}" for number, (_title, text) in enumerate(RECOMMENDATIONS, start=1)]
    lines += ["", "هيئة الإعلام والاتصالات — Communications and Media Commission, Baghdad", ""]
    return "\n".join(lines)
