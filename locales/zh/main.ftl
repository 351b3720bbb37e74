# Guichet — 界面文字（简体中文）。

## 通用

app-name = Guichet — 市政厅
skip-to-content = 跳到正文
footer-text = 市政厅：所有服务一个窗口，用您的语言。
footer-staff-link = 工作人员区
footer-results-link = 我们的服务质量结果
language-picker-label = 语言
back-home = 返回首页
back-to-login = 前往登录

## 错误页面

not-found-title = 找不到页面
not-found-body = 您要访问的地址不存在或已不存在。请检查链接，或从首页重新开始。
error-not-signed-in = 请登录后打开此页面。
error-forbidden = 您的角色无权打开此页面。
error-device-not-enrolled = 此工作站尚未登记。
error-not-found = 此项目不存在或已不存在。
error-internal = 我们这边出现了问题。请稍后再试。
error-bad-request = 此请求包含无法读取的字符。请返回并检查您输入的内容。
error-too-many-title = 请求过多
error-too-many = 为保护服务，您的网络连接在短时间内发出了过多请求。请在 { $minutes } 分钟后重试。
error-too-many-back = 返回表单
error-too-many-codes = 您的网络连接输入了过多错误代码。请等待几分钟后再试。

## 居民首页

home-description = 预约、取排队号、查询申请进度，以及查看市政厅的开放时间。
home-title = 欢迎来到市政厅
home-lead = 所有服务一个窗口。您想办理什么？
home-actions-label = 主要操作
home-action-appointment = 预约
home-action-appointment-hint = 选择事由、地点和时间
home-action-ticket = 取号
home-action-ticket-hint = 在家排队
home-action-follow = 查询申请
home-action-follow-hint = 使用您的编号
home-action-procedures = 办事指南
home-action-procedures-hint = 需要带的材料，简单说明
home-action-hours = 时间和地址
home-action-hours-hint = 今天的接待点
home-sites-title = 我们的接待点
home-week-hours = 本周开放时间

hours-open-today = 今天开放：{ $hours }
hours-closed-today = 今天不开放
hours-holiday-today = 今天不开放：{ $holiday }
hours-closure-today = 今天临时关闭：{ $reason }
hours-closed = 不开放

weekday-monday = 星期一
weekday-tuesday = 星期二
weekday-wednesday = 星期三
weekday-thursday = 星期四
weekday-friday = 星期五
weekday-saturday = 星期六
weekday-sunday = 星期日

holiday-new-year = 元旦
holiday-easter-monday = 复活节星期一
holiday-labour-day = 劳动节
holiday-victory-in-europe = 1945年胜利纪念日
holiday-ascension = 耶稣升天节
holiday-whit-monday = 圣灵降临节星期一
holiday-bastille-day = 法国国庆日
holiday-assumption = 圣母升天节
holiday-all-saints = 诸圣节
holiday-armistice = 1918年停战纪念日
holiday-christmas = 圣诞节
holiday-good-friday = 耶稣受难日
holiday-st-stephen = 圣斯德望日


## 工作人员区：共用工作站

login-title = 工作人员登录
login-continue = 进入我的工作区
login-not-enrolled-title = 工作站未登记
login-not-enrolled-body = 工作人员只能在管理员登记过的工作站登录。如果您收到了登记码，请输入。
enrol-link = 登记此工作站
login-choose-title = 您是谁？
login-workstation = 工作站：{ $name }
login-locked-notice = 工作站因一段时间无操作已锁定。请选择您的名字继续。
login-hello = 您好，{ $name }
login-pin-label = 您的个人密码
login-pin-hint = 4 至 8 位数字。
login-submit = 登录
login-not-me = 不是我
login-error-pin =
    { $left ->
       *[other] 密码错误。锁定前还剩 { $left } 次机会。
    }
login-error-locked = 尝试次数过多：登录已锁定至 { $until }。
login-error-workstation-locked = 此工作站输入错误代码次数过多：在 { $until } 之前不接受任何代码。
login-error-format = 密码为 4 至 8 位数字。

enrol-title = 登记此工作站
enrol-intro = 请输入管理员提供的登记码。该码只能使用一次。
enrol-code-label = 登记码
enrol-submit = 登记
enrol-error = 此登记码无效：错误、已使用或已过期。

staff-brand = Guichet — 工作人员区
staff-switch = 更换顾问
staff-nav-label = 工作人员区
staff-home-title = 我的工作区
staff-hello = 您好，{ $name }

role-counsellor = 顾问
role-expert = 专业人员
role-interpreter = 翻译
role-supervisor = 质量负责人
role-admin = 管理员

section-queue = 排队
section-queue-summary = 叫下一位来访者，接待、转交并结束来访。
section-appointments = 预约
section-appointments-summary = 今天及以后的预约，来访登记，为居民代为预约。
section-requests = 申请
section-requests-summary = 各渠道收到的申请，以及负责人、期限和处理记录。
section-residents = 居民
section-residents-summary = 居民档案，仅限必要信息。
section-procedures = 办事指南
section-procedures-summary = 办事流程卡片及内部备注。
section-interpretation = 口译
section-interpretation-summary = 居民语言的核实句子，可朗读，可大字显示。
section-quality = 质量监测
section-quality-summary = 按地点、渠道、服务和时段的质量指标及导出。
section-admin = 管理
section-admin-summary = 地点、窗口、服务、事由、开放时间、工作人员和工作站。

## contact

contact-error-name = 请填写您的姓名（最多 120 个字符）。
contact-error-phone = 此电话号码无效。示例：06 12 34 56 78 或 +33 6 12 34 56 78。
contact-error-email = 此电子邮箱地址无效。示例：name@example.fr。
contact-error-none = 请提供手机号码或电子邮箱地址，以便有任何变动时通知您。
contact-error-phone-country = 我们只向法国号码（本土及海外省和领地）发送短信。请提供法国号码或电子邮件地址。

## Messages

messages-title = 已发送的消息
messages-intro = 发给居民的短信和电子邮件，按时间从新到旧排列，并列出失败及原因。演示版不会真正发送：消息保存在这里。
messages-empty = 暂无消息。
messages-table-caption = 最新消息
messages-col-when = 日期
messages-col-to = 收件人
messages-col-text = 消息
messages-col-status = 状态
channel-sms = 短信
channel-email = 电子邮件
notification-status-pending = 等待中
messages-planned = 计划发送时间：{ $when }
notification-status-sending = 发送中
notification-status-sent = 已发送
notification-status-failed = 失败
messages-attempts =
    { $count ->
       *[other] { $count } 次尝试
    }

## Alerts in the staff frame, on every page
alerts-label = 提醒
alert-my-requests-late = { $count ->
   *[other] 您有 { $count } 项申请已超过答复期限
}
alert-my-requests-due-soon = { $count ->
   *[other] 您有 { $count } 项申请将在 2 个工作日内到期
}
alert-service-requests-late = { $count ->
   *[other] 您所在服务有 { $count } 项申请已逾期
}
