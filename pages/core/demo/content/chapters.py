"""The ISOC Iraq chapter page and the directory of institution chapters."""

from ..spec import Heading, PageSpec, Paragraph, T

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
