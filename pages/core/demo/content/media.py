"""The demo images (drawn at seed time by pages.core.demo.images) and the one demo document."""

from ..spec import DocumentSpec, ImageSpec, T
from .forum import recommendations_text

CREDIT = T("ملتقى", "Multaqa")

IMAGES = (
    ImageSpec(
        key="network",
        title="شبكة المؤسسات",
        motif="network",
        alt_text=T(
            "نقاط مضيئة تصل بينها خطوط رفيعة على خلفية زرقاء داكنة",
            "Glowing points joined by thin lines on a deep blue background",
        ),
        caption=T(
            "شبكة واحدة تصل أقسام تقنية المعلومات في مؤسسات الدولة",
            "One network linking the IT departments of state institutions",
        ),
    ),
    ImageSpec(
        key="waves",
        title="موجات الاتصال",
        motif="waves",
        alt_text=T(
            "موجات متوازية بدرجات الأزرق والفيروزي يتخللها خط كهرماني",
            "Parallel waves in shades of blue and teal crossed by one amber line",
        ),
        caption=T("الاتصال أساس العمل المشترك", "Communication comes before working together"),
    ),
    ImageSpec(
        key="grid",
        title="شبكة الخدمات",
        motif="grid",
        alt_text=T(
            "نقاط مرتبة في صفوف منتظمة يبرز بينها مسار كهرماني",
            "Dots in even rows with an amber path running through them",
        ),
        caption=T("خدمات إلكترونية تختصر الطريق على المواطن", "E-services that save citizens a journey"),
    ),
    ImageSpec(
        key="hexagons",
        title="خلايا الأمن",
        motif="hexagons",
        alt_text=T(
            "خلايا سداسية متراصة بالأزرق والفيروزي وواحدة منها بلون كهرماني",
            "Tightly packed hexagons in blue and teal, one of them amber",
        ),
        caption=T("أمن المعلومات مسؤولية كل موظف", "Information security is every employee's job"),
    ),
    ImageSpec(
        key="circuit",
        title="مسارات الأنظمة",
        motif="circuit",
        alt_text=T(
            "خطوط أفقية وعمودية تنتهي بدوائر صغيرة كأنها لوحة إلكترونية",
            "Horizontal and vertical lines ending in small circles, like a circuit board",
        ),
        caption=T("أنظمة إلكترونية تحل محل المعاملات الورقية", "Electronic systems in place of paper transactions"),
    ),
    ImageSpec(
        key="rings",
        title="حلقات التواصل",
        motif="rings",
        alt_text=T(
            "حلقات متحدة المركز تتسع من نقطة كهرمانية في الوسط",
            "Concentric rings spreading out from an amber point in the middle",
        ),
        caption=T("رقم واحد يصل الأقسام التقنية بعضها ببعض", "One number connecting the technical departments"),
    ),
    ImageSpec(
        key="globe",
        title="النطاق والعالم",
        motif="globe",
        alt_text=T(
            "كرة مرسومة بخطوط الطول والعرض تحيط بها نقاط متصلة",
            "A globe drawn with lines of latitude and longitude, ringed by connected points",
        ),
        caption=T("النطاق العراقي وروابطه بالعالم", "The Iraqi domain and its links to the world"),
    ),
    ImageSpec(
        key="steps",
        title="درجات التعلّم",
        motif="steps",
        alt_text=T(
            "أعمدة متصاعدة تتدرج ألوانها من الفيروزي إلى الكهرماني",
            "Rising columns shading from teal to amber",
        ),
        caption=T("التدريب خطوة بعد خطوة", "Training, one step at a time"),
    ),
)

DOCUMENTS = (
    DocumentSpec(
        key="recommendations",
        title="توصيات الملتقى الأول لتكنولوجيا المعلومات لمؤسسات الدولة",
        filename="multaqa-first-forum-recommendations.txt",
        description=T(
            "نص التوصيات الثماني بالعربية والإنكليزية",
            "The eight recommendations in Arabic and English",
        ),
        text=recommendations_text(),
    ),
)
