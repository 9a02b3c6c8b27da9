# The layout, the careers home, the job list and job pages.
#
# Messages whose id ends in -html may hold these tags only: <a href="…">, <strong>,
# <code>, <span>, <time datetime="…">. Everything else is plain text.
# Latin names written into the text (Panopto, Inc.) sit between the invisible marks
# U+2068 and U+2069 (first-strong isolate), so that their full stop stays with them.

language-name = العربية
# The CLDR locale whose dates and numbers this language uses.
language-formats = ar-AE

site-name = وظائف Panopto
site-careers = الوظائف
site-brand-html = <span>وظائف</span> Panopto
site-description = الوظائف الشاغرة لدى Panopto في الأمريكتين ومنطقة أوروبا والشرق الأوسط وأفريقيا ومنطقة آسيا والمحيط الهادئ.
skip-to-content = الانتقال إلى المحتوى
nav-main = القائمة الرئيسية
nav-jobs = الوظائف
nav-privacy = الخصوصية
nav-languages = اللغة
footer-companies = توظّف Panopto من خلال شركات ⁨Panopto, Inc.⁩ (الولايات المتحدة) و⁨Panopto EMEA, Ltd.⁩ و⁨Panopto APAC Ltd.⁩
footer-privacy = إشعار الخصوصية الخاص بالتوظيف
footer-cookies = ملفات تعريف الارتباط
footer-feed = موجز الوظائف (RSS)
feed-title = الوظائف الشاغرة
feed-channel-title = وظائف Panopto: الوظائف الشاغرة
feed-description = الوظائف الشاغرة لدى ⁨Panopto, Inc.⁩ و⁨Panopto EMEA, Ltd.⁩ و⁨Panopto APAC Ltd.⁩

home-title = اعمل معنا
home-heading = ساعِد العالم على التعلّم عبر الفيديو
home-lead = نطوّر منصة الفيديو التي تعتمد عليها الجامعات والشركات في التدريس والتدريب وتبادل المعرفة. ونوظّف في الولايات المتحدة ومنطقة أوروبا والشرق الأوسط وأفريقيا ومنطقة آسيا والمحيط الهادئ.
home-open-positions = الوظائف الشاغرة
home-your-data = بياناتك عند التقديم
home-your-data-html = لا نستخدم ما ترسله إلا للنظر في ترشيحك للوظائف. ويجب ألا يقل عمرك عن 18 عامًا للتقديم. يُرجى عدم تضمين معلومات حساسة مثل أرقام الهوية أو التفاصيل الصحية. اطّلع على <a href="{ $privacy_url }">إشعار الخصوصية الخاص بالتوظيف</a> لمعرفة المدة التي نحتفظ فيها بطلبات التوظيف، وكيف يمكنك الاطلاع على بياناتك أو تصحيحها أو حذفها.

jobs-title = الوظائف الشاغرة
jobs-title-matching = الوظائف المطابقة لعبارة «{ $query }»
jobs-title-page = (الصفحة { $page })
jobs-heading = الوظائف الشاغرة
search-label = البحث عن وظائف
search-keywords = الكلمات المفتاحية
search-placeholder = مثال: مهندس، مبيعات، Rust
search-company = الشركة
search-all-companies = جميع الشركات
search-location = الموقع
search-all-locations = جميع المواقع
search-department = القسم
search-all-departments = جميع الأقسام
search-submit = بحث
search-clear = مسح عوامل التصفية
jobs-count-filtered = { $count ->
    [zero] لا توجد وظائف شاغرة تطابق بحثك.
    [one] وظيفة شاغرة واحدة تطابق بحثك.
    [two] وظيفتان شاغرتان تطابقان بحثك.
    [few] { $count } وظائف شاغرة تطابق بحثك.
    [many] { $count } وظيفة شاغرة تطابق بحثك.
   *[other] { $count } وظيفة شاغرة تطابق بحثك.
}
jobs-count-all = { $count ->
    [zero] لا توجد وظائف شاغرة.
    [one] وظيفة شاغرة واحدة.
    [two] وظيفتان شاغرتان.
    [few] { $count } وظائف شاغرة.
    [many] { $count } وظيفة شاغرة.
   *[other] { $count } وظيفة شاغرة.
}
jobs-none-filtered = لا توجد وظائف شاغرة تطابق عوامل التصفية هذه.
jobs-none = لا توجد وظائف شاغرة حاليًا.
jobs-see-all = عرض جميع الوظائف الشاغرة
jobs-posted-html = نُشرت في <time datetime="{ $datetime }">{ $date }</time>
pages-label = الصفحات
page-previous = الصفحة السابقة
page-next = الصفحة التالية
page-of = الصفحة { $page } من { $pages }

job-location = الموقع:
job-department = القسم:
job-employment = نوع التوظيف:
job-company = الشركة المُوظِّفة:
job-description = { $title } لدى { $company }، { $location }.
job-all-jobs = جميع الوظائف
job-hiring-company = الشركة المُوظِّفة
job-pay = الأجر
job-posted = تاريخ النشر
job-apply-by = آخر موعد للتقديم
job-apply = قدِّم على هذه الوظيفة
job-data-note-html = يُرسَل طلبك إلى { $company } ويُخزَّن في الولايات المتحدة: راجع <a href="{ $privacy_url }">إشعار الخصوصية الخاص بالتوظيف</a>.
job-shown-in = وصف هذه الوظيفة متاح باللغة { $language } فقط.
employment-full_time = دوام كامل
employment-part_time = دوام جزئي
employment-contract = عقد
employment-temporary = مؤقت
employment-internship = تدريب
# Pay: «من 165,000 إلى 215,000 USD سنويًا». The amounts come formatted for the language.
salary-year = من { $min } إلى { $max } { $currency } سنويًا
salary-hour = من { $min } إلى { $max } { $currency } في الساعة
