# Messages to residents (SMS and e-mail).

notif-greeting = { $name }，您好：
notif-label-when = 时间：
notif-label-where = 地点：
notif-label-motif = 事由：
notif-label-reference = 编号：
notif-label-bring = 请携带：
notif-manage-link = 查看、改期或取消预约：{ $link }
notif-cancelled-link = 重新预约：{ $link }
notif-offer-link = 接受这个时段：{ $link }
notif-footer = 本消息为自动发送，请勿回复。
notif-footer-phone = 本消息为自动发送，请勿回复。联系我们：{ $phone }
notif-confirmed-subject = 预约已确认：{ $date }
notif-confirmed-intro = 您在市政厅的预约已确认。
notif-confirmed-sms = 市政厅：预约已确认 { $date } { $time }，{ $site }。编号 { $reference }。{ $link }
notif-confirmed-sms-nolink = 市政厅：预约已确认 { $date } { $time }，{ $site }。编号 { $reference }。
notif-moved-subject = 预约已改至 { $date }
notif-moved-intro = 您的预约已改期，新时间如下。
notif-moved-sms = 市政厅：预约改至 { $date } { $time }，{ $site }。编号 { $reference }。{ $link }
notif-moved-sms-nolink = 市政厅：预约改至 { $date } { $time }，{ $site }。编号 { $reference }。
notif-cancelled-subject = { $date } 的预约已取消
notif-cancelled-intro = 您的预约已取消。
notif-cancelled-sms = 市政厅：{ $date } { $time } 的预约已取消。编号 { $reference }。重新预约：{ $link }
notif-cancelled-sms-nolink = 市政厅：{ $date } { $time } 的预约已取消。编号 { $reference }。
notif-reminder-subject = 提醒：{ $date } 的预约
notif-reminder-intro = 提醒您在市政厅的预约。
notif-reminder-sms = 市政厅：提醒，预约 { $date } { $time }，{ $site }。编号 { $reference }。{ $link }
notif-reminder-sms-nolink = 市政厅：提醒，预约 { $date } { $time }，{ $site }。编号 { $reference }。
notif-today-subject = 今天 { $time }：您的预约
notif-today-intro = 您今天在市政厅有预约。
notif-today-sms = 市政厅：今天 { $time } 预约，{ $site }。编号 { $reference }。{ $link }
notif-today-sms-nolink = 市政厅：今天 { $time } 预约，{ $site }。编号 { $reference }。
notif-offer-subject = { $date } 有空闲时段
notif-offer-intro = 有一个符合您要求的时段空出来了，为您保留到 { $until }。
notif-offer-sms = 市政厅：空闲时段 { $date } { $time }，{ $site }，保留到 { $until }。{ $link }
notif-offer-sms-nolink = 市政厅：空闲时段 { $date } { $time }，{ $site }，保留到 { $until }。

# 排队：快轮到您（短信，每个号码只发一次）。
notif-ticket-near-sms = { $site }：{ $code } 号，快轮到您了（前面还有 { $ahead } 人）。请到接待处。
