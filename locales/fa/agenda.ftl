# Counsellors' agenda.

agenda-show = نمایش
agenda-agent = کارمند
agenda-all-agents = همهٔ کارمندان
agenda-day = روز
agenda-navigation = پیمایش برنامه
agenda-previous-day = روز قبل
agenda-next-day = روز بعد
agenda-day-view = نمای روز
agenda-week-view = نمای هفته
agenda-week-of = هفتهٔ { $date }
agenda-count = { $count -> 
    [0] بدون نوبت
   *[other] { $count } نوبت
}
agenda-empty = نوبتی نیست.
agenda-time = ساعت
agenda-resident = مراجعه‌کننده
agenda-needs = نیازها
agenda-status = وضعیت
agenda-actions = کارها
agenda-interpreter = مترجم: { $language }
agenda-speaks = زبان: { $language }
agenda-check-in = رسید
agenda-no-show = نیامد
agenda-cancel = لغو…
agenda-cancel-reason = دلیل لغو
agenda-cancel-confirm = لغو نوبت
agenda-reason-resident-request = به درخواست مراجعه‌کننده
agenda-reason-agent-unavailable = کارمند در دسترس نیست
agenda-reason-closure = مکان بسته است
agenda-reason-other = دلیل دیگر
agenda-error-reason = دلیل لغو را از فهرست انتخاب کنید.
agenda-book = گرفتن نوبت برای مراجعه‌کننده
agenda-booked = نوبت { $reference } ثبت شد؛ به مراجعه‌کننده خبر داده شد.
agenda-choose = انتخاب…
agenda-see-times = دیدن زمان‌ها
agenda-back = بازگشت به برنامه
