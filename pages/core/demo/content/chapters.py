"""The ISOC Iraq chapter page and the directory of institution chapters."""

from datetime import date

from ..spec import ChildSpec, Heading, ImageRef, PageSpec, Paragraph, T

BOARD_TERM = (date(2026, 5, 1), date(2028, 4, 30))

# (image key, name as written, Latin spelling for the photo's English alt text, role, email user)
BOARD = (
    ("isoc-chair", "د. علي كاظم الموسوي", "Ali Almousawi", T("رئيس الفرع", "Chair"), "chair"),
    (
        "isoc-vice-chair",
        "م. شيماء عبد الرزاق الحيدري",
        "Shaimaa Alhaidari",
        T("نائبة الرئيس", "Vice-chair"),
        "vice-chair",
    ),
    ("isoc-secretary", "م. أحمد طالب العامري", "Ahmed Alamiri", T("أمين السر", "Secretary"), "secretary"),
    ("isoc-treasurer", "سرى نبيل الراوي", "Sura Alrawi", T("أمينة الصندوق", "Treasurer"), "treasurer"),
)
# The board's photos: portrait placeholders in the demo collection, {image key: (name, Latin spelling)}.
BOARD_PORTRAITS = {key: (name, latin) for key, name, latin, _role, _user in BOARD}

WORKING_GROUPS = (
    ChildSpec(
        "isoc-wg-infrastructure",
        {
            "name": T("البنية التحتية ونقاط التبادل", "Infrastructure and exchange points"),
            "description": T(
                "يتابع الفريق ربط الشبكات العراقية بنقاط تبادل الإنترنت، ويجمع ملاحظات المؤسسات على جودة الاتصال.",
                "Follows how Iraqi networks connect to internet exchange points and gathers institutions' "
                "notes on connection quality.",
            ),
            "lead": "م. أحمد طالب العامري",
        },
    ),
    ChildSpec(
        "isoc-wg-awareness",
        {
            "name": T("التوعية بالأمان الرقمي", "Digital safety awareness"),
            "description": T(
                "يعدّ الفريق مواد توعية بسيطة للموظفين والطلبة والعائلات، وينظم جلسات في المؤسسات والمدارس.",
                "Prepares plain awareness material for staff, students and families, and runs sessions in "
                "institutions and schools.",
            ),
            "lead": "م. شيماء عبد الرزاق الحيدري",
        },
    ),
    ChildSpec(
        "isoc-wg-liaison",
        {
            "name": T("الارتباط مع المؤسسات", "Liaison with institutions"),
            "description": T(
                "ينسق الفريق مع أعضاء الارتباط في فروع المؤسسات، ويجمع احتياجاتها ليعرضها على الهيئة الإدارية.",
                "Works with the liaison members of the institution chapters and brings their needs to the board.",
            ),
            "lead": "سرى نبيل الراوي",
        },
    ),
)

ISOC_CHAPTER = PageSpec(
    key="isoc",
    model="chapters.IsocChapterPage",
    parent="home",
    title=T("فرع العراق لجمعية الإنترنت", "Internet Society Iraq Chapter"),
    slug=T("isoc-iraq", "isoc-iraq"),
    fields={
        "show_in_menus": True,
        "introduction": T(
            "فرع وطني لجمعية الإنترنت (ISOC) يعمل من أجل مجتمع معلومات آمن، وبنية تحتية أفضل للإنترنت في العراق، "
            "واستخدام سليم للشبكة، وتوعية تصل إلى كل فئات المجتمع.",
            "A national chapter of the Internet Society (ISOC) working for a secure information society, better "
            "internet infrastructure in Iraq, sound use of the network and awareness that reaches every part of "
            "society.",
        ),
        "search_description": T(
            "فرع العراق لجمعية الإنترنت: أهدافه، وهيئته الإدارية، وفرق العمل، وطريقة الانضمام إليه.",
            "The Internet Society Iraq Chapter: its aims, board, working groups and how to join.",
        ),
        "how_to_join": T(
            "<p>العضوية مفتوحة لكل من يؤمن بإنترنت مفتوح وآمن:</p>"
            "<ul><li>سجّل عضويتك الفردية في جمعية الإنترنت واختر فرع العراق.</li>"
            "<li>إن كنت موظفاً في مؤسسة حكومية، تواصل مع أعضاء الارتباط في فرع مؤسستك.</li>"
            "<li>انضم إلى أحد فرق العمل بمراسلة قائد الفريق.</li></ul>",
            "<p>Membership is open to everyone who believes in an open and secure internet:</p>"
            "<ul><li>Register as an individual member of the Internet Society and choose the Iraq chapter.</li>"
            "<li>If you work for a state institution, contact the liaison members of your institution's "
            "chapter.</li>"
            "<li>Join a working group by writing to its lead.</li></ul>",
        ),
    },
    children={
        "board_members": tuple(
            ChildSpec(
                key,
                {
                    "name": name,
                    "role": role,
                    "term_start": BOARD_TERM[0],
                    "term_end": BOARD_TERM[1],
                    "photo": ImageRef(key),
                    "email": f"{user}@isoc-iraq.example",
                },
            )
            for key, name, _latin, role, user in BOARD
        ),
        "working_groups": WORKING_GROUPS,
    },
    body=(
        Heading(T("لماذا فرع عراقي؟", "Why an Iraq chapter?")),
        Paragraph(
            T(
                "<p>أوصى الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة بتأسيس فرع عراقي لجمعية الإنترنت، "
                "يجمع المهتمين بالشبكة من القطاع الحكومي والجامعات والمجتمع المدني حول أهداف الجمعية: "
                "إنترنت مفتوح وآمن ومتاح للجميع.</p>"
                "<p>يتابع الفرع ملفات البنية التحتية ونقاط تبادل الإنترنت والنطاق العراقي (.iq)، وينظم حملات "
                "توعية بالاستخدام الآمن للشبكة في الوزارات والهيئات والمحافظات.</p>",
                "<p>The first IT forum for state institutions recommended founding an Iraq chapter of the "
                "Internet Society, bringing people from government, universities and civil society together "
                "around the society's aims: an internet that is open, secure and available to all.</p>"
                "<p>The chapter follows infrastructure, internet exchange points and the Iraqi .iq domain, and "
                "runs awareness campaigns on safe use of the network in ministries, commissions and "
                "governorates.</p>",
            )
        ),
        Heading(T("فروع المؤسسات", "Institution chapters")),
        Paragraph(
            T(
                "<p>لا تنشئ جمعية الإنترنت فروعاً متداخلة، لذلك فإن ما نسميه «فرع المؤسسة» ليس فرعاً مستقلاً "
                "للجمعية، بل وحدة ارتباط بالفرع الوطني: أعضاء تختارهم كل وزارة أو هيئة أو محافظة لينقلوا "
                "أنشطة الفرع إلى مؤسستهم، ويعرضوا احتياجاتها عليه.</p>",
                "<p>The Internet Society does not charter overlapping chapters, so what the site calls an "
                "institution's chapter is not a chapter of the society in its own right: it is a liaison unit "
                "of the national chapter, members chosen by each ministry, commission or governorate to carry "
                "the chapter's work into their institution and bring its needs back.</p>",
            )
        ),
    ),
)

INSTITUTION_INDEX = PageSpec(
    key="institutions",
    model="chapters.InstitutionIndexPage",
    parent="home",
    title=T("فروع المؤسسات", "Institution chapters"),
    slug=T("chapters", "chapters"),
    fields={
        "show_in_menus": True,
        "introduction": T(
            "لكل وزارة وهيئة ومحافظة فرع في ملتقى يديره موظفوها: قسم تقنية المعلومات فيها، وأعضاء الارتباط "
            "مع فرع العراق لجمعية الإنترنت، وأخبارها وصفحاتها.",
            "Every ministry, commission and governorate has a chapter on Multaqa, kept by its own staff: its "
            "IT department, its liaison members with the Internet Society Iraq Chapter, its news and pages.",
        ),
    },
)

CHAPTER_PAGES = (ISOC_CHAPTER, INSTITUTION_INDEX)
