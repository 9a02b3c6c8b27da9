# The applicant's interview pages: choosing a time from the link in the mail.

pick-title = اختر موعد مقابلتك
pick-intro-html = { $step } لوظيفة <strong>{ $title }</strong>، ومدتها { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
pick-zone = عرض الأوقات بتوقيت
pick-show = عرض
pick-times-in = الأوقات بتوقيت { $zone }
pick-book = حجز هذا الموعد
pick-none-free = لم يعد أيٌّ من الأوقات المعروضة متاحًا. يُرجى الرد على رسالة البريد الإلكتروني التي أُرسل إليك فيها هذا الرابط، وسنتفق معك على موعد آخر.
pick-footer-html = بمجرد الحجز، ستتلقى أنت والمقابِلون دعوة تقويم عبر البريد الإلكتروني. وتُعالَج بياناتك على النحو الموضّح في <a href="{ $privacy_url }">إشعار الخصوصية الخاص بالتوظيف</a>.
pick-choose = يُرجى اختيار أحد الأوقات.
pick-taken = عذرًا، حُجز هذا الموعد قبل لحظات. يُرجى اختيار موعد آخر.
pick-settled = تم ترتيب موعد هذه المقابلة للتو، ربما من نافذة أخرى: دعوتك في طريقها إليك عبر البريد الإلكتروني.
pick-gone = انتهت صلاحية هذا الرابط أو سبق ترتيب موعد المقابلة. وإذا لم تتلقَّ دعوة، يُرجى الرد على رسالة البريد الإلكتروني التي أُرسل إليك فيها الرابط.
booked-title = تم حجز موعد مقابلتك
booked-text-html = { $step } لوظيفة <strong>{ $title }</strong>: { $when }، ومدتها { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
booked-invitation = دعوة التقويم في طريقها إلى بريدك الإلكتروني. وإذا لم يعد الموعد مناسبًا لك، فردّ على تلك الرسالة.
