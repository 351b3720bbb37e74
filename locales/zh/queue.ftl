# 排队：入口取号机、在家取号、窗口、等候室屏幕。

queue-kiosk-title = 取号机
queue-kiosk-choose-family = 请点击您要办理的服务
queue-kiosk-choose-motif = 请点击您要办理的事项
queue-kiosk-back = 返回
queue-kiosk-done = 完成
queue-closed-title = 接待处已关闭
queue-priority-question = 您需要优先办理吗？
queue-priority-none = 不需要，直接取号
queue-priority-disability = 残障人士
queue-priority-pregnancy = 孕妇
queue-priority-elderly = 老年人
queue-priority-young-child = 带幼儿
queue-priority = 优先
queue-wait-now = 马上就会叫到您
queue-wait-few = 等候：几分钟
queue-wait-about = 等候：约 { $minutes } 分钟
queue-ticket-number = 您的号码
queue-ahead = { $count ->
    [0] 您前面没有人
   *[other] 您前面还有 { $count } 人
}
queue-qr-label = 用手机查看排队进度的二维码
queue-qr-hint = 扫码即可在手机上查看排队进度。
queue-print = 打印号票

queue-home-intro = 请选择接待点。接待点开放时，您可以在家取号，并在手机上查看排队进度。
queue-phone-label = 手机（选填）
queue-phone-hint = 快轮到您时，我们会给您发短信。例如：+33 6 12 34 56 78。
queue-take = 取号

queue-ticket-title = 我的号票
queue-called-to = 轮到您了：请到 { $desk } 办理。
queue-come-now = 快轮到您了：请到接待处。
queue-ticket-done = 您已办理完毕。感谢您的来访。
queue-ticket-no-show = 已多次叫号，您未应答。如有需要，请到接待处重新取号。
queue-ticket-cancelled = 您已放弃此号。
queue-issued-at = 取号时间：{ $time }
queue-sms-to = 快轮到您时短信通知：
queue-refresh = 刷新
queue-cancel-ticket = 我不来了：让出我的位置

queue-screen-title = 等候室屏幕
queue-screen-sound = 开启声音
queue-screen-sound-on = 声音已开启
queue-screen-calls = 叫号
queue-screen-no-call = 暂无叫号
queue-screen-waits = 预计等候时间
queue-speech = 请 { $code } 号到 { $desk } 办理。

queue-desk = 窗口
queue-desk-choose = 选择窗口
queue-desk-needed = 请选择您的窗口以叫号。
queue-queue = 队列
queue-common = 公共队列
queue-current = 正在办理的来访者
queue-callable = { $count ->
    [0] 此队列中没有人在等候。
   *[other] 此队列中有 { $count } 位来访者在等候。
}
queue-call-next = 叫下一位
queue-language = 语言
queue-arrived = 到达时间
queue-appointment-of = 预约人
queue-transfer-note = 转交备注
queue-status-called = { $count ->
    [1] 已于 { $time } 叫号
   *[other] 已叫号 { $count } 次，最近一次在 { $time }
}
queue-status-in-service = 正在窗口办理
queue-start = 开始
queue-recall = 再次叫号
queue-no-show = 未到
queue-no-show-after = 叫号 { $count } 次后可标记为“未到”。
queue-set-aside = 暂缓
queue-resume = 继续办理
queue-aside = 已暂缓
queue-close = 结束办理
queue-outcome = 结果
queue-outcome-handled = 已在窗口办结
queue-outcome-follow-up = 需要后续跟进
queue-note = 备注（选填）
queue-transfer = 转交
queue-transfer-service = 转至服务
queue-transfer-expert = 指定人员
queue-transfer-anyone = 该服务的任何工作人员
queue-choose = 请选择…
queue-waiting-count = { $count ->
    [0] 无人等候
   *[other] { $count } 位来访者在等候
}
queue-nobody = 无人等候。
queue-ticket = 号码
queue-waited = 等候
queue-minutes = { $count } 分钟
queue-appointment-at = 预约时间：{ $time }
queue-for-agent = 指定人员：{ $name }
queue-desk-issue = 发号
queue-desk-issued = 已发出号码 { $code }。

queue-admin-title = 排队设置
queue-admin-intro = 优先权相当于提前几分钟到达：普通号码的等待时间一旦超过最大的提前量，就不会再被插队。
queue-admin-from-home = 居民可以在家取号
queue-admin-head-start = 每种优先权的提前量，以分钟计（0 至 { $max }）
queue-admin-max-calls = 访客被叫号多少次后可标记为未到（1 至 9）
admin-error-queue-weight = 每个提前量必须是 0 至 60 之间的整数分钟。
admin-error-queue-calls = 叫号次数必须是 1 至 9 之间的整数。

queue-error-closed = 该接待点现在已关闭，无法取号。
queue-error-too-many-tickets = 您的网络连接已取了过多号码。请一刻钟后再试，或在入口处的取号机取号。
contact-error-phone-has-tickets = 此号码已有等候中的号码。请通过收到的链接查看，或先放弃其中一个再取新号。
queue-error-no-home-tickets = 该地点不提供在家取号。请到现场办理或预约。
queue-error-motif = 请从列表中选择一个事项。
queue-error-busy = 您已有一位来访者：请先结束或转交本次办理。
queue-error-stale = 此号码刚刚有变化，页面已更新。
queue-error-too-few-calls = 请先再次叫号，再标记为未到。
queue-error-empty = 此队列中没有人在等候。
queue-error-service = 请选择要转交的服务。
queue-error-outcome = 请选择办理结果。
queue-error-note-too-long = 备注太长：最多 500 个字符。
queue-error-not-expert = 该工作人员不处理此服务的申请。
queue-procedure-sheet = 办事指南
queue-survey-receipt = 来访结束后，可用同一个二维码发表意见。
queue-survey-link = 发表我的意见
queue-survey-question = 您这次来访顺利吗？
queue-survey-unhappy = 不满意
queue-survey-neutral = 一般
queue-survey-happy = 满意
queue-survey-thanks = 感谢您的意见！
queue-error-survey = 您的意见未能保存。请重试。
