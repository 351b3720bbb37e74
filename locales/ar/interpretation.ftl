# لوحة اللغات (/agent/interpretation): نصوص الواجهة. أما الجمل نفسها
# ففي phrasebook.ftl.

panel-choose-language = اختاروا أولًا لغة المقيم.
panel-language = لغة المقيم
panel-find-language = البحث عن لغة (بالعربية أو باللغة نفسها)
panel-search = بحث
panel-no-language = لا توجد لغة مطابقة.
panel-situations = المواقف
panel-search-phrases = البحث عن جملة بالفرنسية
panel-results = نتائج البحث
panel-no-phrase = لا توجد جملة مطابقة.
panel-phrase = الجملة المختارة
panel-french = الفرنسية
panel-show = عرض على المقيم
panel-values = إكمال الجملة
panel-value-date = التاريخ
panel-value-time = الساعة
panel-value-place = المكان
panel-value-desk = الشباك
panel-value-service = الخدمة
panel-value-amount = المبلغ باليورو
panel-value-amount-hint = مثلًا 25 أو 25,50.
panel-value-motif = وثائق معاملة
panel-value-documents = الوثائق المطلوب إحضارها
panel-value-documents-hint = وثيقة في كل سطر، بالفرنسية، أو اختاروا معاملة أعلاه.
panel-value-count = العدد
panel-value-days = عدد الأيام
panel-value-gender = صيغة الجملة (جنس المقيم)
panel-gender-unspecified = غير محدد
panel-gender-female = مؤنث
panel-gender-male = مذكر
panel-fill = إكمال
panel-error-value = تعذّرت قراءة إحدى القيم: صحّحوا الحقل المشار إليه. وإلى ذلك الحين يبقى مكانها في الجملة فارغًا.
panel-answers = إجابات المقيم
panel-resident-said = أجاب المقيم:
panel-back = العودة إلى اللوحة

speech-read-aloud = قراءة بصوت عالٍ
speech-voice = الصوت
speech-no-voice = لا يوجد على هذا الجهاز صوت لهذه اللغة: اعرضوا النص على المقيم بدلًا من ذلك.

# أسماء اللغات بلغة الواجهة (أما اسم اللغة بها نفسها فيأتي من الشيفرة).
language-fr = الفرنسية
language-en = الإنجليزية
language-ar = العربية
language-fa = الفارسية
language-es = الإسبانية
language-pt = البرتغالية
language-tr = التركية
language-ro = الرومانية
language-ru = الروسية
language-uk = الأوكرانية
language-zh = الصينية

# شاشة المقيم المرتبطة باللوحة (/interpretation).
pairing-title = شاشة المقيم
pairing-intro = يعرض جهاز لوحي أو شاشة ثانية موجّهة نحو المقيم الجملَ التي ترسلونها، ويعيد إليكم إجاباته. لا يُحفَظ أي شيء من المحادثة.
pairing-start = ربط شاشة
pairing-code = رمز الربط:
pairing-how = على شاشة المقيم، افتحوا العنوان { $address } في Guichet واكتبوا هذا الرمز.
pairing-joined = شاشة المقيم متصلة.
pairing-resident-tapped = ضغط المقيم على:
pairing-send = إرسال إلى شاشة المقيم
pairing-end = إنهاء المحادثة
pairing-none = لا توجد شاشة مرتبطة (ربما انتهت المحادثة): اربطوا شاشة من جديد.
pairing-screen-page = شاشة المقيم
pairing-ask-intro = اكتبوا الرمز الظاهر على لوحة اللغات لدى المستشار.
pairing-code-label = رمز الربط (6 أرقام)
pairing-open = فتح
pairing-unknown-code = هذا الرمز لا يطابق أي محادثة جارية. تحقّقوا منه على لوحة المستشار؛ فالمحادثة تنتهي بانتهاء الزيارة.
pairing-code-taken = هذا الرمز مفتوح بالفعل على شاشة أخرى. اطلبوا من المستشار إنهاء المحادثة وعرض رمز جديد.
# نصوص الشاشة نفسها، بلغة المقيم.
pairing-screen-title = الموظف يتحدث إليكم هنا
pairing-screen-waiting = مرحبًا. سيكتب لكم الموظف هنا بلغتكم.
pairing-screen-answers = اضغطوا على إجابتكم:
pairing-screen-sent = تم الإرسال إلى الموظف:
pairing-screen-ended = انتهت المحادثة. شكرًا لكم، ومع السلامة.

# المترجمون (/agent/interpretation/interpretes ولوحة اللغات).
interpreters-title = المترجمون
interpreters-back-to-panel = العودة إلى لوحة اللغات
interpreters-my-languages = لغاتكم: { $languages }.
interpreters-new-request = طلب جديد لمترجم باللغة { $language }: { $place }، بطلب من { $name }.
interpreters-requests = طلبات اليوم
interpreters-no-request = لا توجد اليوم أي طلبات مترجم جارية.
interpreters-my-appointments = المواعيد التي أترجم فيها
interpreters-appointments = المواعيد التي تحتاج إلى مترجم (الأيام الـ14 القادمة)
interpreters-no-appointment = لا يوجد موعد قادم يحتاج إلى مترجم.
interpreters-when = التاريخ والساعة
interpreters-language = اللغة
interpreters-where = المكان والمعاملة
interpreters-interpreter = المترجم
interpreters-coming = { $name } في الطريق.
interpreters-waiting = في انتظار مترجم.
interpreters-nobody-on-duty = لا يوجد حاليًا أي مترجم مناوب لهذه اللغة.
interpreters-on-duty = المناوبون: { $names }.
interpreters-asked-by = بطلب من { $name } الساعة { $time }
interpreters-accept = أنا في الطريق
interpreters-cancel = إلغاء الطلب
interpreters-none = لا أحد
interpreters-assign = تعيين
interpreters-panel-title = مترجم
interpreters-ask = طلب مترجم ({ $language })
interpreters-asked-at = أُرسل الطلب الساعة { $time }: تم إبلاغ المترجمين المناوبين.
interpreters-error-gone = هذا الطلب أو هذا الموعد لم يعد موجودًا.
interpreters-error-not-yours = لا يمكن أن يتولى هذا الطلب إلا مترجم يتحدث هذه اللغة.
interpreters-error-taken = تولّى مترجم آخر هذا الطلب بالفعل.
interpreters-error-not-allowed = لا يعيّن المترجمون أنفسهم للمواعيد: يتولى ذلك مستشار أو مسؤول.
interpreters-error-language = هذا المترجم لا يتحدث اللغة المطلوبة لهذا الموعد.
interpreters-error-busy = لدى هذا المترجم موعد آخر في ذلك الوقت.

# جمل البلدية (/agent/interpretation/phrases).
local-phrases-title = جمل البلدية
local-phrases-intro = تنضم الجمل التي تضيفها البلدية إلى لوحة اللغات، ضمن موقفها، بمجرد أن يتحقق موظف يتحدث اللغة من ترجمتها.
local-phrases-none = لم تُضَف أي جملة حتى الآن.
local-phrases-no-translation = لا توجد أي ترجمة حتى الآن.
local-phrases-verified-by = تم التحقق بواسطة { $name }
local-phrases-not-verified = غير متحقَّق منها
local-phrases-verify = اعتماد الترجمة ({ $language })
local-phrases-retire = سحب الجملة
local-phrases-add = إضافة جملة
local-phrases-french = الجملة بالفرنسية
local-phrases-translations = الترجمات
local-phrases-translations-hint = اتركوا فارغةً أي لغة لم يترجم إليها أحد بعد. تبقى كل ترجمة «غير متحقَّق منها» إلى أن يعتمدها موظف يتحدث اللغة.
local-phrases-save = حفظ الجملة
local-phrases-saved = تم حفظ الجملة. ترجماتها في انتظار التحقق منها.
local-phrases-verified = تم اعتماد الترجمة: وهي تظهر الآن في اللوحة.
local-phrases-link = جمل البلدية
local-phrases-error-french = اكتبوا الجملة بالفرنسية.
local-phrases-error-long = إحدى الجمل أو الترجمات طويلة جدًا (300 حرف على الأكثر).
local-phrases-error-situation = اختاروا موقفًا من القائمة.
local-phrases-error-not-speaker = لا يعتمد ترجمة هذه اللغة إلا موظف يتحدثها.
local-phrases-error-gone = هذه الترجمة لم تعد موجودة.
panel-procedure-sheets = بطاقات الإجراءات
panel-procedure-sheets-in = بطاقات الإجراءات باللغة: { $language }
