# Requests' typed values (statuses, channels, kinds): kept in the browser's copy of
# the texts, apart from requests.ftl, which only server-rendered pages use.

## 类型值
request-status-received = 已收到
request-status-in-progress = 处理中
request-status-waiting-resident = 等待您回复
request-status-answered = 已答复
request-status-closed = 已结束
request-channel-desk = 接待处
request-channel-phone = 电话
request-channel-email = 电子邮件
request-channel-letter = 信件
request-channel-web = 网上表单
request-channel-outbound-call = 主动去电
request-kind-information = 信息咨询
request-kind-certificate = 申请证书或证明
request-kind-notary = 公证人询问
request-kind-complaint = 投诉
request-kind-other = 其他申请
