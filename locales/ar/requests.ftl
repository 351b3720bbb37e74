# الطلبات: سجل الاتصالات، الطلبات وآجالها، الاستمارة العامة
# /demande وصفحة المتابعة /suivi.

## الموظفون: القائمة
requests-title = الطلبات
requests-list = الطلبات المطلوب معالجتها
requests-none = لا يوجد طلب يطابق هذه المرشحات.
requests-total = { $count ->
    [zero] لا طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
requests-count-late = { $count ->
    [0] لا يوجد طلب متأخر
    [one] طلب واحد متأخر
    [two] طلبان متأخران
    [few] { $count } طلبات متأخرة
    [many] { $count } طلبًا متأخرًا
   *[other] { $count } طلب متأخر
}
requests-count-due-soon = { $count ->
    [0] لا يوجد طلب يقترب أجله
    [one] طلب واحد يحلّ أجله خلال يومي عمل
    [two] طلبان يحلّ أجلهما خلال يومي عمل
    [few] { $count } طلبات يحلّ أجلها خلال يومي عمل
    [many] { $count } طلبًا يحلّ أجلها خلال يومي عمل
   *[other] { $count } طلب يحلّ أجلها خلال يومي عمل
}
requests-reference = الرقم المرجعي
requests-subject = الموضوع
requests-channel = القناة
requests-service = الخدمة
requests-site = المكان
requests-status = الحالة
requests-due = الأجل
requests-kind = نوع الطلب
requests-owner = الموظف المسؤول
requests-received = تاريخ الاستلام
requests-name = الاسم واللقب
requests-phone = الهاتف
requests-email = عنوان البريد الإلكتروني
requests-language = اللغة
requests-message = الرسالة
requests-note = ملاحظة (اختياري)
requests-all = الكل
requests-open = المفتوحة (المستلمة، قيد المعالجة، قيد الانتظار)
requests-no-service = بلا خدمة محددة
requests-filter = تصفية
requests-pages = صفحات القائمة
requests-page = الصفحة { $page } من { $pages }
requests-previous = الصفحة السابقة
requests-next = الصفحة التالية
requests-mine-title = طلباتكم التي تحتاج إلى متابعة
requests-mine = طلباتي فقط
requests-standing-on-time = ضمن الأجل
requests-standing-due-soon = الأجل قريب
requests-standing-late = متأخر
requests-standing-stopped = الأجل موقوف

## الموظفون: سجل الاتصالات
requests-log-title = تسجيل اتصال
requests-log-hint = مكالمة أو زيارة سُوّي أمرها في الحال: اختاروا القناة والخدمة، ثم «تمت الإجابة في الحال». إذا لزمت متابعة، افتحوا طلبًا.
requests-log-answered = تمت الإجابة في الحال
requests-log-follow-up = تلزم متابعة: فتح طلب
requests-log-follow-up-hint = الموضوع، ورقم هاتف أو عنوان بريد إلكتروني على الأقل للرد.
requests-log-open = فتح الطلب
requests-contact-logged = تم تسجيل الاتصال.

## الموظفون: طلب واحد
requests-one-title = الطلب
requests-back = العودة إلى الطلبات
requests-saved = تم الحفظ.
requests-opened = تم فتح الطلب: أعطوا صاحب الطلب الرقم المرجعي ورمز المتابعة.
requests-check-code = رمز المتابعة
requests-resident-view = عرض ما يراه صاحب الطلب
requests-history = السجل
requests-actions = الإجراءات
requests-text-reply = الرد على صاحب الطلب (يظهر في صفحة المتابعة)
requests-text-ask = ما يُطلب من صاحب الطلب (يظهر في صفحة المتابعة)
requests-text-note = ملاحظة داخلية (لا تظهر أبدًا لصاحب الطلب)
requests-text-comment = تعليق (اختياري)
requests-action-note = إضافة ملاحظة داخلية
requests-action-take = تولّي الطلب
requests-action-ask-resident = طلب وثيقة أو توضيح من صاحب الطلب
requests-action-resident-answered = ردّ صاحب الطلب
requests-action-reply = إرسال الرد
requests-action-close = إغلاق الطلب
requests-action-reopen = إعادة فتح الطلب
requests-action-transfer = إحالة إلى خدمة أخرى
requests-action-change-kind = تغيير النوع (يُعاد حساب الأجل)
requests-event-created = تم استلام الطلب
requests-event-assigned = تم تولّي الطلب
requests-event-status = تغيير الحالة
requests-event-reply = تم إرسال الرد
requests-event-note = ملاحظة داخلية
requests-event-transfer = أُحيل إلى خدمة أخرى
requests-event-kind = تم تغيير النوع

## حالات الرفض
requests-error-subject = اكتبوا موضوع الطلب.
requests-error-text = اكتبوا النص: إنه ضروري لهذا الإجراء.
requests-error-too-long = النص طويل جدًا.
requests-error-channel = اختاروا قناة الاتصال.
requests-error-outcome = حدّدوا هل سُوّي أمر الاتصال أم تلزم متابعة.
requests-error-service = اختاروا خدمة موجودة.
requests-error-same-service = الطلب موجود بالفعل في هذه الخدمة.
requests-error-kind = اختاروا نوع الطلب.
requests-error-same-kind = الطلب من هذا النوع بالفعل.
requests-error-action = هذا الإجراء غير موجود.
requests-error-not-now = حالة الطلب لم تعد تسمح بهذا الإجراء: تم تحديث الصفحة.
requests-error-no-calendar = لا يوجد مكان له مواعيد عمل: لا يمكن حساب أجل الرد.

## السكان: الاستمارة /demande
request-form-title = الكتابة إلى البلدية
request-form-intro = اطرحوا سؤالكم أو قدّموا طلبكم. تحصلون فورًا على رقم مرجعي ورمز لمتابعة الرد، دون إنشاء حساب.
request-form-service = الخدمة المعنية
request-form-service-unknown = لا أعرف
request-form-message-hint = يمكنكم الكتابة بلغتكم.
request-form-you = لكي نرد عليكم
request-form-you-hint = اسمكم، وعنوان بريد إلكتروني أو رقم هاتف على الأقل.
request-form-privacy = تُستعمل هذه المعلومات فقط لمعالجة طلبكم.
request-form-send = إرسال طلبي

## السكان: المتابعة /suivi
follow-title = متابعة طلب
follow-intro = اكتبوا الرقم المرجعي ورمز المتابعة اللذين أُعطيا لكم عند تسجيل طلبكم (في إشعار الاستلام أو في رسائلنا).
follow-reference = الرقم المرجعي
follow-reference-hint = مثلًا D-2026-00042
follow-code = رمز المتابعة
follow-look = عرض طلبي
follow-write = تقديم طلب جديد
follow-no-match = لا يوجد طلب يطابق هذا الرقم المرجعي وهذا الرمز. تحقّقوا منهما وأعيدوا المحاولة.
follow-blocked = { $minutes ->
    [one] محاولات كثيرة برمز خاطئ لهذا الرقم المرجعي. أعيدوا المحاولة بعد دقيقة واحدة، أو اتصلوا بنا.
    [two] محاولات كثيرة برمز خاطئ لهذا الرقم المرجعي. أعيدوا المحاولة بعد دقيقتين، أو اتصلوا بنا.
    [few] محاولات كثيرة برمز خاطئ لهذا الرقم المرجعي. أعيدوا المحاولة بعد { $minutes } دقائق، أو اتصلوا بنا.
    [many] محاولات كثيرة برمز خاطئ لهذا الرقم المرجعي. أعيدوا المحاولة بعد { $minutes } دقيقة، أو اتصلوا بنا.
   *[other] محاولات كثيرة برمز خاطئ لهذا الرقم المرجعي. أعيدوا المحاولة بعد { $minutes } دقيقة، أو اتصلوا بنا.
}
follow-registered = تم تسجيل طلبكم.
follow-keep = احتفظوا بالرقم المرجعي والرمز: بهما تتابعون طلبكم في هذه الصفحة.
follow-received = تاريخ الاستلام
follow-due = الرد متوقع في موعد أقصاه
follow-service = الخدمة المسؤولة
follow-asked = ما نطلبه منكم
follow-reply = ردّنا
follow-words-received = وصلنا طلبكم. سيتولاه أحد الموظفين.
follow-words-in-progress = أحد الموظفين يعالج طلبكم.
follow-words-waiting = ننتظر منكم وثيقة أو توضيحًا. يُستأنف احتساب أجل الرد عندما تردّون علينا.
follow-words-answered = لقد رددنا على طلبكم.
follow-words-closed = طلبكم مغلق.

## الموظفون: السكان
residents-intro = اكتبوا اسمًا أو رقم هاتف أو عنوان بريد إلكتروني: يظهر كل شخص يُعثر عليه مع مواعيده وطلباته. يُسجَّل كل بحث.
residents-search = الاسم أو الهاتف أو البريد الإلكتروني
residents-search-hint = حرفان على الأقل، أو رقم كامل.
residents-look = بحث
residents-too-short = اكتبوا حرفين على الأقل من الاسم، أو رقم هاتف كاملًا، أو عنوان بريد إلكتروني.
residents-none = لا يوجد أحد يطابق هذا البحث.
residents-needs = الاحتياجات المُبلَّغ عنها
residents-appointments = المواعيد
residents-requests = الطلبات
residents-merge-with = الشخص نفسه مثل
residents-merge-hint = عندما يدلّ ملفان على الشخص نفسه (رسالة بريدية موقّعة باسم، بريد إلكتروني من عنوان آخر)، ادمجوهما: تظهر مواعيده وطلباته معًا. يمكن التراجع عن ذلك.
residents-merge = دمج
residents-merged = تمّ دمج الملفين.
residents-separated = أصبح الملفان منفصلين من جديد.
residents-merge-refused = لا يمكن دمج هذين الملفين: اختاروا شخصًا آخر من القائمة.
residents-links = الملفات المدمجة
residents-merged-by = { $first } و{ $second }: دمجهما { $agent } في { $date }.
residents-separate = فصل
residents-campaigns = حملات الاتصال الاستباقي بالسكان
residents-calls = مكالمات البلدية
residents-call-reached = تمّ التحدث إليه
residents-call-no-answer = لا ردّ
residents-call-unreachable = تعذّر الوصول إليه بعد 3 مكالمات
residents-call-wrong-number = رقم خاطئ
residents-call-declined = لا يرغب في أن يُتّصل به

## إشعار الاستلام (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = إشعار الاستلام
ack-title-document = تسجيل طلبكم
ack-received = استلمنا بتاريخ { $date } طلبكم «{ $subject }»، وقد سُجِّل تحت الرقم المرجعي { $reference }.
ack-commitment = نلتزم بالرد عليكم في موعد أقصاه { $date }.
ack-implicit-rejection = إذا لم تتلقّوا أي رد بحلول { $date }، يُعتبر طلبكم مرفوضًا: سكوت الإدارة مدة شهرين يعني قرارًا ضمنيًا بالرفض (المادة L231-4 من قانون العلاقات بين الجمهور والإدارة (code des relations entre le public et l'administration)).
ack-appeal = يمكنكم الطعن في هذا القرار خلال الشهرين التاليين لتاريخ { $date }: إما بتظلّم تقدّمونه إلى رئيس البلدية تطلبون فيه إعادة النظر في القرار، وإما بدعوى أمام المحكمة الإدارية المختصة (المادة R421-2 من قانون القضاء الإداري (code de justice administrative))، ويمكن ذلك أيضًا عبر الإنترنت على www.telerecours.fr.
ack-document = طلبكم يتعلق بتسليم وثيقة: عندما لا يكون علينا إلا التحقق من استيفاء الشروط، لا يستلزم هذا الطلب إشعار استلام بالمعنى الوارد في المادة L112-3 من قانون العلاقات بين الجمهور والإدارة (code des relations entre le public et l'administration) (المادة R112-4). نسلّمكم الوثيقة فور جاهزيتها.
ack-service = الخدمة المسؤولة عن طلبكم: { $service }، { $address }.
ack-service-phone = الهاتف: { $phone }.
ack-service-email = البريد الإلكتروني: { $email }.
ack-follow = تابعوا طلبكم على { $url } (الرقم المرجعي { $reference }، رمز المتابعة { $code }).
ack-sources = النصوص القانونية: المواد L112-3 و R112-4 و R112-5 و L231-4 من قانون العلاقات بين الجمهور والإدارة (code des relations entre le public et l'administration)؛ المادة R421-2 من قانون القضاء الإداري (code de justice administrative).
ack-translation-note = ترجمة للعلم فقط: النص الفرنسي وحده هو المعتمد قانونيًا.
ack-email-subject = إشعار استلام طلبكم { $reference }
ack-print = طباعة
ack-in-french = النص بالفرنسية
ack-open = إشعار الاستلام للطباعة
requests-postal-address = العنوان البريدي (اختياري)
requests-postal-address-hint = لرسالة في ظرف ذي نافذة: اكتبوا كل سطر من العنوان في سطر مستقل.
requests-error-address = العنوان البريدي طويل جدًا (ستة أسطر على الأكثر).
follow-answer = ردّكم
follow-answer-hint = ما طلبناه منكم: اكتبوه هنا، بلغتكم إن شئتم.
follow-answer-send = إرسال ردّي
follow-answer-sent = تم إرسال ردّكم: تُستأنف مهلة الرد.
requests-event-resident = ردّ صاحب الطلب

## الردود والأسئلة الموجهة إلى صاحب الطلب: بالبريد الإلكتروني أو الرسائل القصيرة أو البريد
requests-means = كيف يتلقاها صاحب الطلب
requests-means-follow-page = في صفحة المتابعة فقط
requests-means-email = بالبريد الإلكتروني
requests-means-sms = برسالة قصيرة (رابط إلى صفحة المتابعة)
requests-means-letter = برسالة بريدية مطبوعة
requests-error-means = اختاروا كيف يتلقى صاحب الطلب هذه الرسالة.
requests-error-means-email = ليس لهذا الطلب عنوان بريد إلكتروني: اختاروا وسيلة أخرى.
requests-error-means-sms = ليس لهذا الطلب رقم هاتف محمول: اختاروا وسيلة أخرى.
requests-error-means-letter = ليس لهذا الطلب عنوان بريدي: اختاروا وسيلة أخرى.
requests-print-letter = رسالة بريدية للطباعة
reply-email-subject = الرد على طلبكم «{ $subject }»
question-email-subject = نحتاج إلى توضيح بشأن طلبكم «{ $subject }»
reply-opening = إليكم الرد على طلبكم «{ $subject }» (الرقم المرجعي { $reference }).
question-opening = لمعالجة طلبكم «{ $subject }» (الرقم المرجعي { $reference })، نحتاج إلى توضيح أو وثيقة:
question-how-to-answer = أجل ردّنا موقوف إلى أن يصلنا ردّكم.
question-email-reply = يمكنكم الرد مباشرة على هذه الرسالة الإلكترونية، مع الإبقاء على الرقم المرجعي في الموضوع، وإرفاق الوثائق المطلوبة بها.
reply-follow = تابعوا طلبكم على { $url } (الرقم المرجعي { $reference }، رمز المتابعة { $code }).
reply-sms = البلدية: وصل الرد على طلبكم { $reference }. اقرؤوه على { $url }
question-sms = البلدية: طلبكم { $reference } ينتظر توضيحًا منكم. انظروا { $url }
reply-letter-title = الرد على طلبكم
question-letter-title = طلب توضيح

## المرفقات والبريد الوارد
requests-event-file = أُضيفت وثيقة
requests-files = الوثائق
requests-files-none = لا توجد وثائق.
requests-file-size = { $kilobytes } كيلوبايت
requests-file-add = إضافة وثيقة ممسوحة ضوئيًا
requests-file-send = إضافة الوثيقة
requests-file-added = أُضيفت الوثيقة إلى الطلب.
requests-error-scan-missing = اختاروا الملف الممسوح ضوئيًا للرسالة البريدية.
requests-error-scan-too-large = حجم الملف يتجاوز 10 ميغابايت: امسحوه ضوئيًا بالأبيض والأسود أو بدقة 200 نقطة في البوصة، أو قسّموه على عدة ملفات.
requests-error-scan-type = هذا الملف ليس ملف PDF ولا صورة JPEG أو PNG.
requests-error-received-date = يجب أن يكون تاريخ الاستلام خلال السنة الماضية، وألّا يكون في المستقبل.
requests-error-letter-address = أدخلوا العنوان البريدي للمرسِل، أو رقم هاتف أو عنوان بريد إلكتروني.
letter-title = تسجيل رسالة بريدية
letter-hint = تصبح الرسالة البريدية الواردة طلبًا: يبدأ احتساب أجلها من تاريخ الاستلام، ويكون إشعار الاستلام جاهزًا للطباعة.
letter-received = تاريخ الاستلام
letter-sender = المرسِل (الاسم واللقب)
letter-address-hint = عنوان المرسِل، كل سطر من العنوان في سطر مستقل: يُرسَل إليه إشعار الاستلام في ظرف ذي نافذة.
letter-summary = ملخص الرسالة البريدية (اختياري)
letter-scan = الرسالة البريدية الممسوحة ضوئيًا
letter-scan-hint = PDF أو JPEG أو PNG، { $megabytes } ميغابايت على الأكثر.
letter-register = تسجيل الرسالة البريدية

## الطلبات المكررة
requests-action-merge = دمج مع طلب آخر لصاحب الطلب نفسه
requests-event-merged = تم دمج الطلبين
requests-merge-target = الرقم المرجعي للطلب الذي يُحتفَظ به
requests-merge-hint = مثلًا D-2026-00042: يُغلَق هذا الطلب، وتنتقل وثائقه ورسالته إلى الطلب الآخر، وتعرض صفحة متابعته الطلب الآخر.
requests-error-merge-target = لا يوجد طلب يحمل هذا الرقم المرجعي.
requests-error-merge-same = لا يمكن دمج طلب مع نفسه.
requests-error-merge-closed = يجب أن يكون الطلب الذي يُحتفَظ به مفتوحًا، وألّا يكون هو نفسه مدمجًا في طلب آخر.
requests-error-merge-other-resident = ليس للطلبين البريد الإلكتروني نفسه ولا الهاتف نفسه: لا تُدمَج إلا طلبات صاحب الطلب نفسه.
follow-merged = تم دمج طلبكم { $from } مع طلبكم { $reference }: إليكم ما وصل إليه.

## نماذج الردود
reply-templates-title = نماذج الردود
reply-templates-hint = نموذج لكل نوع من الطلبات (أو لجميع الأنواع) ولكل لغة: في صفحة الطلب، يملأ الرد أو السؤال، ثم يكيّفه الموظف قبل إرساله.
reply-templates-new = نموذج جديد
reply-templates-list = نماذج البلدية
reply-templates-none = لا توجد نماذج حتى الآن.
reply-templates-name = عنوان النموذج
reply-templates-text = النص
reply-templates-kind-any = جميع الأنواع
reply-templates-save = حفظ النموذج
reply-templates-delete = حذف النموذج
reply-templates-saved = تم حفظ النماذج.
reply-templates-use = البدء من نموذج
reply-templates-fill = الملء بهذا النموذج
requests-error-template-title = أعطوا النموذج عنوانًا لا يتجاوز 200 حرف.
requests-error-template-language = اختاروا لغة النموذج.
requests-procedure-sheets = بطاقات الإجراءات من هذا النوع
residents-rights = الحقوق على البيانات (اللائحة العامة لحماية البيانات)
residents-export = تنزيل جميع بياناته (ملف JSON)
residents-erase-confirm = طلب الشخص محو بياناته. ستُلغى مواعيده القادمة، وتتوقف قوائم انتظاره، ولن تبقى في طلباته أي وسيلة اتصال للرد عليه. لا يمكن التراجع عن ذلك.
residents-erase = محو بياناته
residents-erase-unconfirmed = ضعوا علامة في خانة التأكيد لمحو بيانات هذا الشخص.
residents-erase-nobody = لم يعد هذا البحث يجد هذا الشخص: لم يُمحَ ولم يُصدَّر شيء.
residents-erased = { $count ->
    [one] مُحيت البيانات: جُعل ملف واحد مجهول الهوية.
   *[other] مُحيت البيانات: جُعلت { $count } ملفات مجهولة الهوية.
}
