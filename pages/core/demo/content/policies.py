"""The accessibility statement, the privacy notice and the terms of use: top-level pages kept out of the
main menu and linked from the footer (SiteSettings, see site.FOOTER_PAGES)."""

from ..spec import Heading, PageSpec, Paragraph, T
from .site import EMAIL, SHORT_NUMBER

STANDARD = "standard.StandardPage"
REVIEWED = T("آخر مراجعة: تشرين الثاني 2026.", "Last reviewed: November 2026.")


def reviewed():
    return Paragraph(T(f"<p><em>{REVIEWED.ar}</em></p>", f"<p><em>{REVIEWED.en}</em></p>"))


ACCESSIBILITY = PageSpec(
    key="accessibility",
    model=STANDARD,
    parent="home",
    title=T("بيان إمكانية الوصول", "Accessibility statement"),
    slug=T("accessibility", "accessibility"),
    fields={
        "show_in_menus": False,
        "introduction": T(
            "تريد هيئة الإعلام والاتصالات أن يستطيع كل موظف في مؤسسات الدولة استخدام ملتقى، أيًّا كانت "
            "قدرته أو جهازه أو لغته. يوضح هذا البيان ما اختبرناه، وما نعرف أنه لم يكتمل بعد، وكيف تبلغنا "
            "بأي عائق.",
            "The Communications and Media Commission wants every member of staff in state institutions to be "
            "able to use Multaqa, whatever their ability, device or language. This statement says what we "
            "have tested, what we know is not finished yet, and how to tell us about a barrier.",
        ),
        "search_description": T(
            "كيف نختبر إمكانية الوصول في ملتقى وكيف تبلغ عن عائق.",
            "How Multaqa is tested for accessibility and how to report a barrier.",
        ),
    },
    body=(
        Heading(T("ما الذي اختبرناه", "What we tested")),
        Paragraph(
            T(
                "<p>نختبر الموقع بالعربية والإنكليزية قبل نشر كل تغيير، على كل نوع من صفحاته: الصفحة الرئيسية، "
                "وصفحات المحتوى، وقائمة الأخبار، وصفحة الخبر، وصفحة البحث.</p>"
                "<ul>"
                "<li>فحص آلي بأداة axe-core في متصفح Chromium على كل نوع من الصفحات باللغتين، ولا نقبل أي "
                "مخالفة جسيمة أو حرجة.</li>"
                "<li>التنقل بلوحة المفاتيح وحدها: رابط «تخطَّ إلى المحتوى الرئيسي» أول ما يصل إليه المفتاح Tab، "
                "وكل رابط وزر يظهر عليه إطار تركيز واضح، والقائمة تُفتح وتُغلق بلوحة المفاتيح.</li>"
                "<li>شاشة هاتف بعرض 390 نقطة: لا تمرير أفقي للصفحة، والجداول العريضة تتمرر داخل إطارها.</li>"
                "<li>الكتابة من اليمين إلى اليسار: الصفحات العربية معلنة اللغة والاتجاه، وأرقام الهاتف والبريد "
                "الإلكتروني تُعرض من اليسار إلى اليمين داخل النص العربي.</li>"
                "<li>الموقع يعمل دون JavaScript، والخطوط محفوظة على خوادمنا، ولكل صورة غير زخرفية نص بديل "
                "باللغتين.</li>"
                "</ul>",
                "<p>We test the site in Arabic and English before each change is published, on every kind of page: "
                "the home page, content pages, the news list, a news article and search.</p>"
                "<ul>"
                "<li>Automated checks with axe-core in the Chromium browser on every kind of page in both "
                "languages; we accept no serious or critical violation.</li>"
                "<li>Keyboard only: the “Skip to main content” link is the first thing the Tab key reaches, every "
                "link and button shows a clear focus outline, and the menu opens and closes from the keyboard.</li>"
                "<li>A 390-point-wide phone screen: the page never scrolls sideways, and wide tables scroll inside "
                "their own frame.</li>"
                "<li>Right-to-left text: Arabic pages declare their language and direction, and telephone numbers "
                "and email addresses read left to right inside Arabic text.</li>"
                "<li>The site works without JavaScript, its fonts are served from our own servers, and every "
                "image that is not decorative has a text alternative in both languages.</li>"
                "</ul>",
            )
        ),
        Heading(T("ما لم يكتمل بعد", "What is not finished yet")),
        Paragraph(
            T(
                "<ul>"
                "<li>لم يختبر الموقع بعدُ مستخدمون يعتمدون على قارئات الشاشة، ونخطط لذلك مع المؤسسات المشاركة.</li>"
                "<li>بعض الوثائق المرفقة نصوص أو ملفات PDF أعدتها جهات أخرى، وقد لا تكون منظمة بعناوين.</li>"
                "<li>لا يشمل هذا البيان لوحة تحرير المحتوى التي يستخدمها محررو الهيئة.</li>"
                "</ul>",
                "<ul>"
                "<li>The site has not yet been tested by people who rely on screen readers; we plan to do so with "
                "the participating institutions.</li>"
                "<li>Some attached documents are texts or PDF files prepared by others and may lack headings.</li>"
                "<li>This statement does not cover the editing interface used by the Commission's editors.</li>"
                "</ul>",
            )
        ),
        Heading(T("الإبلاغ عن عائق", "Reporting a barrier")),
        Paragraph(
            T(
                "<p>إذا واجهت صعوبة في قراءة صفحة أو استخدامها، فأخبرنا باسم الصفحة أو عنوانها، وبما حاولت فعله، "
                "وبالجهاز والمتصفح أو التقنية المساعدة التي تستخدمها:</p>"
                f"<ul><li>البريد الإلكتروني: {EMAIL}</li>"
                f"<li>الرقم المختصر لتقنية المعلومات: {SHORT_NUMBER} (مثال إلى أن تعلن الهيئة الرقم المعتمد)</li></ul>"
                "<p>نؤكد استلام البلاغ خلال يومَي عمل، ونصلح العائق أو نرسل إليك المحتوى بصيغة تناسبك خلال عشرة "
                "أيام عمل. وإذا احتاج الإصلاح وقتًا أطول أخبرناك بالسبب وبالموعد المتوقع.</p>",
                "<p>If you find it hard to read or use a page, tell us which page (its title or address), what you "
                "were trying to do, and the device, browser or assistive technology you use:</p>"
                f"<ul><li>Email: {EMAIL}</li>"
                f"<li>IT short number: {SHORT_NUMBER} (an example until the Commission announces the official "
                "number)</li></ul>"
                "<p>We acknowledge a report within two working days, and fix the barrier or send you the content in "
                "a form that suits you within ten working days. If a fix takes longer, we tell you why and when to "
                "expect it.</p>",
            )
        ),
        reviewed(),
    ),
)

PRIVACY = PageSpec(
    key="privacy",
    model=STANDARD,
    parent="home",
    title=T("إشعار الخصوصية", "Privacy notice"),
    slug=T("privacy", "privacy"),
    fields={
        "show_in_menus": False,
        "introduction": T(
            "يوضح هذا الإشعار ما تجمعه هيئة الإعلام والاتصالات من بيانات حين تزور ملتقى، ولماذا، ومدة "
            "الاحتفاظ بها، وحقوقك فيها.",
            "This notice explains what data the Communications and Media Commission collects when you visit "
            "Multaqa, why, how long it is kept, and your rights over it.",
        ),
        "search_description": T(
            "البيانات التي يجمعها ملتقى وكيف تستخدمها هيئة الإعلام والاتصالات.",
            "The data Multaqa collects and how the Communications and Media Commission uses it.",
        ),
    },
    body=(
        Heading(T("من المسؤول عن بياناتك", "Who is responsible for your data")),
        Paragraph(
            T(
                "<p>هيئة الإعلام والاتصالات في جمهورية العراق هي الجهة التي تدير ملتقى وتقرر كيف تُعالج البيانات "
                "الواردة فيه.</p>",
                "<p>The Communications and Media Commission of the Republic of Iraq runs Multaqa and decides how "
                "the data it receives is processed.</p>",
            )
        ),
        Heading(T("ما الذي نجمعه", "What we collect")),
        Paragraph(
            T(
                "<ul>"
                "<li><strong>سجلات الخادم:</strong> عنوان IP، ووقت الطلب، والصفحة المطلوبة، ونوع المتصفح. "
                "نستخدمها لحماية الموقع من الهجمات ولمعالجة الأعطال فقط.</li>"
                "<li><strong>كلمات البحث:</strong> تُستخدم لإظهار النتائج ولا تُربط بهويتك.</li>"
                "<li><strong>ما ترسله إلينا:</strong> إذا راسلتنا بالبريد الإلكتروني أو اتصلت بالرقم المختصر فإننا "
                "نحتفظ باسمك ومؤسستك ووسيلة التواصل معك للرد على طلبك.</li>"
                "</ul>"
                "<p>لا يستخدم ملتقى ملفات تعريف الارتباط (الكوكيز) للقراء، ولا أدوات إحصاء أو إعلانات من جهات "
                "أخرى، ولا يحمّل خطوطًا أو نصوصًا برمجية من مواقع خارجية. يضع الموقع ملف تعريف ارتباط للجلسة فقط "
                "عند دخول المحررين إلى لوحة التحرير. وإذا تضمنت صفحة مقطع فيديو مضمّنًا فإن المقطع يُحمَّل من "
                "موقع مزوده (YouTube أو Vimeo) الذي يطبق سياسة الخصوصية الخاصة به.</p>",
                "<ul>"
                "<li><strong>Server logs:</strong> the IP address, the time of the request, the page asked for and "
                "the type of browser. We use them only to protect the site from attacks and to fix faults.</li>"
                "<li><strong>Search terms:</strong> used to show results, and not linked to who you are.</li>"
                "<li><strong>What you send us:</strong> if you email us or call the short number, we keep your "
                "name, institution and contact details to answer your request.</li>"
                "</ul>"
                "<p>Multaqa sets no cookies for readers, and uses no third-party analytics or advertising, fonts or "
                "scripts. The site sets a session cookie only when editors sign in to the editing interface. A page "
                "with an embedded video loads it from its provider (YouTube or Vimeo), whose own privacy policy "
                "then applies.</p>",
            )
        ),
        Heading(T("مدة الاحتفاظ", "How long we keep it")),
        Paragraph(
            T(
                "<p>تُحذف سجلات الخادم بعد 90 يومًا على الأكثر، إلا ما يلزم منها للتحقيق في حادث أمني. وتُحفظ "
                "المراسلات ما دام طلبك قائمًا، ثم وفق قواعد حفظ الوثائق الرسمية في الهيئة.</p>",
                "<p>Server logs are deleted after 90 days at most, except those needed to investigate a security "
                "incident. Correspondence is kept while your request is open, then under the Commission's rules "
                "for keeping official records.</p>",
            )
        ),
        Heading(T("حقوقك", "Your rights")),
        Paragraph(
            T(
                "<p>يحق لك أن تسأل عن البيانات التي نحتفظ بها عنك، وأن تطلب تصحيحها أو حذفها حين لا يلزمنا "
                f"القانون بحفظها. راسلنا على {EMAIL}، وسنرد خلال ثلاثين يومًا.</p>"
                "<p>لا نبيع البيانات ولا نشاركها إلا مع جهة رسمية يلزمنا القانون العراقي بإطلاعها عليها.</p>",
                "<p>You may ask what data we hold about you, and ask us to correct it or delete it where the law "
                f"does not require us to keep it. Write to {EMAIL}; we answer within thirty days.</p>"
                "<p>We do not sell data, and share it only with an official body that Iraqi law requires us to "
                "inform.</p>",
            )
        ),
        reviewed(),
    ),
)

TERMS = PageSpec(
    key="terms",
    model=STANDARD,
    parent="home",
    title=T("شروط الاستخدام", "Terms of use"),
    slug=T("terms", "terms"),
    fields={
        "show_in_menus": False,
        "introduction": T(
            "باستخدامك ملتقى فإنك توافق على الشروط الآتية. نكتبها قصيرة وواضحة، وإذا كان لديك سؤال عنها فراسلنا.",
            "By using Multaqa you agree to the following terms. We keep them short and clear; if you have a "
            "question about them, write to us.",
        ),
        "search_description": T(
            "شروط استخدام ملتقى وإعادة استخدام محتواه.",
            "The terms of use of Multaqa and of reusing its content.",
        ),
    },
    body=(
        Heading(T("المحتوى وإعادة استخدامه", "The content and its reuse")),
        Paragraph(
            T(
                "<p>تنشر هيئة الإعلام والاتصالات محتوى ملتقى لخدمة أقسام تقنية المعلومات في مؤسسات الدولة. يجوز "
                "نقل الأخبار والتوصيات ونشرها بشرط ذكر المصدر «ملتقى — هيئة الإعلام والاتصالات» ورابط الصفحة، "
                "ودون تحريف معناها. أما الشعارات والصور فلا يجوز استخدامها إلا بإذن مكتوب من الهيئة.</p>",
                "<p>The Communications and Media Commission publishes Multaqa's content to serve the IT departments "
                "of state institutions. You may copy and republish the news and recommendations, provided you name "
                "the source, “Multaqa — Communications and Media Commission”, link to the page and do not change "
                "their meaning. Logos and images may be used only with the Commission's written permission.</p>",
            )
        ),
        Heading(T("دقة المعلومات", "Accuracy")),
        Paragraph(
            T(
                "<p>نحرص على أن يكون المحتوى صحيحًا ومحدثًا، ونذكر تاريخ كل خبر. غير أن ما يُنشر في ملتقى للتعريف "
                "والتواصل، ولا يحل محل الكتب الرسمية والتعليمات الصادرة عن الجهات المختصة.</p>",
                "<p>We take care that the content is correct and up to date, and every news item carries its date. "
                "What Multaqa publishes is for information and contact, however, and does not replace the official "
                "letters and instructions issued by the competent bodies.</p>",
            )
        ),
        Heading(T("الروابط إلى مواقع أخرى", "Links to other sites")),
        Paragraph(
            T(
                "<p>قد تشير بعض الصفحات إلى مواقع لا تديرها الهيئة. لا نتحمل مسؤولية محتوى تلك المواقع، ولا يعني "
                "الرابط إليها تأييدًا لها.</p>",
                "<p>Some pages link to sites the Commission does not run. We are not responsible for their content, "
                "and a link to them is not an endorsement.</p>",
            )
        ),
        Heading(T("الاستخدام المقبول", "Acceptable use")),
        Paragraph(
            T(
                "<p>لا يجوز محاولة تعطيل الموقع أو الوصول إلى أجزائه غير المنشورة أو إرسال طلبات آلية تثقل خوادمه. "
                "تسجل الهيئة هذه المحاولات وقد تحيلها إلى الجهات المختصة.</p>",
                "<p>Do not try to disrupt the site, reach its unpublished parts or send automated requests that "
                "overload its servers. The Commission records such attempts and may refer them to the competent "
                "authorities.</p>",
            )
        ),
        Heading(T("القانون والتعديلات", "Law and changes")),
        Paragraph(
            T(
                "<p>تخضع هذه الشروط للقوانين النافذة في جمهورية العراق. قد نعدّلها، وننشر التاريخ في أسفل هذه "
                f"الصفحة عند كل تعديل. للاستفسار: {EMAIL}.</p>",
                "<p>These terms are governed by the laws in force in the Republic of Iraq. We may change them, and "
                f"give the date at the foot of this page whenever we do. Questions: {EMAIL}.</p>",
            )
        ),
        reviewed(),
    ),
)

POLICY_PAGES = (ACCESSIBILITY, PRIVACY, TERMS)
