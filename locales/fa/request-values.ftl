# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## مقدارهای نوع‌دار
request-status-received = دریافت شد
request-status-in-progress = در حال رسیدگی
request-status-waiting-resident = در انتظار پاسخ شما
request-status-answered = پاسخ فرستاده شد
request-status-closed = بسته شد
request-channel-desk = پذیرش حضوری
request-channel-phone = تلفن
request-channel-email = ایمیل
request-channel-letter = نامه
request-channel-web = فرم اینترنتی
request-channel-outbound-call = تماس خروجی
request-kind-information = درخواست اطلاعات
request-kind-certificate = درخواست سند یا گواهی
request-kind-notary = پرسش دفترخانهٔ اسناد رسمی
request-kind-complaint = شکایت
request-kind-other = درخواست دیگر
