"""The news section: the index and its articles, newest last."""

from datetime import date

from ..spec import CallToAction, Document, Heading, Image, PageSpec, Paragraph, Quote, T, Table, article
from .forum import IQ, recommendation, recommendation_ordinal, recommendations_list_html

NEWS_INDEX = PageSpec(
    key="news",
    model="news.NewsIndexPage",
    parent="home",
    title=T("الأخبار", "News"),
    slug=T("news", "news"),
    fields={
        "show_in_menus": True,
        "introduction": T(
            "أخبار مجتمع تقنية المعلومات في مؤسسات الدولة: الملتقيات والتدريب والخدمات الإلكترونية والتوعية "
            "بأمن المعلومات.",
            "News of the IT community in state institutions: forums, training, e-services and security awareness.",
        ),
    },
)

FORUM = T("الملتقى", "forum")
RECOMMENDATIONS = T("التوصيات", "recommendations")
E_GOVERNMENT = T("الحكومة الإلكترونية", "e-government")
E_SERVICES = T("الخدمات الإلكترونية", "e-services")
TRAINING = T("التدريب", "training")
COMPUTER_SKILLS = T("مهارات الحاسوب", "computer skills")
SECURITY = T("أمن المعلومات", "information security")
AWARENESS = T("التوعية", "awareness")
ISOC = T("جمعية الإنترنت", "ISOC")
IQ_DOMAIN = T("النطاق العراقي", ".iq domain")
INFRASTRUCTURE = T("البنية التحتية", "infrastructure")
SHORT_NUMBER = T("الرقم المختصر", "short number")
SOFTWARE = T("البرمجيات", "software")

ARTICLES = (
    article(
        "first-it-forum-state-institutions",
        day=date(2026, 3, 10),
        title=T(
            "هيئة الإعلام والاتصالات تجمع مدراء تقنية المعلومات في الملتقى الأول لمؤسسات الدولة",
            "CMC brings IT directors together at the first forum for state institutions",
        ),
        summary=T(
            "استضافت بغداد الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة، وخرج المشاركون من الوزارات والهيئات "
            "والمحافظات بثماني توصيات، أبرزها فرع عراقي لجمعية الإنترنت ورقم مختصر مجاني وبرنامج لتدريب الكوادر "
            "التقنية.",
            "Baghdad hosted the first IT forum for state institutions. Participants from ministries, commissions "
            "and governorates agreed eight recommendations, among them an Iraq chapter of the Internet Society, a "
            "free short number and a training programme for IT staff.",
        ),
        image="network",
        tags=(FORUM, RECOMMENDATIONS, E_GOVERNMENT),
        body=(
            Paragraph(
                T(
                    "<p>نظّمت هيئة الإعلام والاتصالات في بغداد الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة، "
                    "بمشاركة مدراء أقسام تقنية المعلومات في الوزارات والهيئات والمحافظات، وحضره مدير دائرة "
                    "تكنولوجيا المعلومات في الأمانة العامة لمجلس الوزراء وممثلون عن اللجنة العليا للحوكمة "
                    "الإلكترونية.</p>"
                    "<p>وأوضحت الهيئة أن اللقاء يهدف إلى تبادل الخبرات، والتعرّف عن قرب على حاجات المؤسسات في "
                    "مجال تقنية المعلومات، تمهيدًا لتنفيذ برنامجها ضمن مبادرة «دوم 2025» لتنمية قدرات الكوادر "
                    "التقنية في مؤسسات الدولة.</p>",
                    "<p>The Communications and Media Commission held the first IT forum for state institutions in "
                    "Baghdad. Heads of IT departments from ministries, commissions and governorates took part, "
                    "together with the director of IT at the General Secretariat of the Council of Ministers and "
                    "representatives of the Higher Committee for E-Governance.</p>"
                    "<p>The Commission said the meeting was meant to share experience and to learn first-hand what "
                    "institutions need in information technology, as groundwork for its programme under the “DOM "
                    "2025” initiative to build the skills of technical staff across the state.</p>",
                )
            ),
            Heading(T("من الورق إلى الأنظمة الإلكترونية", "From paper to electronic systems")),
            Paragraph(
                T(
                    "<p>وفي كلمة الافتتاح شدّد رئيس الجهاز التنفيذي للهيئة على أن تكون اللقاءات عملية ومثمرة، "
                    "وأبدى استعداد الهيئة لرعاية دورات تطويرية للكوادر التقنية. ثم عرض مسؤولو الهيئة تجربتها في "
                    "التحول الرقمي: فقد أنجزت نحو 90 نظامًا إلكترونيًا تحل محل المعاملات الورقية، وبدأت تجربة "
                    "«الهيئة الإلكترونية» لمدة 100 يوم، مضى منها 30 يومًا بنتائج مشجعة.</p>"
                    f"<p>كما قُدّم عرض عن النطاق العراقي ({IQ}) الذي تديره الهيئة، وعن ارتباطه بنقاط تبادل "
                    "الإنترنت حول العالم، وأعلنت الهيئة أنها ستخصص رقمًا مختصرًا لتسهيل اتصال الدوائر التقنية في "
                    "المؤسسات بها.</p>",
                    "<p>Opening the forum, the head of the Commission's executive body asked that such meetings be "
                    "practical and productive, and said the Commission was ready to sponsor development courses for "
                    "technical staff. Commission officials then described its own move to digital work: it has "
                    "completed about 90 electronic systems that replace paper transactions, and has started a "
                    "100-day trial of an “electronic Commission”, 30 days of which had passed with encouraging "
                    "results.</p>"
                    "<p>A presentation covered the Iraqi country-code domain (.iq), which the Commission runs, and "
                    "its links to internet exchange points around the world. The Commission also announced that it "
                    "will assign a short number so that the technical offices of institutions can reach it "
                    "easily.</p>",
                )
            ),
            Image("circuit"),
            Heading(T("ثماني توصيات", "Eight recommendations")),
            Paragraph(
                T(
                    "<p>واختُتم الملتقى بنقاش مفتوح اتفق فيه الحاضرون على التوصيات الآتية:</p>"
                    + recommendations_list_html("ar"),
                    "<p>The forum closed with an open discussion in which those present agreed the following "
                    "recommendations:</p>" + recommendations_list_html("en"),
                )
            ),
            Document("recommendations", T("تنزيل نص التوصيات", "Download the recommendations")),
            CallToAction(
                title=T("الملتقى الأول في سطور", "The first forum at a glance"),
                text=T(
                    "صفحة تجمع أهداف الملتقى وتوصياته وما عرضته الهيئة.",
                    "The forum's aims, its recommendations and what the Commission presented, on one page.",
                ),
                button_label=T("اقرأ المزيد", "Read more"),
                page="first-it-forum",
            ),
        ),
    ),
    article(
        "cmc-electronic-systems",
        day=date(2026, 3, 17),
        title=T(
            "نحو 90 نظامًا إلكترونيًا تحل محل المعاملات الورقية في الهيئة",
            "About 90 electronic systems replace paper transactions at the CMC",
        ),
        summary=T(
            "تعمل هيئة الإعلام والاتصالات اليوم عبر أنظمة إلكترونية أنجزتها فرقها البرمجية، وتخوض تجربة "
            "«الهيئة الإلكترونية» لمدة مئة يوم.",
            "The Communications and Media Commission now works through electronic systems built by its own "
            "software teams, and is in a hundred-day “electronic Commission” trial.",
        ),
        image="circuit",
        tags=(E_GOVERNMENT, E_SERVICES),
        body=(
            Paragraph(
                T(
                    "<p>عرضت دائرة تكنولوجيا المعلومات في الهيئة خلال الملتقى الأول لتكنولوجيا المعلومات حصيلة "
                    "عملها في أتمتة المعاملات: نحو 90 نظامًا إلكترونيًا تغطي إجراءات إدارية كانت تُنجز على "
                    "الورق.</p>"
                    "<p>وتخوض الهيئة تجربة تحمل اسم «الهيئة الإلكترونية» مدتها 100 يوم، وقد أتمّت 30 يومًا منها عند "
                    "انعقاد الملتقى، وتصف نتائجها الأولى بأنها ملموسة.</p>",
                    "<p>At the first IT forum, the Commission's IT department reported on its work automating "
                    "transactions: about 90 electronic systems now cover administrative procedures that used to be "
                    "done on paper.</p>"
                    "<p>The Commission is running a 100-day trial called the “electronic Commission”. It had "
                    "completed 30 days of it when the forum met, and describes the first results as tangible.</p>",
                )
            ),
            Table(
                caption=T("التجربة بالأرقام", "The trial in figures"),
                header=(T("المؤشر", "Measure"), T("القيمة", "Figure")),
                rows=(
                    (T("الأنظمة الإلكترونية المنجزة", "Electronic systems completed"), T("نحو 90", "about 90")),
                    (
                        T("مدة تجربة «الهيئة الإلكترونية»", "Length of the electronic Commission trial"),
                        T("100 يوم", "100 days"),
                    ),
                    (
                        T("الأيام المنقضية عند انعقاد الملتقى", "Days completed when the forum met"),
                        T("30 يومًا", "30 days"),
                    ),
                ),
            ),
            Heading(T("ما الذي يعنيه ذلك للوزارات الأخرى؟", "What it means for other ministries")),
            Paragraph(
                T(
                    "<p>تجربة الهيئة مثال عملي تستطيع الوزارات والمؤسسات الأخرى الإفادة منه: أنظمة تُبنى داخليًا، "
                    "وتُختبر على نطاق محدود، ثم تُعمّم. ولهذا دعت توصيات الملتقى إلى تطبيق مشترك يسهم فيه مبرمجون "
                    "من المؤسسات كافة، وإلى تنسيق الأنظمة المزمع إطلاقها مع لجنة الحوكمة الإلكترونية.</p>",
                    "<p>The Commission's experience is a practical example that ministries and other institutions "
                    "can learn from: systems built in-house, tried on a small scale, then rolled out. That is why the "
                    "forum recommended a shared application built by programmers from every institution, and "
                    "coordinating planned systems with the e-governance committee.</p>",
                )
            ),
        ),
    ),
    article(
        "iq-domain-exchange-points",
        day=date(2026, 3, 24),
        title=T(
            f"النطاق العراقي {IQ} وروابطه بنقاط تبادل الإنترنت في العالم",
            "The .iq domain and its links to internet exchange points worldwide",
        ),
        summary=T(
            "عرضت الهيئة، بصفتها الجهة التي تدير النطاق العراقي، كيف يرتبط بنقاط التبادل العالمية، ودعت المؤسسات "
            "إلى بناء حضورها على النطاق المحلي.",
            "As the body that runs Iraq's country-code domain, the Commission explained how .iq connects to "
            "exchange points around the world and encouraged institutions to build their presence on it.",
        ),
        image="globe",
        tags=(IQ_DOMAIN, INFRASTRUCTURE),
        body=(
            Paragraph(
                T(
                    f"<p>تتولى هيئة الإعلام والاتصالات إدارة النطاق العراقي {IQ}، وهو عنوان البلد على الإنترنت "
                    "الذي تعتمده مواقع الوزارات والمؤسسات الحكومية. وفي الملتقى الأول لتكنولوجيا المعلومات قدّمت "
                    "مسؤولة قسم النطاق العراقي في الهيئة عرضًا عن آليات ربطه بنقاط التبادل الأخرى في العالم.</p>",
                    "<p>The Communications and Media Commission runs Iraq's country-code domain, .iq: the country's "
                    "address on the internet, used by the websites of ministries and government institutions. At the "
                    "first IT forum, the head of the Commission's .iq section explained how the domain is linked with "
                    "exchange points elsewhere in the world.</p>",
                )
            ),
            Heading(T("لماذا النطاق المحلي؟", "Why the local domain matters")),
            Paragraph(
                T(
                    "<p>تناول العرض أهمية بناء مجتمع إلكتروني عراقي حول النطاق المحلي، والانفتاح على المنظمات "
                    "الدولية المعنية بتقنية المعلومات ونطاقات الإنترنت. فحين تستخدم المؤسسات النطاق العراقي في "
                    "مواقعها وبريدها الرسمي، يطمئن المواطن إلى أن الخدمة التي يصل إليها حكومية فعلًا.</p>",
                    "<p>The presentation stressed building an Iraqi online community around the local domain and "
                    "working with international organisations concerned with information technology and internet "
                    "domains. When institutions use the Iraqi domain for their websites and official email, citizens "
                    "can trust that a service really is a government one.</p>",
                )
            ),
            CallToAction(
                title=T("الملتقى الأول لتكنولوجيا المعلومات", "The first IT forum"),
                text=T(
                    "ما عرضته الهيئة في الملتقى وتوصياته الثماني.",
                    "What the Commission presented, and the eight recommendations.",
                ),
                button_label=T("اقرأ المزيد", "Read more"),
                page="first-it-forum",
            ),
        ),
    ),
    article(
        "recommendations-official-letter",
        day=date(2026, 4, 7),
        title=T(
            "توصيات الملتقى الأول تصل إلى مؤسسات الدولة بكتاب رسمي",
            "The first forum's recommendations reach state institutions by official letter",
        ),
        summary=T(
            "وجّهت هيئة الإعلام والاتصالات كتابًا رسميًا إلى الوزارات والهيئات والمحافظات يتضمن التوصيات الثماني، "
            "لتعمل كل مؤسسة على تنفيذها.",
            "The Communications and Media Commission has sent ministries, commissions and governorates an official "
            "letter with the eight recommendations, so that each institution acts on them.",
        ),
        image="grid",
        tags=(RECOMMENDATIONS, FORUM),
        body=(
            Paragraph(
                T(
                    "<p>تنفيذًا للتوصية السابعة للملتقى الأول لتكنولوجيا المعلومات، خاطبت الهيئة مؤسسات الدولة "
                    "كافة بكتاب رسمي يتضمن التوصيات التي اتفق عليها مدراء تقنية المعلومات، ودعتها إلى إدراجها في "
                    "خطط أقسامها التقنية.</p>"
                    "<p>ويدعو الكتاب كل مؤسسة إلى تسمية ممثلين عنها في فرع جمعية الإنترنت، وإلى تدريب موظفيها على "
                    "أساسيات الحاسوب، وإلى إطلاع لجنة الأمر 45 على الأنظمة التي تنوي اعتمادها.</p>",
                    "<p>Acting on the seventh recommendation of the first IT forum, the Commission has written to "
                    "every state institution with the recommendations that IT directors agreed on, asking them to "
                    "build these into the plans of their IT departments.</p>"
                    "<p>The letter asks each institution to name representatives for the Internet Society chapter, "
                    "to train its employees in basic computer use, and to tell the Order 45 committee about the "
                    "systems it plans to adopt.</p>",
                )
            ),
            Quote(recommendation(7), recommendation_ordinal(7)),
            Document("recommendations", T("نص التوصيات", "The text of the recommendations")),
        ),
    ),
    article(
        "isoc-iraq-chapter-meeting",
        day=date(2026, 4, 28),
        title=T(
            "اجتماع تحضيري لتأسيس فرع عراقي لجمعية الإنترنت",
            "Preparatory meeting on an Iraq chapter of the Internet Society",
        ),
        summary=T(
            "ناقش ممثلو عدد من المؤسسات الحكومية خطوات تأسيس فرع عراقي لجمعية الإنترنت (ISOC)، وفروع داخل "
            "المؤسسات يتولى أعضاؤها التواصل مع الجمعية.",
            "Representatives of several government institutions discussed the steps towards an Iraq chapter of "
            "the Internet Society (ISOC), with chapters inside institutions whose members liaise with the society.",
        ),
        image="waves",
        tags=(ISOC, AWARENESS),
        body=(
            Paragraph(
                T(
                    "<p>عقد ممثلو أقسام تقنية المعلومات في عدد من الوزارات والمؤسسات اجتماعًا تحضيريًا في مقر "
                    "هيئة الإعلام والاتصالات، لبحث التوصية الأولى للملتقى الأول لتكنولوجيا المعلومات، والخاصة "
                    "بتأسيس فرع للعراق في جمعية الإنترنت الدولية.</p>",
                    "<p>Representatives of the IT departments of several ministries and institutions met at the "
                    "Communications and Media Commission to discuss the first recommendation of the first IT forum: "
                    "forming an Iraq chapter of the Internet Society.</p>",
                )
            ),
            Heading(T("فرع في كل مؤسسة", "A chapter in every institution")),
            Paragraph(
                T(
                    "<p>تقضي التوصية بأن يكون لكل مؤسسة حكومية فرع يضم أعضاء مختارين يتواصلون مع الجمعية. وتناول "
                    "الاجتماع طريقة اختيار الأعضاء ومهامهم، ومنها:</p>"
                    "<ul><li>نشر الوعي بالاستخدام الآمن والسليم للإنترنت بين موظفي المؤسسة.</li>"
                    "<li>نقل الخبرات الدولية في تحسين البنية الأساسية للإنترنت.</li>"
                    "<li>التنسيق مع فروع المؤسسات الأخرى في أنشطة التوعية الموجهة إلى المجتمع.</li></ul>",
                    "<p>The recommendation calls for every government institution to have a chapter of chosen "
                    "members who liaise with the society. The meeting discussed how members are chosen and what they "
                    "do, including:</p>"
                    "<ul><li>raising awareness among the institution's staff of safe and sound internet use;</li>"
                    "<li>bringing in international experience of improving internet infrastructure;</li>"
                    "<li>working with other institutions' chapters on awareness activities for the public.</li></ul>",
                )
            ),
            Quote(recommendation(1), recommendation_ordinal(1)),
        ),
    ),
    article(
        "it-staff-training-subjects",
        day=date(2026, 5, 19),
        title=T(
            "خمسة مجالات لتدريب كوادر تقنية المعلومات برعاية الهيئة",
            "Five subjects for training IT staff, sponsored by the CMC",
        ),
        summary=T(
            "تتبنّى هيئة الإعلام والاتصالات تدريب موظفي تقنية المعلومات في الوزارات والمؤسسات على الخوادم "
            "والشبكات وقواعد البيانات وتطبيقات الويب والأمن.",
            "The Communications and Media Commission is sponsoring training for IT staff of ministries and "
            "institutions in servers, networks, databases, web applications and security.",
        ),
        image="circuit",
        tags=(TRAINING,),
        body=(
            Paragraph(
                T(
                    "<p>أكدت الهيئة استعدادها لرعاية دورات تطويرية لموظفي تقنية المعلومات في مؤسسات الدولة، وفق "
                    "التوصية الثالثة للملتقى الأول. وتتوزع الدورات على خمسة مجالات تمثل حاجات الأقسام التقنية "
                    "اليومية.</p>",
                    "<p>The Commission has confirmed that it will sponsor development courses for IT staff in state "
                    "institutions, in line with the first forum's third recommendation. The courses cover five "
                    "subjects that reflect the everyday needs of IT departments.</p>",
                )
            ),
            Table(
                caption=T("مجالات التدريب", "Training subjects"),
                header=(T("المجال", "Subject"), T("ما يتناوله", "What it covers")),
                rows=(
                    (
                        T("الخوادم", "Servers"),
                        T("تنصيب الخوادم وإدارتها ومراقبة أدائها", "Installing, running and monitoring servers"),
                    ),
                    (
                        T("الشبكات", "Networks"),
                        T(
                            "تصميم الشبكات المحلية وتشغيلها وإصلاح أعطالها",
                            "Designing, running and troubleshooting local networks",
                        ),
                    ),
                    (
                        T("قواعد البيانات", "Databases"),
                        T(
                            "تصميم قواعد البيانات وحمايتها ونسخها احتياطيًا",
                            "Designing, protecting and backing up databases",
                        ),
                    ),
                    (
                        T("تطبيقات الويب", "Web applications"),
                        T("بناء تطبيقات الويب وصيانتها", "Building and maintaining web applications"),
                    ),
                    (
                        T("الأمن", "Security"),
                        T(
                            "حماية الأنظمة والتعامل مع الحوادث الأمنية",
                            "Protecting systems and handling security incidents",
                        ),
                    ),
                ),
            ),
            Paragraph(
                T(
                    "<p>وستُحدَّد آلية الترشيح ومواعيد الدورات بالتنسيق مع المؤسسات، وتُبلَّغ بها أقسام تقنية "
                    "المعلومات بكتاب رسمي.</p>",
                    "<p>How staff are nominated, and when the courses run, will be agreed with institutions and sent "
                    "to IT departments by official letter.</p>",
                )
            ),
            Quote(recommendation(3), recommendation_ordinal(3)),
        ),
    ),
    article(
        "basic-computer-skills-courses",
        day=date(2026, 6, 9),
        title=T(
            "أقسام تقنية المعلومات تدرّب زملاءها على مهارات الحاسوب الأساسية",
            "IT departments train colleagues in basic computer skills",
        ),
        summary=T(
            "استجابةً للتوصية الرابعة للملتقى الأول، نظّمت أقسام تقنية المعلومات في عدد من المؤسسات دورات قصيرة "
            "لزملائها في استخدام الحاسوب والبرامج الأساسية.",
            "Following the first forum's fourth recommendation, IT departments in several institutions have run "
            "short courses for colleagues in using computers and basic software.",
        ),
        image="steps",
        tags=(TRAINING, COMPUTER_SKILLS),
        body=(
            Paragraph(
                T(
                    "<p>بدأت أقسام تقنية المعلومات في عدد من الوزارات والمؤسسات دورات قصيرة لموظفيها من غير "
                    "المتخصصين، تركز على الاستخدام الصحيح للحاسوب والبرامج المكتبية والبريد الإلكتروني.</p>",
                    "<p>IT departments in several ministries and institutions have started short courses for "
                    "non-specialist employees, focused on using computers, office software and email properly.</p>",
                )
            ),
            Heading(T("محاور الدورة", "What the course covers")),
            Paragraph(
                T(
                    "<ul><li>تنظيم الملفات وحفظها في المجلدات المشتركة بدل الأقراص المحلية.</li>"
                    "<li>إعداد المراسلات والجداول بالبرامج المكتبية.</li>"
                    "<li>استخدام البريد الإلكتروني الرسمي وتمييز الرسائل المريبة.</li>"
                    "<li>اختيار كلمات مرور قوية وقفل الجهاز عند مغادرة المكتب.</li></ul>",
                    "<ul><li>Organising files and saving them to shared folders rather than local disks.</li>"
                    "<li>Preparing letters and spreadsheets with office software.</li>"
                    "<li>Using official email and spotting suspicious messages.</li>"
                    "<li>Choosing strong passwords and locking the computer when leaving the desk.</li></ul>",
                )
            ),
            Quote(recommendation(4), recommendation_ordinal(4)),
        ),
    ),
    article(
        "ministry-transaction-tracking-service",
        day=date(2026, 6, 30),
        title=T(
            "وزارة تطلق خدمة إلكترونية لمتابعة المعاملات",
            "A ministry launches an online service for tracking transactions",
        ),
        summary=T(
            "أتاحت إحدى الوزارات للمراجعين خدمة إلكترونية لمعرفة حالة المعاملة برقمها، ضمن توجه المؤسسات إلى "
            "تقليل المراجعات الورقية.",
            "One ministry now lets the public check the status of a transaction online by its number, part of a "
            "wider move by institutions away from paper and office visits.",
        ),
        image="grid",
        tags=(E_SERVICES, E_GOVERNMENT),
        body=(
            Paragraph(
                T(
                    "<p>أطلق قسم تقنية المعلومات في إحدى الوزارات خدمة إلكترونية تمكّن المراجع من معرفة المرحلة "
                    "التي بلغتها معاملته بإدخال رقمها، من دون الحاجة إلى زيارة الدائرة. وتنضم الخدمة إلى خدمات "
                    "إلكترونية أخرى تعمل المؤسسات على توسيعها لتقليل الاعتماد على الورق.</p>",
                    "<p>The IT department of one ministry has launched an online service that shows members of the "
                    "public which stage their transaction has reached when they enter its number, with no need to "
                    "visit the office. It joins other e-services that institutions are adding to rely less on "
                    "paper.</p>",
                )
            ),
            Heading(T("بُنيت داخل الوزارة", "Built in-house")),
            Paragraph(
                T(
                    "<p>طوّر مبرمجو الوزارة الخدمة بأنفسهم، مستفيدين من تجارب عرضتها مؤسسات أخرى في الملتقى الأول "
                    "لتكنولوجيا المعلومات، ومنها تجربة هيئة الإعلام والاتصالات في أنظمتها الإلكترونية. ويرى مدير "
                    "القسم أن تبادل الخبرة بين الوزارات يختصر الوقت ويجنّب تكرار الأخطاء.</p>",
                    "<p>The ministry's own programmers built the service, drawing on experience that other "
                    "institutions shared at the first IT forum, including the Commission's work on its electronic "
                    "systems. The head of the department says that sharing experience between ministries saves time "
                    "and avoids repeating mistakes.</p>",
                )
            ),
            Image("circuit"),
        ),
    ),
    article(
        "phishing-awareness-five-habits",
        day=date(2026, 7, 21),
        title=T(
            "خمس عادات تحمي موظفي المؤسسات من رسائل التصيّد",
            "Five habits that protect staff from phishing emails",
        ),
        summary=T(
            "إرشادات عملية من أقسام تقنية المعلومات لزملائها: كيف تتعرف على رسالة التصيّد الاحتيالي، وماذا تفعل "
            "إذا وصلتك.",
            "Practical advice from IT departments for their colleagues: how to recognise a phishing email and "
            "what to do when one arrives.",
        ),
        image="hexagons",
        tags=(SECURITY, AWARENESS),
        body=(
            Paragraph(
                T(
                    "<p>تبقى رسائل التصيّد الاحتيالي من أكثر الطرق شيوعًا لاختراق أنظمة المؤسسات، إذ تتنكر في "
                    "هيئة رسالة رسمية من وزارة أو مصرف أو زميل. وهذه خمس عادات بسيطة تقلل خطرها:</p>"
                    "<ol><li>تحقق من عنوان المرسل كاملًا، لا من الاسم الظاهر وحده.</li>"
                    "<li>لا تفتح مرفقًا لم تكن تنتظره، حتى لو بدا صادرًا من جهة تعرفها.</li>"
                    "<li>مرّر المؤشر فوق الرابط قبل النقر عليه، وتأكد أن العنوان ينتهي بنطاق الجهة الرسمي.</li>"
                    "<li>لا تُدخل كلمة مرورك في صفحة وصلت إليها من رابط في رسالة بريد.</li>"
                    "<li>أبلغ قسم تقنية المعلومات فورًا عن أي رسالة مريبة، ولا تحذفها قبل ذلك.</li></ol>",
                    "<p>Phishing emails remain one of the commonest ways into an institution's systems: they pose "
                    "as an official message from a ministry, a bank or a colleague. Five simple habits reduce the "
                    "risk:</p>"
                    "<ol><li>Check the sender's full address, not just the display name.</li>"
                    "<li>Do not open an attachment you were not expecting, even if it seems to come from someone you "
                    "know.</li>"
                    "<li>Hover over a link before clicking it, and make sure the address ends with the "
                    "organisation's official domain.</li>"
                    "<li>Never type your password into a page you reached from a link in an email.</li>"
                    "<li>Report any suspicious message to your IT department straight away, and do not delete it "
                    "before you do.</li></ol>",
                )
            ),
            Heading(T("إذا نقرت على الرابط بالفعل", "If you have already clicked")),
            Paragraph(
                T(
                    "<p>غيّر كلمة مرورك من جهاز آخر، وأبلغ قسم تقنية المعلومات بما حدث ومتى حدث. فالإبلاغ المبكر "
                    "يمنح القسم فرصة لحماية بقية حسابات المؤسسة.</p>",
                    "<p>Change your password from another device, and tell your IT department what happened and "
                    "when. Reporting early gives the department a chance to protect the rest of the institution's "
                    "accounts.</p>",
                )
            ),
        ),
    ),
    article(
        "free-short-number-it-staff",
        day=date(2026, 8, 11),
        title=T(
            "رقم مختصر مجاني يربط أقسام تقنية المعلومات في مؤسسات الدولة",
            "A free short number to connect the IT departments of state institutions",
        ),
        summary=T(
            "تعمل الهيئة على تخصيص رقم مختصر مجاني يتواصل عبره موظفو تقنية المعلومات في المؤسسات فيما بينهم ومع "
            "الدوائر التقنية في الهيئة.",
            "The Commission is assigning a free short number through which IT staff of state institutions can "
            "reach each other and the Commission's technical offices.",
        ),
        image="rings",
        tags=(SHORT_NUMBER, RECOMMENDATIONS),
        body=(
            Paragraph(
                T(
                    "<p>أعلنت هيئة الإعلام والاتصالات في الملتقى الأول لتكنولوجيا المعلومات أنها ستخصص رقمًا "
                    "هاتفيًا مختصرًا يسهّل اتصال الأقسام التقنية في المؤسسات بها، ثم جاءت التوصية الثانية للملتقى "
                    "لتؤكد أن يكون الرقم مجانيًا لموظفي تقنية المعلومات.</p>",
                    "<p>At the first IT forum, the Communications and Media Commission announced that it will assign "
                    "a short telephone number to make it easier for the technical departments of institutions to "
                    "reach it, and the forum's second recommendation added that the number should be free for IT "
                    "staff.</p>",
                )
            ),
            Heading(T("كيف سيُستخدم؟", "How it will be used")),
            Paragraph(
                T(
                    "<p>يختصر الرقم الطريق على موظف تقنية المعلومات الذي يحتاج إلى التنسيق مع نظيره في وزارة "
                    "أخرى، أو إلى الاستفسار من الهيئة عن النطاق العراقي أو عن أنظمتها الإلكترونية. ويظهر الرقم في "
                    "أعلى كل صفحة من صفحات ملتقى.</p>",
                    "<p>The number gives IT staff a quick way to coordinate with their counterparts in another "
                    "ministry, or to ask the Commission about the Iraqi domain or its electronic systems. It appears "
                    "at the top of every Multaqa page.</p>",
                )
            ),
            CallToAction(
                title=T("الرقم المختصر لتقنية المعلومات", "The IT short number"),
                text=T("متى تتصل به، ولماذا خُصص.", "When to call it, and why it exists."),
                button_label=T("اعرف المزيد", "Find out more"),
                page="short-number",
            ),
        ),
    ),
    article(
        "shared-application-workshop",
        day=date(2026, 9, 1),
        title=T(
            "مبرمجون من مؤسسات مختلفة يناقشون بناء تطبيق مشترك",
            "Programmers from different institutions discuss building a shared application",
        ),
        summary=T(
            "جمعت ورشة عمل مبرمجين من عدد من الوزارات لتحديد أولويات التطبيق المشترك الذي أوصى به الملتقى الأول، "
            "وطريقة العمل الجماعي عليه.",
            "A workshop brought together programmers from several ministries to set priorities for the shared "
            "application recommended by the first forum, and to agree how to build it together.",
        ),
        image="network",
        tags=(SOFTWARE, RECOMMENDATIONS),
        body=(
            Paragraph(
                T(
                    "<p>استضافت هيئة الإعلام والاتصالات ورشة عمل لمبرمجين من عدد من الوزارات والمؤسسات، خُصصت "
                    "للتوصية السادسة للملتقى الأول: تطبيق مشترك يُبنى بجهد جماعي.</p>"
                    "<p>وناقش المشاركون الحاجات المتكررة في المؤسسات، كالأرشفة الإلكترونية وتتبع المعاملات والبريد "
                    "الداخلي، واتفقوا على أن تبدأ المرحلة الأولى بحصر الأنظمة القائمة لدى كل مؤسسة، تجنبًا لبناء "
                    "ما هو موجود.</p>",
                    "<p>The Communications and Media Commission hosted a workshop for programmers from several "
                    "ministries and institutions on the first forum's sixth recommendation: a shared application "
                    "built as a joint effort.</p>"
                    "<p>Participants discussed needs that recur across institutions, such as electronic archiving, "
                    "transaction tracking and internal mail, and agreed that the first stage will be a survey of the "
                    "systems each institution already has, so that nobody builds what already exists.</p>",
                )
            ),
            Heading(T("مبادئ العمل المشترك", "Principles for working together")),
            Paragraph(
                T(
                    "<ul><li>شيفرة مصدرية واحدة تحفظها جهة متفق عليها.</li>"
                    "<li>مراجعة متبادلة للشيفرة بين مبرمجي المؤسسات.</li>"
                    "<li>توثيق باللغتين العربية والإنكليزية.</li></ul>",
                    "<ul><li>One code base, kept by an agreed body.</li>"
                    "<li>Code review across institutions.</li>"
                    "<li>Documentation in Arabic and English.</li></ul>",
                )
            ),
            Quote(recommendation(6), recommendation_ordinal(6)),
        ),
    ),
    article(
        "order-45-committee-coordination",
        day=date(2026, 9, 22),
        title=T(
            "تنسيق مع لجنة الأمر 45 بشأن الأنظمة الإلكترونية المزمع إطلاقها",
            "Coordinating planned electronic systems with the Order 45 committee",
        ),
        summary=T(
            "تدعو التوصية الثامنة الوزارات إلى إطلاع لجنة الأمر 45 في الأمانة العامة لمجلس الوزراء على الأنظمة "
            "التي تنوي تطبيقها، لتنسجم مع سياسات الحوكمة الإلكترونية.",
            "The eighth recommendation asks ministries to tell the Order 45 committee at the General Secretariat of "
            "the Council of Ministers about the systems they plan to deploy, so that these fit e-governance "
            "policies.",
        ),
        image="waves",
        tags=(E_GOVERNMENT, RECOMMENDATIONS),
        body=(
            Paragraph(
                T(
                    "<p>تتجه الوزارات والمؤسسات الحكومية إلى إطلاق أنظمة وخدمات إلكترونية جديدة، ويخشى مختصون أن "
                    "يؤدي غياب التنسيق إلى أنظمة لا تتبادل البيانات فيما بينها. لذلك أوصى الملتقى الأول لتكنولوجيا "
                    "المعلومات بأن تُعرض طريقة عمل هذه الأنظمة على لجنة الأمر 45 في الأمانة العامة لمجلس الوزراء "
                    "قبل تطبيقها.</p>",
                    "<p>Ministries and government institutions are launching new electronic systems and services, "
                    "and specialists worry that without coordination the result will be systems that cannot exchange "
                    "data. The first IT forum therefore recommended that how these systems work be presented to the "
                    "Order 45 committee at the General Secretariat of the Council of Ministers before they are "
                    "deployed.</p>",
                )
            ),
            Heading(T("ما الذي تعرضه المؤسسة على اللجنة؟", "What an institution presents to the committee")),
            Table(
                caption=T("بنود اقترحها المشاركون", "Items participants suggested"),
                header=(T("البند", "Item"), T("الغرض منه", "Why")),
                rows=(
                    (
                        T("وصف النظام والخدمة التي يقدمها", "What the system does and the service it offers"),
                        T(
                            "معرفة الأنظمة المشابهة في المؤسسات الأخرى",
                            "To spot similar systems in other institutions",
                        ),
                    ),
                    (
                        T("البيانات التي يجمعها ويتبادلها", "The data it collects and exchanges"),
                        T("ضمان التوافق مع سياسات الحوكمة الإلكترونية", "To make sure it fits e-governance policies"),
                    ),
                    (
                        T("الجدول الزمني للتطبيق", "The deployment timetable"),
                        T("تنسيق مواعيد الإطلاق بين الجهات", "To coordinate launch dates across bodies"),
                    ),
                ),
            ),
            Quote(recommendation(8), recommendation_ordinal(8)),
        ),
    ),
    article(
        "multaqa-platform-launch",
        day=date(2026, 10, 13),
        title=T(
            "إطلاق منصة «ملتقى» لأقسام تقنية المعلومات في مؤسسات الدولة",
            "Multaqa launches as the platform of IT departments in state institutions",
        ),
        summary=T(
            "بدأت منصة ملتقى عملها بالعربية والإنكليزية، تنفيذًا للتوصية الخامسة للملتقى الأول، لتكون مكانًا "
            "تلتقي فيه أقسام تقنية المعلومات في الوزارات والهيئات والمحافظات.",
            "Multaqa is now online in Arabic and English, acting on the first forum's fifth recommendation, as a "
            "place where the IT departments of ministries, commissions and governorates meet.",
        ),
        image="globe",
        tags=(FORUM, RECOMMENDATIONS),
        body=(
            Paragraph(
                T(
                    "<p>أطلقت هيئة الإعلام والاتصالات منصة «ملتقى»، استجابةً للتوصية الخامسة للملتقى الأول "
                    "لتكنولوجيا المعلومات التي دعت إلى موقع إلكتروني يجمع أقسام تقنية المعلومات في المؤسسات "
                    "الحكومية.</p>",
                    "<p>The Communications and Media Commission has launched Multaqa, in response to the first IT "
                    "forum's fifth recommendation, which called for a website bringing together the IT departments "
                    "of government institutions.</p>",
                )
            ),
            Heading(T("ماذا تجد في المنصة اليوم؟", "What you will find today")),
            Paragraph(
                T(
                    "<ul><li>أخبار مجتمع تقنية المعلومات في مؤسسات الدولة، مع تصفحها حسب الوسوم.</li>"
                    "<li>صفحة عن الملتقى الأول وتوصياته الثماني، ونص التوصيات للتنزيل.</li>"
                    "<li>بحث في محتوى المنصة بالعربية والإنكليزية.</li>"
                    "<li>خلاصات RSS وAtom لمتابعة الأخبار.</li>"
                    "<li>الرقم المختصر ووسائل التواصل في كل صفحة.</li></ul>",
                    "<ul><li>News of the IT community in state institutions, which you can browse by tag.</li>"
                    "<li>A page on the first forum and its eight recommendations, with the text to download.</li>"
                    "<li>Search across the platform's content in Arabic and English.</li>"
                    "<li>RSS and Atom feeds to follow the news.</li>"
                    "<li>The short number and contact details on every page.</li></ul>",
                )
            ),
            Image("network"),
            CallToAction(
                title=T("تعرّف على ملتقى", "Get to know Multaqa"),
                text=T("لماذا أُنشئت المنصة، ولمن هي.", "Why the platform exists, and who it is for."),
                button_label=T("عن ملتقى", "About Multaqa"),
                page="about",
            ),
        ),
    ),
    article(
        "it-directors-first-regular-meeting",
        day=date(2026, 11, 17),
        title=T(
            "مدراء تقنية المعلومات يعقدون أول اجتماع دوري بعد الملتقى",
            "IT directors hold their first regular meeting since the forum",
        ),
        summary=T(
            "راجع مدراء أقسام تقنية المعلومات في الوزارات والمؤسسات ما تحقق من توصيات الملتقى الأول، واتفقوا على "
            "موعد ثابت لاجتماعاتهم.",
            "Heads of IT departments from ministries and institutions reviewed progress on the first forum's "
            "recommendations and agreed a fixed schedule for their meetings.",
        ),
        image="rings",
        tags=(FORUM, RECOMMENDATIONS),
        body=(
            Paragraph(
                T(
                    "<p>عقد مدراء أقسام تقنية المعلومات في عدد من الوزارات والهيئات والمحافظات أول اجتماع دوري لهم "
                    "بعد الملتقى الأول لتكنولوجيا المعلومات، في مقر هيئة الإعلام والاتصالات ببغداد.</p>"
                    "<p>واستعرض الاجتماع ما تحقق من التوصيات: الكتاب الرسمي الذي وصل إلى المؤسسات، والاجتماع "
                    "التحضيري لفرع جمعية الإنترنت، وورشة التطبيق المشترك، وإطلاق منصة ملتقى.</p>",
                    "<p>Heads of IT departments from several ministries, commissions and governorates held their "
                    "first regular meeting since the first IT forum, at the Communications and Media Commission in "
                    "Baghdad.</p>"
                    "<p>The meeting reviewed progress on the recommendations: the official letter sent to "
                    "institutions, the preparatory meeting for the Internet Society chapter, the shared application "
                    "workshop and the launch of the Multaqa platform.</p>",
                )
            ),
            Heading(T("الخطوات التالية", "Next steps")),
            Paragraph(
                T(
                    "<p>اتفق الحاضرون على أن تُعقد الاجتماعات الدورية كل شهرين، وأن تُنشر خلاصة كل اجتماع في قسم "
                    "الأخبار، وأن تقدّم كل مؤسسة في الاجتماع المقبل قائمة بأنظمتها الإلكترونية القائمة تمهيدًا "
                    "لعرضها على لجنة الأمر 45.</p>",
                    "<p>Those present agreed to meet every two months and to publish a summary of each meeting in "
                    "the news section; at the next meeting, each institution will bring a list of its existing "
                    "electronic systems, ready to present to the Order 45 committee.</p>",
                )
            ),
            Image("waves"),
        ),
    ),
)

# An Arabic title that begins with a Latin word, as IT news often does: the heading must still read right to
# left (tests/browser: the text direction of editor-written text).
ISOC_CHAPTER = article(
    "isoc-iraq-chapter-founding-meeting",
    day=date(2026, 11, 24),
    title=T(
        "ISOC: فرع العراق لجمعية الإنترنت يعقد اجتماعه التأسيسي",
        "ISOC: the Iraq chapter of the Internet Society holds its founding meeting",
    ),
    summary=T(
        "انتخب الأعضاء المؤسسون لفرع العراق في جمعية الإنترنت هيئته الإدارية الأولى، وأقروا خطة عمل تبدأ بتسمية "
        "ممثل عن كل مؤسسة حكومية.",
        "The founding members of the Internet Society's Iraq chapter elected its first board and adopted a work "
        "plan that starts with a representative from each state institution.",
    ),
    image="globe",
    tags=(ISOC, INFRASTRUCTURE),
    body=(
        Paragraph(
            T(
                "<p>عقد فرع العراق لجمعية الإنترنت (ISOC) اجتماعه التأسيسي في مقر هيئة الإعلام والاتصالات ببغداد، "
                "تنفيذًا لإحدى توصيات الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة. وحضر الاجتماع ممثلو "
                "الوزارات والهيئات والمحافظات الذين سمّتهم مؤسساتهم بعد الاجتماع التحضيري.</p>"
                "<p>وانتخب الأعضاء المؤسسون هيئة إدارية من خمسة أعضاء لسنتين، وأقروا النظام الداخلي للفرع.</p>",
                "<p>The Iraq chapter of the Internet Society (ISOC) held its founding meeting at the Communications "
                "and Media Commission in Baghdad, carrying out one of the recommendations of the first IT forum for "
                "state institutions. Representatives of ministries, commissions and governorates, named by their "
                "institutions after the preparatory meeting, took part.</p>"
                "<p>The founding members elected a five-member board for two years and adopted the chapter's "
                "by-laws.</p>",
            )
        ),
        Heading(T("خطة العمل الأولى", "The first work plan")),
        Paragraph(
            T(
                "<ul><li>تسمية ممثل عن كل مؤسسة حكومية يكون صلة الوصل بين المؤسسة والفرع.</li>"
                "<li>ورشة عن حوكمة الإنترنت والنطاق العراقي لموظفي تقنية المعلومات.</li>"
                "<li>نشر أخبار الفرع ومواعيد لقاءاته في قسم الأخبار على ملتقى.</li></ul>",
                "<ul><li>Name a representative from each state institution as the link between it and the "
                "chapter.</li>"
                "<li>A workshop on internet governance and the .iq domain for IT staff.</li>"
                "<li>Publish the chapter's news and meeting dates in Multaqa's news section.</li></ul>",
            )
        ),
    ),
)

NEWS_PAGES = (NEWS_INDEX, *ARTICLES, ISOC_CHAPTER)
