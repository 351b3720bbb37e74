# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## القيم المحددة النوع
request-status-received = تم الاستلام
request-status-in-progress = قيد المعالجة
request-status-waiting-resident = بانتظار ردّكم
request-status-answered = تم إرسال الرد
request-status-closed = مغلق
request-channel-desk = الاستقبال
request-channel-phone = الهاتف
request-channel-email = البريد الإلكتروني
request-channel-letter = رسالة بريدية
request-channel-web = استمارة عبر الإنترنت
request-channel-outbound-call = مكالمة صادرة
request-kind-information = طلب معلومات
request-kind-certificate = طلب وثيقة أو شهادة
request-kind-notary = سؤال من موثّق
request-kind-complaint = شكوى
request-kind-other = طلب آخر
