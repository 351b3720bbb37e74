# Counsellors' agenda.

agenda-show = عرض
agenda-agent = الموظف
agenda-all-agents = كل الموظفين
agenda-day = اليوم
agenda-navigation = التنقل في جدول المواعيد
agenda-previous-day = اليوم السابق
agenda-next-day = اليوم التالي
agenda-day-view = عرض اليوم
agenda-week-view = عرض الأسبوع
agenda-week-of = أسبوع { $date }
agenda-count = { $count -> 
    [0] لا مواعيد
    [one] موعد واحد
   *[other] عدد المواعيد: { $count }
}
agenda-empty = لا توجد مواعيد.
agenda-time = الساعة
agenda-resident = المراجع
agenda-needs = الاحتياجات
agenda-status = الحالة
agenda-actions = الإجراءات
agenda-interpreter = مترجم: { $language }
agenda-speaks = يتحدث: { $language }
agenda-check-in = وصل
agenda-no-show = لم يحضر
agenda-cancel = إلغاء…
agenda-cancel-reason = سبب الإلغاء
agenda-cancel-confirm = إلغاء الموعد
agenda-reason-resident-request = بطلب من المراجع
agenda-reason-agent-unavailable = الموظف غير متاح
agenda-reason-closure = المكان مغلق
agenda-reason-other = سبب آخر
agenda-error-reason = اختاروا سبب الإلغاء من القائمة.
agenda-book = حجز موعد لمراجع
agenda-booked = تم تسجيل الموعد { $reference } وإعلام المراجع.
agenda-choose = اختيار…
agenda-see-times = عرض المواعيد
agenda-back = العودة إلى جدول المواعيد
