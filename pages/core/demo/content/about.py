"""The About section and the contact page."""

from ..spec import CallToAction, Document, Heading, Image, PageSpec, Paragraph, Quote, T, Table
from .forum import IQ, RECOMMENDATIONS, recommendation, recommendation_ordinal
from .site import EMAIL, PHONE, SHORT_NUMBER

STANDARD = "standard.StandardPage"

ABOUT = PageSpec(
    key="about",
    model=STANDARD,
    parent="home",
    title=T("عن ملتقى", "About Multaqa"),
    slug=T("about", "about"),
    fields={
        "show_in_menus": True,
        "introduction": T(
            "ملتقى منصة إلكترونية ترعاها هيئة الإعلام والاتصالات لتكون نقطة لقاء دائمة بين أقسام تقنية "
            "المعلومات في مؤسسات الدولة العراقية.",
            "Multaqa is a web platform run by the Communications and Media Commission as a standing meeting "
            "point for the IT departments of Iraq's state institutions.",
        ),
        "search_description": T(
            "تعرّف على ملتقى: منصة أقسام تقنية المعلومات في الوزارات والهيئات والمحافظات.",
            "About Multaqa, the platform of the IT departments of ministries, commissions and governorates.",
        ),
    },
    body=(
        Heading(T("لماذا ملتقى؟", "Why Multaqa?")),
        Paragraph(
            T(
                "<p>وُلدت فكرة المنصة في الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة الذي عقدته الهيئة "
                "في بغداد، حين أوصى المشاركون بموقع يربط أقسام تقنية المعلومات في الوزارات والهيئات "
                "والمحافظات، تتبادل فيه المقترحات والتوصيات وتنظّم لقاءاتها الدورية.</p>"
                "<p>يعمل ملتقى بالعربية والإنكليزية، ويبدأ بما هو متاح اليوم: أخبار المجتمع التقني في "
                "المؤسسات، وصفحات تعرّف بالملتقى الأول وتوصياته، وبحث في محتوى كل لغة.</p>",
                "<p>The idea for the platform came from the first IT forum for state institutions, which the "
                "Commission held in Baghdad: participants asked for a website linking the IT departments of "
                "ministries, commissions and governorates, where they could exchange proposals and "
                "recommendations and arrange their regular meetings.</p>"
                "<p>Multaqa works in Arabic and English and starts with what exists today: news of the technical "
                "community in state institutions, pages about the first forum and its recommendations, and a "
                "search of each language's content.</p>",
            )
        ),
        Image("network"),
        Heading(T("لمن هذه المنصة؟", "Who is it for?")),
        Paragraph(
            T(
                "<ul><li>مدراء أقسام تقنية المعلومات وموظفوها في الوزارات والهيئات والمحافظات.</li>"
                "<li>محررو هيئة الإعلام والاتصالات الذين ينشرون الأخبار والتوصيات.</li>"
                "<li>كل من يهتم بتطوير الخدمات الإلكترونية في المؤسسات الحكومية.</li></ul>",
                "<ul><li>Heads and staff of IT departments in ministries, commissions and governorates.</li>"
                "<li>Editors at the Communications and Media Commission who publish news and recommendations.</li>"
                "<li>Anyone who cares about better e-services in government institutions.</li></ul>",
            )
        ),
        Quote(recommendation(5), recommendation_ordinal(5)),
        CallToAction(
            title=T("تابع أخبار المجتمع التقني", "Follow the IT community's news"),
            text=T(
                "ملتقيات وتدريب وخدمات إلكترونية وتوعية بأمن المعلومات في مؤسسات الدولة.",
                "Forums, training, e-services and security awareness across state institutions.",
            ),
            button_label=T("الأخبار", "Read the news"),
            page="news",
        ),
    ),
)

FIRST_FORUM = PageSpec(
    key="first-it-forum",
    model=STANDARD,
    parent="about",
    title=T("الملتقى الأول لتكنولوجيا المعلومات", "The first IT forum"),
    slug=T("first-it-forum", "first-it-forum"),
    fields={
        "show_in_menus": True,
        "introduction": T(
            "لقاء عقدته هيئة الإعلام والاتصالات في بغداد مع مدراء تقنية المعلومات في مؤسسات الدولة، وخرج بثماني "
            "توصيات.",
            "A meeting the Communications and Media Commission held in Baghdad with the IT directors of state "
            "institutions, which ended with eight recommendations.",
        ),
        "search_description": T(
            "أهداف الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة وتوصياته الثماني.",
            "The aims of the first IT forum for state institutions and its eight recommendations.",
        ),
    },
    body=(
        Paragraph(
            T(
                "<p>شارك في الملتقى مدراء أقسام تقنية المعلومات في الوزارات والهيئات والمحافظات، بحضور مدير دائرة "
                "تكنولوجيا المعلومات في الأمانة العامة لمجلس الوزراء وممثلين عن اللجنة العليا للحوكمة "
                "الإلكترونية.</p>"
                "<p>أرادت الهيئة من اللقاء تبادل المعلومات والخبرات، ومعرفة ما تحتاجه المؤسسات لتطوير عملها في "
                "تقنية المعلومات، تمهيدًا لتطبيق برنامجها ضمن مبادرة «دوم 2025» لتنمية قدرات الكوادر التقنية في "
                "مؤسسات الدولة.</p>",
                "<p>The heads of IT departments from ministries, commissions and governorates took part, with the "
                "director of IT at the General Secretariat of the Council of Ministers and representatives of the "
                "Higher Committee for E-Governance.</p>"
                "<p>The Commission wanted to share information and experience, and to learn what institutions "
                "need to improve their IT work, ahead of its programme under the “DOM 2025” initiative to build "
                "the skills of technical staff in state institutions.</p>",
            )
        ),
        Heading(T("التوصيات الثماني", "The eight recommendations")),
        Table(
            caption=T("توصيات الملتقى الأول", "Recommendations of the first forum"),
            header=(T("الرقم", "No."), T("التوصية", "Recommendation"), T("مضمونها", "What it says")),
            rows=tuple(
                (T(str(number), str(number)), title, text)
                for number, (title, text) in enumerate(RECOMMENDATIONS, start=1)
            ),
        ),
        Document(
            "recommendations", T("نص التوصيات بالعربية والإنكليزية", "The recommendations in Arabic and English")
        ),
        Heading(T("ما الذي عرضته الهيئة؟", "What the Commission presented")),
        Paragraph(
            T(
                "<ul><li>إنجاز نحو 90 نظامًا إلكترونيًا تحل محل المعاملات الورقية.</li>"
                "<li>تجربة «الهيئة الإلكترونية» لمدة 100 يوم، مضى منها 30 يومًا عند انعقاد الملتقى.</li>"
                f"<li>النطاق العراقي ({IQ}) الذي تديره الهيئة، وارتباطه بنقاط تبادل الإنترنت في العالم.</li>"
                "<li>رقم مختصر تخصصه الهيئة للتواصل بينها وبين الدوائر التقنية في المؤسسات.</li></ul>",
                "<ul><li>About 90 electronic systems completed, replacing paper transactions.</li>"
                "<li>A 100-day “electronic Commission” trial, 30 days of which had passed when the forum met.</li>"
                "<li>The Iraqi country-code domain (.iq), which the Commission runs, and its links to internet "
                "exchange points around the world.</li>"
                "<li>A short number the Commission is assigning for contact between it and the technical offices "
                "of institutions.</li></ul>",
            )
        ),
        Image("globe"),
        CallToAction(
            title=T("خبر الملتقى", "The forum in the news"),
            text=T(
                "تقرير عن مجريات الملتقى وما دار فيه من نقاش.",
                "A report on how the forum went and what was discussed.",
            ),
            button_label=T("اقرأ الخبر", "Read the report"),
            page="first-it-forum-state-institutions",
        ),
    ),
)

SHORT_NUMBER_PAGE = PageSpec(
    key="short-number",
    model=STANDARD,
    parent="about",
    title=T("الرقم المختصر لتقنية المعلومات", "The IT short number"),
    slug=T("short-number", "short-number"),
    fields={
        "show_in_menus": True,
        "introduction": T(
            "رقم مجاني يصل موظفي تقنية المعلومات في مؤسسات الدولة بعضهم ببعض وبهيئة الإعلام والاتصالات.",
            "A free number that connects IT staff of state institutions with each other and with the "
            "Communications and Media Commission.",
        ),
    },
    body=(
        Paragraph(
            T(
                "<p>أعلنت الهيئة في الملتقى الأول لتكنولوجيا المعلومات أنها ستخصص رقمًا هاتفيًا مختصرًا يسهّل "
                "اتصال الأقسام التقنية في المؤسسات بها، وأوصى الملتقى بأن يكون الرقم مجانيًا لموظفي تقنية "
                "المعلومات.</p>"
                f"<p>يظهر الرقم في أعلى كل صفحة من صفحات ملتقى. الرقم {SHORT_NUMBER} المعروض في هذه النسخة "
                "التجريبية مثال إلى أن تعلن الهيئة الرقم المعتمد.</p>",
                "<p>At the first IT forum, the Commission announced that it will assign a short telephone number "
                "to make it easier for the technical departments of institutions to reach it, and the forum "
                "recommended that the number be free for IT staff.</p>"
                f"<p>The number appears at the top of every Multaqa page. The number {SHORT_NUMBER} shown in this "
                "demo is an example until the Commission announces the official one.</p>",
            )
        ),
        Heading(T("متى تتصل به؟", "When to call it")),
        Paragraph(
            T(
                "<ul><li>للتنسيق بين قسم تقنية المعلومات في مؤسستك ونظيره في مؤسسة أخرى.</li>"
                f"<li>للاستفسار من الهيئة عن النطاق العراقي ({IQ}) أو عن أنظمتها الإلكترونية.</li>"
                "<li>للإبلاغ عن مشكلة تقنية تمس أكثر من مؤسسة.</li></ul>",
                "<ul><li>To coordinate between your institution's IT department and its counterpart elsewhere.</li>"
                "<li>To ask the Commission about the Iraqi domain (.iq) or its electronic systems.</li>"
                "<li>To report a technical problem that affects more than one institution.</li></ul>",
            )
        ),
        Quote(recommendation(2), recommendation_ordinal(2)),
        Image("rings"),
        CallToAction(
            title=T("وسائل التواصل الأخرى", "Other ways to reach us"),
            text=T("البريد الإلكتروني والهاتف والعنوان.", "Email, telephone and address."),
            button_label=T("اتصل بنا", "Contact us"),
            page="contact",
        ),
    ),
)

CONTACT = PageSpec(
    key="contact",
    model=STANDARD,
    parent="home",
    title=T("اتصل بنا", "Contact"),
    slug=T("contact", "contact"),
    fields={
        "show_in_menus": True,
        "introduction": T(
            "يستطيع موظفو تقنية المعلومات في مؤسسات الدولة التواصل مع فريق ملتقى في هيئة الإعلام والاتصالات "
            "بالوسائل الآتية.",
            "IT staff of state institutions can reach the Multaqa team at the Communications and Media "
            "Commission in the following ways.",
        ),
    },
    body=(
        Table(
            caption=T("وسائل التواصل", "Ways to reach us"),
            header=(T("الوسيلة", "How"), T("التفاصيل", "Details")),
            rows=(
                (T("الرقم المختصر (مثال)", "Short number (example)"), T(SHORT_NUMBER, SHORT_NUMBER)),
                (T("البريد الإلكتروني", "Email"), T(EMAIL, EMAIL)),
                (T("الهاتف", "Telephone"), T(PHONE, PHONE)),
                (
                    T("العنوان", "Address"),
                    T("هيئة الإعلام والاتصالات، بغداد", "Communications and Media Commission, Baghdad"),
                ),
            ),
        ),
        Paragraph(
            T(
                "<p>تظهر هذه البيانات كذلك في أسفل كل صفحة. وللاستفسارات التي تخص أكثر من مؤسسة، يُفضَّل "
                "ذكر اسم المؤسسة والقسم ورقم هاتف للتواصل.</p>",
                "<p>These details also appear at the foot of every page. For questions that concern more than one "
                "institution, please give the name of your institution and department and a telephone number.</p>",
            )
        ),
        CallToAction(
            title=T("الرقم المختصر", "The short number"),
            text=T("متى تستخدمه ولماذا خُصص.", "When to use it and why it exists."),
            button_label=T("اعرف المزيد", "Find out more"),
            page="short-number",
        ),
    ),
)

ABOUT_PAGES = (ABOUT, FIRST_FORUM, SHORT_NUMBER_PAGE, CONTACT)
