# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = شخص دیگری این مورد را در حالی که شما آن را ویرایش می‌کردید ذخیره کرد: چیزی ذخیره نشد. مقادیر نمایش‌داده‌شده مقادیر فعلی هستند؛ اگر تغییر شما هنوز لازم است، دوباره آن را انجام دهید.
admin-error-slug = شناسه نامعتبر: فقط حروف کوچک لاتین بدون علامت، رقم و خط تیره (برای نمونه mairie-annexe).
admin-error-slug-taken = این شناسه قبلاً استفاده شده است: شناسهٔ دیگری انتخاب کنید.
admin-error-taken = این شناسه یا این حرف همین حالا توسط شخص دیگری گرفته شد: مورد دیگری انتخاب کنید.
admin-error-email = نشانی ایمیل نامعتبر: آن را بررسی کنید (برای نمونه accueil@mairie.fr).
admin-error-site-appointments = هنوز نوبت‌هایی در این محل برنامه‌ریزی شده است: پیش از کنار گذاشتن آن، نوبت‌ها را جابه‌جا یا لغو کنید.
admin-error-desk = نام باجه نامعتبر: الزامی است و باید با دیگر باجه‌های این محل فرق داشته باشد.
admin-error-service = برای یک موضوع فعال، یک خدمت فعال انتخاب کنید.
admin-error-letter = حرف نوبت نامعتبر: یک حرف لاتین، از A تا Z.
admin-error-letter-taken = این حرف متعلق به خدمت دیگری است (حتی اگر کنار گذاشته شده باشد: نوبت‌های آن هنوز این حرف را دارند).
admin-error-position = جایگاه نامعتبر: یک عدد صحیح از ۱ تا ۹۹۹.
admin-error-service-motifs = این خدمت هنوز موضوع‌های فعال دارد: پیش از کنار گذاشتن آن، موضوع‌ها را کنار بگذارید یا به خدمت دیگری منتقل کنید.
admin-error-import = پرونده خطا دارد: چیزی ذخیره نشد. سطرهای مشخص‌شده را اصلاح کنید و دوباره پیش‌نمایش بگیرید.

town-problem-name = نام وارد نشده است (حداکثر ۲۰۰ نویسه)
town-problem-duration = مدت: عدد صحیح دقیقه، از ۵ تا ۴۸۰
town-problem-buffer = فاصله: عدد صحیح دقیقه، از ۰ تا ۱۲۰
town-problem-min-delay = حداقل مهلت: عدد صحیح ساعت، از ۰ تا ۷۲۰
town-problem-max-delay = حداکثر مهلت: عدد صحیح روز، از ۱ تا ۳۶۶
town-problem-cells = تعداد خانه‌ها بیشتر از ستون‌های سطر عنوان است
town-problem-code = کد نامعتبر: حروف کوچک لاتین بدون علامت، رقم و خط تیره
town-problem-code-twice = این کد در یکی از سطرهای قبلی آمده است
town-problem-service = خدمت ناشناخته: شناسه یا نام آن را بنویسید
town-problem-service-retired = این خدمت کنار گذاشته شده است
town-problem-online = «en ligne»: بنویسید oui یا non
town-import-separator = فقط یک ستون خوانده شد: خانه‌ها را، مانند یک صفحه‌گستردهٔ فرانسوی، با نقطه‌ویرگول (;) جدا کنید.
town-import-column-twice = ستون «{ $column }» دو بار در سطر عنوان آمده است.
town-import-column-unknown = ستون ناشناخته در سطر عنوان: «{ $column }».
town-import-column-missing = یک ستون الزامی در سطر عنوان نیست: «{ $column }».
town-import-empty = سطری برای وارد کردن نیست: سطر عنوان و دست‌کم یک سطر را بچسبانید.

town-slug = شناسه
town-slug-hint = در نشانی‌ها به کار می‌رود و بعداً تغییر نمی‌کند: حروف کوچک لاتین بدون علامت، رقم و خط تیره (برای نمونه mairie-annexe).
town-create = ایجاد
town-retired = کنار گذاشته شده
town-retire = کنار گذاشتن
town-reactivate = بازگرداندن
town-site-add = محل جدید
town-site-email = نشانی ایمیل
town-desks = باجه‌ها
town-desk-label = نام باجه
town-desk-rename = تغییر نام
town-desk-new = باجهٔ جدید
town-index-services = خدمات شهرداری، حرف نوبت و ترتیب آن‌ها؛ ایجاد، ویرایش، کنار گذاشتن.
town-index-import = ایجاد یا به‌روزرسانی موضوع‌ها از یک صفحه‌گسترده (CSV)، با پیش‌نمایش سطر به سطر.
town-services-title = خدمات
town-services-intro = هر خدمت حرف نوبت خودش را دارد. خدمت فقط وقتی کنار گذاشته می‌شود که همهٔ موضوع‌هایش کنار گذاشته شده باشند؛ نوبت‌های گذشته آن را نگه می‌دارند.
town-service-add = خدمت جدید
town-service-motifs = { $count ->
    [0] هیچ موضوع فعالی ندارد
    [one] یک موضوع فعال
   *[other] { $count } موضوع فعال
}
town-service-name = نام خدمت
town-service-letter = حرف نوبت
town-service-letter-hint = یک حرف لاتین از A تا Z، مخصوص این خدمت: E برای E001، E002…
town-service-position = جایگاه در فهرست‌ها
town-service-experts = رسیدگی توسط کارشناسان
town-service-experts-hint = نوبت‌های این خدمت مستقیم به کارشناسی می‌رسد که آن‌ها را می‌پذیرد.
town-motif-add = موضوع جدید
town-motif-service = خدمت
town-import-title = وارد کردن موضوع‌ها
town-import-how = پروندهٔ مورد انتظار
town-import-help = جدول خود را با قالب CSV (جداکنندهٔ نقطه‌ویرگول، UTF-8) ذخیره کنید، آن را با یک ویرایشگر متن باز کنید و در زیر بچسبانید. سطری که کدش از قبل وجود دارد آن موضوع را به‌روز می‌کند؛ بقیه موضوع جدید می‌سازند.
town-import-columns = سطر اول: نام ستون‌ها.
town-import-defaults = الزامی: code، nom، service، durée. اگر ستونی نباشد، فاصله ۰، «en ligne» برابر oui، حداقل مهلت ۲ ساعت و حداکثر مهلت ۶۰ روز است. مدارک لازم با خط عمودی (|) از هم جدا می‌شوند.
town-import-example = نمونه:
town-import-text = محتوای پروندهٔ CSV
town-import-preview = پیش‌نمایش
town-import-preview-title = پیش‌نمایش
town-import-ready = { $count ->
    [one] یک سطر آمادهٔ ذخیره است.
   *[other] { $count } سطر آمادهٔ ذخیره است.
}
town-import-wrong = { $count ->
    [0] پرونده خوانده نمی‌شود: چیزی ذخیره نخواهد شد.
    [one] یک سطر خطا دارد: تا اصلاح نشود چیزی ذخیره نخواهد شد.
   *[other] { $count } سطر خطا دارند: تا اصلاح نشوند چیزی ذخیره نخواهد شد.
}
town-import-line = سطر
town-import-what = نتیجه
town-import-new = موضوع جدید
town-import-update = به‌روزرسانی
town-import-confirm = ذخیرهٔ همهٔ موضوع‌ها
