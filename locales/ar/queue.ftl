# طابور الانتظار: جهاز الاستقبال عند المدخل، التذكرة من المنزل، الشباك، شاشة قاعة الانتظار.

queue-kiosk-title = جهاز الاستقبال
queue-kiosk-choose-family = المسوا الخدمة التي جئتم من أجلها
queue-kiosk-choose-motif = المسوا المعاملة التي تريدونها
queue-kiosk-back = رجوع
queue-kiosk-done = انتهى
queue-closed-title = الاستقبال مغلق
queue-priority-question = هل تحتاجون إلى الاستقبال بالأولوية؟
queue-priority-none = لا، أريد تذكرتي
queue-priority-disability = إعاقة
queue-priority-pregnancy = حمل
queue-priority-elderly = شخص مسنّ
queue-priority-young-child = مع طفل صغير
queue-priority = الأولوية
queue-wait-now = سيُنادى عليكم قريبًا جدًا
queue-wait-few = الانتظار: بضع دقائق
queue-wait-about = { $minutes ->
    [one] الانتظار: حوالي دقيقة واحدة
    [two] الانتظار: حوالي دقيقتين
    [few] الانتظار: حوالي { $minutes } دقائق
    [many] الانتظار: حوالي { $minutes } دقيقة
   *[other] الانتظار: حوالي { $minutes } دقيقة
}
queue-ticket-number = رقمكم
queue-ahead = { $count ->
    [zero] لا أحد أمامكم
    [one] شخص واحد أمامكم
    [two] شخصان أمامكم
    [few] { $count } أشخاص أمامكم
    [many] { $count } شخصًا أمامكم
   *[other] { $count } شخص أمامكم
}
queue-qr-label = رمز QR لمتابعة تذكرتكم على هاتفكم
queue-qr-hint = امسحوا الرمز لمتابعة دوركم على هاتفكم.
queue-print = طباعة تذكرتي

queue-home-intro = اختاروا مكان الاستقبال. عندما يكون مفتوحًا، يمكنكم أخذ تذكرة من المنزل ومتابعة دوركم على هاتفكم.
queue-phone-label = الهاتف المحمول (اختياري)
queue-phone-hint = سنرسل إليكم رسالة نصية عندما يقترب دوركم. مثال: ‎+33 6 12 34 56 78.
queue-take = أخذ تذكرة

queue-ticket-title = تذكرتي
queue-called-to = حان دوركم: تفضّلوا إلى { $desk }.
queue-come-now = دوركم يقترب: تفضّلوا إلى الاستقبال.
queue-ticket-done = انتهت زيارتكم. شكرًا على حضوركم.
queue-ticket-no-show = نودي عليكم عدة مرات دون رد. إذا لزم الأمر، خذوا تذكرة جديدة من الاستقبال.
queue-ticket-cancelled = لقد ألغيتم هذه التذكرة.
queue-issued-at = أُخذت التذكرة في { $time }
queue-sms-to = رسالة نصية عندما يقترب دوركم:
queue-refresh = تحديث
queue-cancel-ticket = لن أحضر: ترك مكاني لغيري

queue-screen-title = شاشة قاعة الانتظار
queue-screen-sound = تشغيل الصوت
queue-screen-sound-on = الصوت مُشغَّل
queue-screen-calls = النداءات
queue-screen-no-call = لا نداءات في الوقت الحالي
queue-screen-waits = مدة الانتظار المتوقعة
queue-speech = الرقم { $code }، تفضّلوا إلى { $desk }.

queue-desk = الشباك
queue-desk-choose = اختيار شباك
queue-desk-needed = اختاروا شباككم لمناداة الزوار.
queue-queue = الطابور
queue-common = الطابور المشترك
queue-current = الزائر عند الشباك
queue-callable = { $count ->
    [zero] لا أحد ينتظر في هذا الطابور.
    [one] زائر واحد ينتظر في هذا الطابور.
    [two] زائران ينتظران في هذا الطابور.
    [few] { $count } زوار ينتظرون في هذا الطابور.
    [many] { $count } زائرًا ينتظرون في هذا الطابور.
   *[other] { $count } زائر ينتظرون في هذا الطابور.
}
queue-call-next = مناداة التالي
queue-language = اللغة
queue-arrived = وقت الوصول
queue-appointment-of = موعد باسم
queue-transfer-note = ملاحظة التحويل
queue-status-called = { $count ->
    [zero] لم يُنادَ عليه بعد
    [one] نودي عليه الساعة { $time }
    [two] نودي عليه مرتين، آخرها الساعة { $time }
    [few] نودي عليه { $count } مرات، آخرها الساعة { $time }
    [many] نودي عليه { $count } مرة، آخرها الساعة { $time }
   *[other] نودي عليه { $count } مرة، آخرها الساعة { $time }
}
queue-status-in-service = عند الشباك
queue-start = بدء
queue-recall = إعادة المناداة
queue-no-show = غائب
queue-no-show-after = { $count ->
    [zero] يُقترح «غائب» دون نداء.
    [one] يُقترح «غائب» بعد نداء واحد.
    [two] يُقترح «غائب» بعد نداءين.
    [few] يُقترح «غائب» بعد { $count } نداءات.
    [many] يُقترح «غائب» بعد { $count } نداءً.
   *[other] يُقترح «غائب» بعد { $count } نداء.
}
queue-set-aside = وضع جانبًا
queue-resume = استئناف
queue-aside = الموضوعون جانبًا
queue-close = إنهاء الزيارة
queue-outcome = النتيجة
queue-outcome-handled = عولج عند الشباك
queue-outcome-follow-up = يحتاج إلى متابعة
queue-note = ملاحظة (اختياري)
queue-transfer = تحويل
queue-transfer-service = إلى الخدمة
queue-transfer-expert = لعناية
queue-transfer-anyone = أي موظف في الخدمة
queue-choose = اختيار…
queue-waiting-count = { $count ->
    [zero] لا أحد ينتظر
    [one] زائر واحد ينتظر
    [two] زائران ينتظران
    [few] { $count } زوار ينتظرون
    [many] { $count } زائرًا ينتظرون
   *[other] { $count } زائر ينتظرون
}
queue-nobody = لا أحد ينتظر.
queue-ticket = التذكرة
queue-waited = الانتظار
queue-minutes = { $count } دقيقة
queue-appointment-at = موعد الساعة { $time }
queue-for-agent = الموظف: { $name }
queue-desk-issue = إصدار تذكرة
queue-desk-issued = صدرت التذكرة { $code }.

queue-admin-title = إعدادات قائمة الانتظار
queue-admin-intro = تُحتسب الأولوية كوصول مبكر ببضع دقائق: التذكرة العادية التي انتظرت أكثر من أكبر أسبقية لا يتجاوزها أحد أبدًا.
queue-admin-from-home = يمكن للسكان أخذ تذكرة من المنزل
queue-admin-head-start = أسبقية كل أولوية بالدقائق (من 0 إلى { $max })
queue-admin-max-calls = عدد النداءات قبل إمكانية تسجيل الزائر غائبًا (من 1 إلى 9)
admin-error-queue-weight = يجب أن تكون كل أسبقية عددًا صحيحًا من الدقائق، من 0 إلى 60.
admin-error-queue-calls = يجب أن يكون عدد النداءات عددًا صحيحًا، من 1 إلى 9.

queue-error-closed = مكان الاستقبال مغلق الآن: لا يمكن أخذ أي تذكرة.
queue-error-too-many-tickets = أُخذت تذاكر كثيرة جدًا من اتصالك. أعد المحاولة بعد ربع ساعة، أو خذ تذكرة من الجهاز عند المدخل.
contact-error-phone-has-tickets = لهذا الرقم تذاكر في الانتظار بالفعل. تابعها بالرابط الذي وصلك، أو تخلَّ عن إحداها قبل أخذ تذكرة أخرى.
queue-error-no-home-tickets = هذا المكان لا يتيح أخذ تذكرة من المنزل. تعالوا إليه مباشرة أو احجزوا موعدًا.
queue-error-motif = اختاروا معاملة من القائمة.
queue-error-busy = لديكم زائر بالفعل: أنهوا هذه الزيارة أو حوّلوها أولًا.
queue-error-stale = تغيّرت هذه التذكرة في هذه الأثناء: الصفحة محدَّثة الآن.
queue-error-too-few-calls = نادوا على الزائر مرة أخرى قبل تسجيله غائبًا.
queue-error-empty = لا أحد ينتظر في هذا الطابور.
queue-error-service = اختاروا الخدمة التي تريدون التحويل إليها.
queue-error-outcome = اختاروا نتيجة الزيارة.
queue-error-note-too-long = الملاحظة طويلة جدًا: 500 حرف على الأكثر.
queue-error-not-expert = هذا الموظف لا يعالج طلبات هذه الخدمة.
queue-procedure-sheet = بطاقة الإجراء
queue-survey-receipt = بعد زيارتكم، أبدوا رأيكم بهذا الرمز نفسه.
queue-survey-link = إبداء رأيي
queue-survey-question = هل جرت زيارتكم بشكل جيد؟
queue-survey-unhappy = غير راضٍ
queue-survey-neutral = متوسط
queue-survey-happy = راضٍ
queue-survey-thanks = شكرًا على رأيكم!
queue-error-survey = تعذّر تسجيل رأيكم. يرجى المحاولة مرة أخرى.
