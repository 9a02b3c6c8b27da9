# Applying: the form, its messages, the sensitive-data review, the confirmation and the
# applicant's status page.

apply-title = التقديم: { $title }
apply-back = العودة إلى الوظيفة
apply-sensitive-title = يُرجى عدم إرسال معلومات حساسة
apply-sensitive-intro = لا تُضمِّن النموذج أو سيرتك الذاتية أيًّا مما يلي:
apply-sensitive-ids = أرقام الهوية الحكومية، مثل رقم الضمان الاجتماعي الأمريكي أو رقم التأمين الوطني البريطاني؛
apply-sensitive-beliefs = الأصل العرقي أو الإثني، أو الآراء السياسية، أو الدين أو المعتقدات الأخرى؛
apply-sensitive-health = المعلومات الصحية أو البيومترية أو الجينية؛
apply-sensitive-other = السوابق الجنائية، أو العضوية في النقابات العمالية.
apply-sensitive-check = نفحص ما ترسله بحثًا عن مثل هذه المعلومات، وسنطلب منك مراجعته قبل تقديم طلبك.
form-errors-title = يُرجى تصحيح ما يلي
apply-trap = اترك هذا الحقل فارغًا
field-full-name = الاسم الكامل
field-email = البريد الإلكتروني
field-email-hint = نرسل إلى هذا العنوان تأكيد التقديم ورابطًا لمتابعة طلبك.
field-phone = الهاتف
field-optional = (اختياري)
field-country = بلد الإقامة
field-choose-country = اختر بلدًا
field-dob = تاريخ الميلاد
field-dob-hint = يُستخدم فقط للتحقق من أن عمرك لا يقل عن 18 عامًا، ثم نتخلّص منه: فلا يُخزَّن أبدًا ولا يُعرض على أي أحد. ولهذا السبب أيضًا يلزمك إدخاله مرة أخرى إذا أُعيد إليك النموذج.
field-resume = السيرة الذاتية
field-resume-hint = ملف PDF أو Word (.docx) أو نص عادي، بحد أقصى { $mib } ميغابايت.
field-resume-again = يُرجى إرفاقها مرة أخرى.
field-cover-letter = خطاب التقديم
field-profile = رابط الملف الشخصي أو معرض الأعمال
consents = الموافقات
consent-privacy-html = لقد قرأت <a href="{ $privacy_url }">إشعار الخصوصية الخاص بالتوظيف</a>.
consent-transfer = أوافق على نقل طلبي المُرسَل إلى { $company } إلى الولايات المتحدة ومعالجته فيها.
consent-transfer-hint = مطلوب إذا كنت تقيم خارج الولايات المتحدة.
consent-talent-pool = أرغب في الاحتفاظ بطلبي للنظر في ترشيحي لوظائف أخرى في أي شركة من شركات Panopto.
consent-talent-pool-hint = اختياري. نحتفظ به لمدة { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }، ونذكّرك قبل انتهاء هذه المدة.
apply-send = إرسال الطلب

# Field messages (domain/application.rs and friends).
name-required = يُرجى إدخال اسمك الكامل.
name-too-long = يجب ألا يتجاوز اسمك 200 حرف.
name-control = يحتوي اسمك على أحرف غير مسموح بها (مثل فواصل الأسطر).
email-required = يُرجى إدخال عنوان بريدك الإلكتروني.
email-too-long = يجب ألا يتجاوز عنوان بريدك الإلكتروني 254 حرفًا.
email-invalid = يُرجى إدخال عنوان بريد إلكتروني صالح، مثل name@example.com.
phone-too-long = يجب ألا يتجاوز رقم الهاتف 32 حرفًا.
phone-invalid = لا يجوز أن يحتوي رقم الهاتف إلا على أرقام ومسافات والرموز + - ( ).
cover-letter-too-long = يجب ألا يتجاوز خطاب التقديم 10,000 حرف.
cover-letter-control = يحتوي خطاب التقديم على أحرف غير مسموح بها.
url-invalid = يُرجى إدخال عنوان ويب كامل يبدأ بـ https:// (أو ترك الحقل فارغًا).
dob-required = يُرجى إدخال تاريخ ميلادك.
dob-format = يُرجى إدخال تاريخ ميلادك بالصيغة YYYY-MM-DD، مثل 1990-04-23.
dob-check = يُرجى التحقق من تاريخ ميلادك.
country-required = يُرجى اختيار بلد إقامتك.
consent-privacy-required = يُرجى تأكيد أنك قرأت إشعار الخصوصية.
consent-transfer-required = يجب على المتقدمين المقيمين خارج الولايات المتحدة الموافقة على نقل طلباتهم.
resume-required = يُرجى إرفاق سيرتك الذاتية.
form-too-fast = أُرسل النموذج أسرع مما يستطيع أي شخص تعبئته. يُرجى مراجعة إجاباتك وإرساله مرة أخرى.
resume-encrypted = سيرتك الذاتية محمية بكلمة مرور. يُرجى رفع نسخة بدون كلمة مرور.
resume-too-complex = سيرتك الذاتية معقدة بحيث يتعذّر علينا قراءتها. يُرجى رفع نسخة أبسط، مثل ملف PDF محفوظ من برنامج لمعالجة النصوص.
resume-unreadable = تعذّرت قراءة سيرتك الذاتية. قد يكون الملف تالفًا: يُرجى تصديره مرة أخرى ورفع الملف الجديد.
resume-macros = تحتوي سيرتك الذاتية على وحدات ماكرو. يُرجى حفظها كمستند Word عادي (.docx وليس .docm) أو كملف PDF، ثم رفع ذلك الملف.
resume-objects = تحتوي سيرتك الذاتية على كائنات أو عناصر تحكم مضمَّنة. يُرجى حفظها كمستند عادي خالٍ منها، أو كملف PDF، ثم رفع ذلك الملف.
resume-scripts = تحتوي سيرتك الذاتية على برامج نصية أو مرفقات أو محتوى تفاعلي. يُرجى رفع مستند عادي، مثل ملف PDF مطبوع أو مُصدَّر من برنامج لمعالجة النصوص.

# Refusals shown as pages.
underage-title = يجب ألا يقل عمر المتقدمين عن 18 عامًا
underage-text = لا يمكننا النظر إلا في طلبات الأشخاص الذين تبلغ أعمارهم 18 عامًا فأكثر. ولم نحتفظ بأي شيء مما أرسلته.
unsupported-type-text = لا نقبل السير الذاتية إلا بصيغة PDF أو Word (.docx) أو كملفات نصية عادية. والملف الذي اخترته ليس من أيٍّ من هذه الأنواع، أيًّا كان اسمه. ولم نحتفظ بأي شيء مما أرسلته.
duplicate-title = لقد تقدّمت بالفعل لهذه الوظيفة
duplicate-text = طلبك لهذه الوظيفة موجود لدينا بالفعل، لذا لم يتغير أي شيء. وتتضمن رسالة البريد الإلكتروني التي أرسلناها إليك رابطًا لمتابعته.
infected-title = لم تجتز سيرتك الذاتية فحص الفيروسات
infected-text = عثر برنامج فحص الفيروسات لدينا على محتوى ضار في الملف الذي اخترته، لذا حذفناه ولم نحتفظ بأي شيء مما أرسلته. يُرجى فحص جهاز الكمبيوتر الخاص بك، وحفظ نسخة سليمة من سيرتك الذاتية، ثم التقديم مرة أخرى.
scanner-down-title = لا يمكننا فحص الملفات حاليًا
scanner-down-text = نفحص كل سيرة ذاتية بحثًا عن الفيروسات قبل قبولها، وبرنامج الفحص لدينا لا يستجيب في الوقت الحالي. ولم نحتفظ بأي شيء مما أرسلته. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
rate-limited-text = تلقّينا عدة طلبات توظيف من شبكتك خلال الساعة الماضية. يُرجى المحاولة مرة أخرى لاحقًا.
form-expired-text = انتهت صلاحية النموذج أو لم يُرسَل من هذا الموقع. يُرجى العودة وإعادة تحميل الصفحة والمحاولة مرة أخرى.
honeypot-text = تعذّر قبول طلبك. يُرجى إعادة تحميل الصفحة وتعبئة الحقول الظاهرة فقط.
form-unchecked-text = تعذّر التحقق من النموذج. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى.
review-expired = انتهت صلاحية هذه المراجعة أو سبق استخدامها، وقد حُذف ما أرسلته. يُرجى التقديم مرة أخرى.

# The sensitive-data review.
review-title = يُرجى مراجعة طلبك
review-intro-html = طلبك لوظيفة <strong>{ $title }</strong> <strong>لم يُرسَل بعد</strong>. فقد عثرنا على معلومات تبدو حساسة. ولا نحتاج إليها للنظر في طلبك، ونطلب منك عدم إرسالها.
review-found = ما عثرنا عليه
review-where = الموضع
review-what = ما يبدو أنه
review-text = النص (مع إخفاء الأرقام)
review-expires = تنتهي صلاحية هذه المراجعة خلال ساعة واحدة؛ وبعدها يُحذف ما أرسلته.
review-edit = العودة والتعديل
review-edit-hint = نحتفظ بإجاباتك؛ وسيلزمك إدخال تاريخ ميلادك وإرفاق سيرتك الذاتية مرة أخرى.
review-submit = الإرسال على أي حال
review-submit-hint = سيرى المراجعون أنه عُثر على معلومات حساسة، مع إخفاء أرقام الهوية.
source-cover_letter = خطاب التقديم
source-resume = السيرة الذاتية
category-government_id = رقم هوية حكومية
category-payment_card = رقم بطاقة دفع
category-racial_or_ethnic_origin = الأصل العرقي أو الإثني
category-political_opinions = الآراء السياسية
category-religion_or_beliefs = الدين أو المعتقدات
category-health = الصحة
category-biometric = البيانات البيومترية
category-genetic = البيانات الجينية
category-criminal_background = السوابق الجنائية
category-trade_union = العضوية في النقابات العمالية

# After sending.
sent-title = تم إرسال الطلب
sent-heading = شكرًا لك: تم إرسال طلبك
sent-reference-html = الرقم المرجعي لطلبك هو <strong class="reference">{ $reference }</strong>.
sent-text = أرسلنا إليك رسالة بريد إلكتروني تتضمن رابطًا شخصيًا يمكنك من خلاله متابعة طلبك وسحبه إذا غيّرت رأيك. وإذا لم تصلك خلال بضع دقائق، فتحقّق من مجلد الرسائل غير المرغوب فيها.
sent-more-jobs = عرض وظائف شاغرة أخرى
status-title = طلبك
status-job = الوظيفة
status-reference = الرقم المرجعي
status-sent = تاريخ الإرسال
status-status = الحالة
status-withdraw-text = إذا لم تعد ترغب في النظر في ترشيحك لهذه الوظيفة، يمكنك سحب طلبك. ولا يمكن التراجع عن ذلك؛ وتُحذف بياناتك بعد 30 يومًا من السحب.
status-withdraw = سحب طلبي
status-rights-html = للاطلاع على جميع البيانات التي نحتفظ بها عنك أو تصحيحها أو حذفها، راجع <a href="{ $rights_url }">إشعار الخصوصية</a>.
status-withdrawn = تم سحب طلبك.
status-not-withdrawable = لم يعد من الممكن سحب هذا الطلب.
stage-submitted = تم الاستلام: بانتظار المراجعة
stage-screening = قيد المراجعة
stage-interview = قيد المراجعة
stage-offer = تم تقديم عرض
stage-hired = تم التوظيف
stage-rejected = لم يقع عليك الاختيار
stage-withdrawn = سحبتَ طلبك
