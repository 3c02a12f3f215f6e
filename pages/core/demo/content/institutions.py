"""Ten state institutions with their chapters: IT department, liaison members, about text, and, for some,
news and a members-only page.

The people are invented. Emails use the reserved .example top-level domain and every phone number is
``+964 0`` followed by zeros and a short suffix: no real line has that form.
"""

from datetime import date

from ..spec import Heading, ImageRef, InstitutionSpec, MemberSpec, PageSpec, Paragraph, T

TERM_START = date(2026, 4, 1)
TERM_END = date(2028, 3, 31)

CHAPTER_LEAD = T("رئيس الفرع", "Chapter lead")
CHAPTER_LEAD_F = T("رئيسة الفرع", "Chapter lead")
LIAISON = T("منسق الارتباط مع فرع العراق لجمعية الإنترنت", "Liaison coordinator with ISOC Iraq")
LIAISON_F = T("منسقة الارتباط مع فرع العراق لجمعية الإنترنت", "Liaison coordinator with ISOC Iraq")
SECURITY = T("مسؤول أمن المعلومات", "Information security officer")
SECURITY_F = T("مسؤولة أمن المعلومات", "Information security officer")
TRAINING = T("مسؤول التدريب", "Training officer")
TRAINING_F = T("مسؤولة التدريب", "Training officer")
NETWORKS = T("مسؤول الشبكات", "Networks officer")


def phone(suffix):
    return f"+964 0 000 {suffix}"


def member(name, name_latin, role, extension, *, term_start=TERM_START, term_end=TERM_END):
    return MemberSpec(name, name_latin, role, term_start, term_end, extension, phone(extension))


def about(ar, en):
    """The chapter page's about text (its template gives the section its heading)."""
    return (Paragraph(T(ar, en)),)


MOC = InstitutionSpec(
    slug="moc",
    name=T("وزارة الاتصالات", "Ministry of Communications"),
    kind="ministry",
    governorate="baghdad",
    abbreviation="MoC",
    color=(20, 66, 120),
    hostname="moc.localhost",
    it_head_name="م. سلام عبد الكريم الجبوري",
    it_phone=phone("1100"),
    it_extension="1100",
    members=(
        member("م. سلام عبد الكريم الجبوري", "Salam Aljubouri", CHAPTER_LEAD, "1101"),
        member("رنا فاضل التميمي", "Rana Altamimi", LIAISON_F, "1102"),
        member("حيدر ناصر الساعدي", "Haider Alsaadi", SECURITY, "1103", term_end=date(2027, 3, 31)),
    ),
    introduction=T(
        "فرع وزارة الاتصالات في ملتقى: قسم تقنية المعلومات في الوزارة وأعضاء الارتباط مع فرع العراق لجمعية "
        "الإنترنت، وأخبار مشاريع الشبكات والخدمات الإلكترونية فيها.",
        "The Ministry of Communications chapter on Multaqa: the ministry's IT department, its liaison members "
        "with the Internet Society Iraq Chapter, and news of its network and e-service projects.",
    ),
    body=about(
        "<p>تشغّل الوزارة شبكات الاتصالات الحكومية وتربط دوائر الدولة بها، ويعمل قسم تقنية المعلومات فيها على "
        "نقل معاملات الوزارة الداخلية إلى أنظمة إلكترونية، وعلى تدريب موظفيها على استخدامها بأمان.</p>",
        "<p>The ministry runs the government's communications networks and connects state offices to them. Its "
        "IT department is moving the ministry's internal transactions onto electronic systems and training its "
        "staff to use them safely.</p>",
    ),
)

MOI = InstitutionSpec(
    slug="moi",
    name=T("وزارة الداخلية", "Ministry of Interior"),
    kind="ministry",
    governorate="baghdad",
    abbreviation="MoI",
    color=(30, 58, 95),
    cmc_review_required=True,
    it_head_name="العميد المهندس أحمد جاسم الربيعي",
    it_phone=phone("1200"),
    it_extension="1200",
    members=(
        member("المقدم المهندس علي حسين الكعبي", "Ali Alkaabi", CHAPTER_LEAD, "1201"),
        member("زينب محمد العبيدي", "Zainab Alobaidi", LIAISON_F, "1202"),
    ),
    introduction=T(
        "فرع وزارة الداخلية: قسم تقنية المعلومات وأعضاء الارتباط المسؤولون عن التنسيق في أمن المعلومات "
        "والخدمات الإلكترونية المقدمة للمواطنين.",
        "The Ministry of Interior chapter: the IT department and the liaison members who coordinate on "
        "information security and the e-services offered to citizens.",
    ),
    body=about(
        "<p>تقدم الوزارة عدداً كبيراً من الخدمات للمواطنين، من الوثائق الشخصية إلى إجازات السوق، ويتابع فرعها "
        "في ملتقى تجارب المؤسسات الأخرى في حجز المواعيد إلكترونياً وحماية بيانات المراجعين.</p>",
        "<p>The ministry serves citizens in great numbers, from identity documents to driving licences. Its "
        "chapter follows how other institutions book appointments online and protect the data of the people "
        "they serve.</p>",
    ),
)

MOHE = InstitutionSpec(
    slug="mohe",
    name=T("وزارة التعليم العالي والبحث العلمي", "Ministry of Higher Education and Scientific Research"),
    kind="ministry",
    governorate="baghdad",
    abbreviation="MoHE",
    color=(15, 118, 110),
    it_head_name="د. نادية كريم الحسني",
    it_phone=phone("1300"),
    it_extension="1300",
    members=(
        member("د. نادية كريم الحسني", "Nadia Alhasani", CHAPTER_LEAD_F, "1301"),
        member("مصطفى عادل الدليمي", "Mustafa Aldulaimi", TRAINING, "1302"),
        member("هبة سعد الخفاجي", "Hiba Alkhafaji", LIAISON_F, "1303"),
    ),
    introduction=T(
        "فرع وزارة التعليم العالي والبحث العلمي: يربط أقسام تقنية المعلومات في الجامعات بفرع العراق لجمعية الإنترنت.",
        "The Ministry of Higher Education and Scientific Research chapter: it links the IT departments of the "
        "universities with the Internet Society Iraq Chapter.",
    ),
    body=about(
        "<p>تضم الوزارة الجامعات الحكومية وهيئاتها، ويعمل فرعها على تبادل الخبرة بين مراكز الحاسبة الجامعية "
        "وعلى إشراك الطلبة في حملات التوعية بالاستخدام الآمن للإنترنت.</p>",
        "<p>The ministry oversees the public universities. Its chapter shares experience between the "
        "universities' computing centres and involves students in campaigns on safe use of the internet.</p>",
    ),
)

INTEGRITY = InstitutionSpec(
    slug="nazaha",
    name=T("هيئة النزاهة الاتحادية", "Federal Commission of Integrity"),
    kind="commission",
    governorate="baghdad",
    abbreviation="FCI",
    color=(120, 53, 15),
    it_head_name="م. عمار فيصل الزبيدي",
    it_phone=phone("2100"),
    it_extension="2100",
    members=(
        member("م. عمار فيصل الزبيدي", "Ammar Alzubaidi", CHAPTER_LEAD, "2101"),
        member("سارة جبار الموسوي", "Sara Almousawi", SECURITY_F, "2102"),
    ),
    introduction=T(
        "فرع هيئة النزاهة الاتحادية: تقنية المعلومات في خدمة الشفافية، وحماية البلاغات والبيانات.",
        "The Federal Commission of Integrity chapter: IT in the service of transparency, and of protecting "
        "reports and data.",
    ),
    body=about(
        "<p>يستقبل قسم تقنية المعلومات في الهيئة البلاغات إلكترونياً ويحفظ سريتها، ويشارك فرعها خبرته في "
        "حماية البيانات مع أقسام تقنية المعلومات في المؤسسات الأخرى.</p>",
        "<p>The commission's IT department receives reports electronically and keeps them confidential; its "
        "chapter shares what it has learnt about data protection with the IT departments of other "
        "institutions.</p>",
    ),
)

ELECTIONS = InstitutionSpec(
    slug="ihec",
    name=T("المفوضية العليا المستقلة للانتخابات", "Independent High Electoral Commission"),
    kind="commission",
    governorate="baghdad",
    abbreviation="IHEC",
    color=(91, 33, 182),
    it_head_name="م. ليث عبد الأمير الشمري",
    it_phone=phone("2200"),
    it_extension="2200",
    confirmed_days_ago=None,  # never confirmed: the directory shows its entry as stale
    members=(
        member("م. ليث عبد الأمير الشمري", "Laith Alshammari", CHAPTER_LEAD, "2201"),
        member("نور الهدى علي الجنابي", "Nour Aljanabi", LIAISON_F, "2202"),
    ),
    introduction=T(
        "فرع المفوضية العليا المستقلة للانتخابات: أنظمة تسجيل الناخبين وشبكات مراكز الاقتراع.",
        "The Independent High Electoral Commission chapter: voter registration systems and polling-centre networks.",
    ),
    body=about(
        "<p>يدير قسم تقنية المعلومات في المفوضية أنظمة سجل الناخبين وشبكات ربط مكاتبها في المحافظات، ويعرض "
        "فرعها في ملتقى ما تعلّمه من تشغيل هذه الأنظمة في أوقات الذروة.</p>",
        "<p>The commission's IT department runs the voter register and the network linking its offices in the "
        "governorates; its chapter shares what running these systems at peak times has taught it.</p>",
    ),
)

BASRA = InstitutionSpec(
    slug="basra",
    name=T("محافظة البصرة", "Basra Governorate"),
    kind="governorate",
    governorate="basra",
    abbreviation="BSR",
    color=(3, 105, 161),
    it_head_name="م. كاظم عبد الحسين المالكي",
    it_phone=phone("3100"),
    it_extension="3100",
    members=(
        member("م. كاظم عبد الحسين المالكي", "Kadhim Almaliki", CHAPTER_LEAD, "3101"),
        member("إيمان صباح العيداني", "Iman Aleidani", TRAINING_F, "3102"),
        member("عباس مهدي البطاط", "Abbas Albattat", NETWORKS, "3103"),
    ),
    introduction=T(
        "فرع محافظة البصرة: قسم تقنية المعلومات في ديوان المحافظة، وأعضاء الارتباط، وأخبار التحول الرقمي في دوائرها.",
        "The Basra Governorate chapter: the IT department of the governorate's office, its liaison members, "
        "and news of the digital shift in its directorates.",
    ),
    body=about(
        "<p>يربط قسم تقنية المعلومات في ديوان المحافظة دوائرها في الأقضية والنواحي بشبكة واحدة، ويعمل على "
        "تقديم معاملات المواطنين إلكترونياً بدلاً من المراجعة الورقية.</p>",
        "<p>The IT department of the governorate's office links its directorates in the districts and "
        "sub-districts with one network, and is moving citizens' transactions online in place of paper "
        "visits.</p>",
    ),
)

NINEVEH = InstitutionSpec(
    slug="nineveh",
    name=T("محافظة نينوى", "Nineveh Governorate"),
    kind="governorate",
    governorate="nineveh",
    abbreviation="NIN",
    color=(21, 128, 61),
    it_head_name="م. يونس ذنون الطائي",
    it_phone=phone("3200"),
    it_extension="3200",
    members=(
        member("م. يونس ذنون الطائي", "Younis Altaee", CHAPTER_LEAD, "3201"),
        member("رغد محمود الحمداني", "Raghad Alhamdani", LIAISON_F, "3202"),
        # A former member: the chapter page and the directory list current members only.
        member(
            "أنس وليد النعيمي",
            "Anas Alnuaimi",
            LIAISON,
            "3203",
            term_start=date(2024, 4, 1),
            term_end=date(2026, 3, 31),
        ),
    ),
    introduction=T(
        "فرع محافظة نينوى: إعادة بناء شبكات الدوائر الحكومية في المحافظة وأنظمتها.",
        "The Nineveh Governorate chapter: rebuilding the networks and systems of the governorate's offices.",
    ),
    body=about(
        "<p>يعيد قسم تقنية المعلومات في المحافظة بناء شبكات دوائرها وأنظمتها، ويستفيد فرعها من تجارب "
        "المحافظات الأخرى في أرشفة الوثائق إلكترونياً.</p>",
        "<p>The governorate's IT department is rebuilding the networks and systems of its offices; its "
        "chapter draws on other governorates' experience of archiving documents electronically.</p>",
    ),
)

NAJAF = InstitutionSpec(
    slug="najaf",
    name=T("محافظة النجف الأشرف", "Najaf Governorate"),
    kind="governorate",
    governorate="najaf",
    abbreviation="NJF",
    color=(180, 83, 9),
    it_head_name="م. حسن رزاق الحكيم",
    it_phone=phone("3300"),
    it_extension="3300",
    members=(
        member("م. حسن رزاق الحكيم", "Hasan Alhakeem", CHAPTER_LEAD, "3301"),
        member("فاطمة عقيل الكوفي", "Fatima Alkufi", SECURITY_F, "3302"),
    ),
    introduction=T(
        "فرع محافظة النجف الأشرف: خدمات إلكترونية لأهالي المحافظة وزائريها.",
        "The Najaf Governorate chapter: e-services for the governorate's residents and its visitors.",
    ),
    body=about(
        "<p>تستقبل المحافظة ملايين الزائرين كل عام، ويعمل قسم تقنية المعلومات فيها على خدمات إلكترونية "
        "تخفف الزحام على دوائرها في مواسم الزيارة.</p>",
        "<p>The governorate receives millions of visitors every year; its IT department works on e-services "
        "that ease the crowds at its offices in the pilgrimage seasons.</p>",
    ),
)

UNIVERSITY = InstitutionSpec(
    slug="uobasrah",
    name=T("جامعة البصرة", "University of Basrah"),
    kind="other",
    governorate="basra",
    parent="mohe",
    abbreviation="UoB",
    color=(14, 116, 144),
    it_head_name="د. مرتضى جواد الأسدي",
    it_phone=phone("4100"),
    it_extension="4100",
    members=(
        member("د. مرتضى جواد الأسدي", "Murtadha Alasadi", CHAPTER_LEAD, "4101"),
        member("آية قاسم المنصوري", "Aya Almansouri", TRAINING_F, "4102"),
    ),
    introduction=T(
        "فرع جامعة البصرة: مركز الحاسبة الإلكترونية وأعضاء الارتباط من الكادر التدريسي.",
        "The University of Basrah chapter: the computing centre and liaison members from the teaching staff.",
    ),
    body=about(
        "<p>يقدم مركز الحاسبة الإلكترونية في الجامعة دورات في الشبكات وقواعد البيانات لموظفي دوائر المحافظة، "
        "ويشارك طلبته في حملات التوعية التي ينظمها فرع العراق لجمعية الإنترنت.</p>",
        "<p>The university's computing centre runs courses in networks and databases for staff of the "
        "governorate's offices, and its students take part in the Internet Society Iraq Chapter's awareness "
        "campaigns.</p>",
    ),
)

STATISTICS = InstitutionSpec(
    slug="cso",
    name=T("الجهاز المركزي للإحصاء", "Central Statistical Organization"),
    kind="other",
    governorate="baghdad",
    abbreviation="CSO",
    color=(71, 85, 105),
    it_head_name="م. وسام هادي العزاوي",
    it_phone=phone("4200"),
    it_extension="4200",
    confirmed_days_ago=400,  # confirmed more than 180 days ago: stale
    members=(
        member("م. وسام هادي العزاوي", "Wisam Alazzawi", CHAPTER_LEAD, "4201"),
        member("دعاء رياض السامرائي", "Duaa Alsamarraie", LIAISON_F, "4202"),
    ),
    introduction=T(
        "فرع الجهاز المركزي للإحصاء: أنظمة جمع البيانات الإحصائية ونشرها.",
        "The Central Statistical Organization chapter: systems for collecting and publishing statistics.",
    ),
    body=about(
        "<p>يجمع الجهاز البيانات من المحافظات كلها، ويعمل قسم تقنية المعلومات فيه على استمارات إلكترونية "
        "تغني عن الورق وعلى نشر النتائج بصيغ مفتوحة.</p>",
        "<p>The organization collects data from every governorate; its IT department works on electronic "
        "forms that replace paper and on publishing results in open formats.</p>",
    ),
)

INSTITUTIONS = (MOC, MOI, MOHE, INTEGRITY, ELECTIONS, BASRA, NINEVEH, NAJAF, UNIVERSITY, STATISTICS)

# The images of the chapters' pages, drawn like the main demo's and stored in the institution's collection:
# {institution slug: ((key, motif, title, alt text), ...)}.
CHAPTER_IMAGES = {
    "moc": (
        (
            "moc-fibre",
            "network",
            "ربط الدوائر بالألياف الضوئية",
            T(
                "نقاط مضيئة تصل بينها خطوط رفيعة على خلفية زرقاء",
                "Glowing points joined by thin lines on a blue background",
            ),
        ),
        (
            "moc-training",
            "steps",
            "دورة أمن المعلومات",
            T("أعمدة متدرجة الارتفاع من الفيروزي إلى الكهرماني", "Bars rising from teal to amber"),
        ),
    ),
    "basra": (
        (
            "basra-portal",
            "grid",
            "بوابة المعاملات",
            T(
                "نقاط مرتبة في صفوف يبرز بينها مسار كهرماني",
                "Dots in even rows with an amber path running through them",
            ),
        ),
    ),
}


def news_index(slug, ar, en):
    return PageSpec(
        key=f"{slug}-news",
        model="news.NewsIndexPage",
        parent=f"chapter-{slug}",
        title=T("أخبار الفرع", "Chapter news"),
        slug=T("news", "news"),
        fields={"show_in_menus": True, "introduction": T(ar, en)},
    )


def chapter_article(slug, key, *, day, title, summary, image, body, tags):
    return PageSpec(
        key=key,
        model="news.NewsArticlePage",
        parent=f"{slug}-news",
        title=title,
        slug=T(key, key),
        fields={"date": day, "summary": summary, "main_image": ImageRef(image)},
        body=tuple(body),
        tags=tuple(tags),
    )


NETWORKS_TAG = T("الشبكات", "networks")
TRAINING_TAG = T("التدريب", "training")
SECURITY_TAG = T("أمن المعلومات", "information security")
E_SERVICES_TAG = T("الخدمات الإلكترونية", "e-services")

MOC_PAGES = (
    news_index(
        "moc",
        "ما يجري في فرع وزارة الاتصالات: مشاريع الشبكات والتدريب والتوعية.",
        "What is happening in the Ministry of Communications chapter: network projects, training and awareness.",
    ),
    chapter_article(
        "moc",
        "moc-fibre-link-directorates",
        day=date(2026, 9, 14),
        title=T(
            "وزارة الاتصالات تربط عشر دوائر جديدة بشبكة الألياف الضوئية الحكومية",
            "Ministry of Communications links ten more offices to the government fibre network",
        ),
        summary=T(
            "أكمل قسم تقنية المعلومات في الوزارة ربط عشر دوائر جديدة بالشبكة الحكومية، فصار تبادل المعاملات "
            "بينها إلكترونياً.",
            "The ministry's IT department has connected ten more offices to the government network, so "
            "transactions between them now travel electronically.",
        ),
        image="moc-fibre",
        tags=(NETWORKS_TAG, E_SERVICES_TAG),
        body=(
            Paragraph(
                T(
                    "<p>أنهت فرق الوزارة مد الألياف الضوئية إلى عشر دوائر في بغداد، واختبرت سرعة الربط "
                    "واستقراره قبل نقل المعاملات إليه.</p>",
                    "<p>The ministry's teams finished laying fibre to ten offices in Baghdad and tested the "
                    "links' speed and stability before moving transactions onto them.</p>",
                )
            ),
            Paragraph(
                T(
                    "<p>يقول منسق الفرع إن الخطوة التالية هي تدريب موظفي الدوائر الجديدة على الأنظمة "
                    "الإلكترونية، بالتعاون مع هيئة الإعلام والاتصالات.</p>",
                    "<p>The chapter's coordinator says the next step is training the new offices' staff on the "
                    "electronic systems, together with the Communications and Media Commission.</p>",
                )
            ),
        ),
    ),
    chapter_article(
        "moc",
        "moc-security-course",
        day=date(2026, 10, 5),
        title=T(
            "دورة في أمن المعلومات لموظفي وزارة الاتصالات",
            "An information security course for Ministry of Communications staff",
        ),
        summary=T(
            "حضر ثلاثون موظفاً من أقسام الوزارة دورة من خمسة أيام في حماية الحسابات وكشف الرسائل المشبوهة.",
            "Thirty staff from across the ministry attended a five-day course on protecting accounts and "
            "spotting suspicious messages.",
        ),
        image="moc-training",
        tags=(TRAINING_TAG, SECURITY_TAG),
        body=(
            Paragraph(
                T(
                    "<p>نظّم فرع الوزارة الدورة في قاعة التدريب بمقرها، وقدمها مدربون من قسم تقنية المعلومات.</p>",
                    "<p>The ministry's chapter held the course in the training room at its headquarters, taught "
                    "by trainers from the IT department.</p>",
                )
            ),
            Paragraph(
                T(
                    "<p>تعلّم المشاركون تفعيل التحقق بخطوتين وحفظ كلمات المرور في مدير كلمات مرور، والإبلاغ "
                    "عن أي رسالة مريبة إلى قسم تقنية المعلومات على الرقم المختصر.</p>",
                    "<p>Participants learnt to turn on two-step verification, keep passwords in a password "
                    "manager and report any doubtful message to the IT department on the short number.</p>",
                )
            ),
        ),
    ),
    PageSpec(
        key="moc-members",
        model="standard.StandardPage",
        parent="chapter-moc",
        title=T("محضر اجتماع أعضاء الفرع", "Minutes of the chapter members' meeting"),
        slug=T("members-meeting", "members-meeting"),
        fields={
            "show_in_menus": True,
            "introduction": T(
                "صفحة لأعضاء فرع وزارة الاتصالات ومحرريه وناشريه فقط.",
                "A page for the Ministry of Communications chapter's members, editors and publishers only.",
            ),
        },
        body=(
            Heading(T("ما اتفق عليه الأعضاء", "What the members agreed")),
            Paragraph(
                T(
                    "<ul><li>يراجع مسؤول أمن المعلومات صلاحيات الحسابات المشتركة قبل نهاية الشهر.</li>"
                    "<li>ترشح الوزارة خمسة موظفين لدورة الشبكات القادمة.</li>"
                    "<li>يجتمع الأعضاء مرة كل شهر في قاعة قسم تقنية المعلومات.</li></ul>",
                    "<ul><li>The information security officer reviews the rights of shared accounts before the "
                    "end of the month.</li>"
                    "<li>The ministry nominates five staff for the next networks course.</li>"
                    "<li>Members meet once a month in the IT department's meeting room.</li></ul>",
                )
            ),
        ),
    ),
)

BASRA_PAGES = (
    news_index(
        "basra",
        "أخبار فرع محافظة البصرة: التحول الرقمي في دوائر المحافظة.",
        "News of the Basra Governorate chapter: the digital shift in the governorate's offices.",
    ),
    chapter_article(
        "basra",
        "basra-transactions-portal",
        day=date(2026, 10, 20),
        title=T(
            "محافظة البصرة تطلق بوابة لمتابعة المعاملات إلكترونياً",
            "Basra Governorate opens a portal to follow transactions online",
        ),
        summary=T(
            "صار بإمكان المواطن في البصرة معرفة مرحلة معاملته في دوائر المحافظة دون مراجعتها.",
            "People in Basra can now see which stage their transaction has reached in the governorate's offices "
            "without going there.",
        ),
        image="basra-portal",
        tags=(E_SERVICES_TAG,),
        body=(
            Paragraph(
                T(
                    "<p>أعدّ قسم تقنية المعلومات في ديوان المحافظة البوابة خلال ستة أشهر، وربطها بأنظمة "
                    "الأرشفة في الدوائر الخدمية.</p>",
                    "<p>The IT department of the governorate's office built the portal in six months and linked "
                    "it to the archive systems of the service directorates.</p>",
                )
            ),
            Paragraph(
                T(
                    "<p>يكفي رقم المعاملة لمعرفة مرحلتها، ويصل إشعار إلى هاتف المواطن عند إنجازها.</p>",
                    "<p>The transaction number is enough to see its stage, and a notice reaches the citizen's "
                    "phone once it is done.</p>",
                )
            ),
        ),
    ),
)

CHAPTER_CONTENT_PAGES = (*MOC_PAGES, *BASRA_PAGES)

# Pages readable only by the institution's members, editors and publishers: {spec key: institution slug}.
MEMBERS_ONLY = {"moc-members": "moc"}
