# 申请：联系登记、申请及其期限、公开表单
# /demande 和查询页面 /suivi。

## 工作人员：列表
requests-title = 申请
requests-list = 待处理的申请
requests-none = 没有符合这些筛选条件的申请。
requests-total = { $count ->
   *[other] { $count } 项申请
}
requests-count-late = { $count ->
    [0] 无逾期
   *[other] { $count } 项逾期
}
requests-count-due-soon = { $count ->
    [0] 无临近期限的申请
   *[other] { $count } 项将在 2 个工作日内到期
}
requests-reference = 编号
requests-subject = 主题
requests-channel = 渠道
requests-service = 服务
requests-site = 地点
requests-status = 状态
requests-due = 期限
requests-kind = 申请类型
requests-owner = 负责人员
requests-received = 收到日期
requests-name = 姓名
requests-phone = 电话
requests-email = 电子邮件地址
requests-language = 语言
requests-message = 留言
requests-note = 备注（选填）
requests-all = 全部
requests-open = 未结（已收到、处理中、等待中）
requests-no-service = 无特定服务
requests-filter = 筛选
requests-pages = 列表页码
requests-page = 第 { $page } 页，共 { $pages } 页
requests-previous = 上一页
requests-next = 下一页
requests-mine-title = 需要您关注的申请
requests-mine = 只看我的
requests-standing-on-time = 在期限内
requests-standing-due-soon = 即将到期
requests-standing-late = 已逾期
requests-standing-stopped = 期限已暂停

## 工作人员：联系登记
requests-log-title = 登记一次联系
requests-log-hint = 当场解决的来电或来访：选择渠道和服务，然后点“已当场答复”。如需后续跟进，请新建申请。
requests-log-answered = 已当场答复
requests-log-follow-up = 需要后续跟进：新建申请
requests-log-follow-up-hint = 主题，以及至少一个用于答复的电话或电子邮件地址。
requests-log-open = 新建申请
requests-contact-logged = 联系已登记。

## 工作人员：单个申请
requests-one-title = 申请
requests-back = 返回申请列表
requests-saved = 已保存。
requests-opened = 申请已创建：请把编号和查询码交给申请人。
requests-check-code = 查询码
requests-resident-view = 查看申请人看到的页面
requests-history = 处理记录
requests-actions = 操作
requests-text-reply = 给申请人的答复（在查询页面可见）
requests-text-ask = 需要申请人提供的内容（在查询页面可见）
requests-text-note = 内部备注（绝不向申请人显示）
requests-text-comment = 说明（选填）
requests-action-note = 添加内部备注
requests-action-take = 接手处理
requests-action-ask-resident = 请申请人补充材料或说明
requests-action-resident-answered = 申请人已回复
requests-action-reply = 发送答复
requests-action-close = 结束申请
requests-action-reopen = 重新打开申请
requests-action-transfer = 转交其他服务
requests-action-change-kind = 更改类型（将重新计算期限）
requests-event-created = 收到申请
requests-event-assigned = 已接手
requests-event-status = 状态变更
requests-event-reply = 已发送答复
requests-event-note = 内部备注
requests-event-transfer = 已转交其他服务
requests-event-kind = 类型已更改

## 拒绝
requests-error-subject = 请填写申请的主题。
requests-error-text = 请填写内容：此操作需要填写。
requests-error-too-long = 内容太长。
requests-error-channel = 请选择联系渠道。
requests-error-outcome = 请说明此次联系已解决，还是需要后续跟进。
requests-error-service = 请选择一个存在的服务。
requests-error-same-service = 该申请已在此服务中。
requests-error-kind = 请选择申请类型。
requests-error-same-kind = 该申请已是此类型。
requests-error-action = 此操作不存在。
requests-error-not-now = 申请的状态已不允许此操作：页面已更新。
requests-error-no-calendar = 没有任何地点设置了开放时间：无法计算答复期限。

## 居民：表单 /demande
request-form-title = 给市政厅写信
request-form-intro = 提出您的问题或申请。您会立即收到编号和查询码，用来查看答复，无需注册账户。
request-form-service = 相关服务
request-form-service-unknown = 我不知道
request-form-message-hint = 您可以用自己的语言书写。
request-form-you = 以便答复您
request-form-you-hint = 您的姓名，以及至少一个电子邮件地址或电话号码。
request-form-privacy = 这些信息仅用于处理您的申请。
request-form-send = 提交申请

## 居民：查询 /suivi
follow-title = 查询申请
follow-intro = 请输入申请登记时给您的编号和查询码（在受理回执或我们的消息中）。
follow-reference = 编号
follow-reference-hint = 例如 D-2026-00042
follow-code = 查询码
follow-look = 查看我的申请
follow-write = 提交新申请
follow-no-match = 没有与此编号和查询码相符的申请。请核对后重试。
follow-blocked = 此编号的查询码输错次数过多。请 { $minutes } 分钟后再试，或给我们打电话。
follow-registered = 您的申请已登记。
follow-keep = 请保存编号和查询码：可以用它们在本页查询申请进度。
follow-received = 收到日期
follow-due = 最晚答复日期
follow-service = 负责服务
follow-asked = 需要您提供的
follow-reply = 我们的答复
follow-words-received = 我们已收到您的申请。工作人员会尽快处理。
follow-words-in-progress = 工作人员正在处理您的申请。
follow-words-waiting = 我们在等您提供材料或说明。您回复后，答复期限将继续计算。
follow-words-answered = 我们已答复您的申请。
follow-words-closed = 您的申请已结束。

## 工作人员：居民
residents-intro = 请输入姓名、电话号码或电子邮件地址：找到的每个人都会连同其预约和申请一起显示。每次搜索都会被记录。
residents-search = 姓名、电话或电子邮件
residents-search-hint = 至少两个字符，或完整的号码。
residents-look = 搜索
residents-too-short = 请输入姓名中的至少两个字符、完整的电话号码或电子邮件地址。
residents-none = 没有找到符合此搜索的人。
residents-needs = 已提出的需求
residents-appointments = 预约
residents-requests = 申请
residents-merge-with = 与此人为同一人
residents-merge-hint = 当两份档案指的是同一个人时（例如一封署名的信件、一封来自另一个地址的电子邮件），请将它们合并：此人的预约和申请会一起显示。合并可以撤销。
residents-merge = 合并
residents-merged = 两份档案已合并。
residents-separated = 档案已重新分开。
residents-merge-refused = 这两份档案无法合并：请从列表中选择另一个人。
residents-links = 已合并的档案
residents-merged-by = { $first } 与 { $second }：由 { $agent } 于 { $date } 合并。
residents-separate = 分开
residents-campaigns = 主动联系居民的电话联络活动
residents-calls = 市政厅致电记录
residents-call-reached = 已联系上
residents-call-no-answer = 无人接听
residents-call-unreachable = 3 次致电均未联系上
residents-call-wrong-number = 号码错误
residents-call-declined = 不希望被致电

## 受理回执（CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2）
ack-title = 受理回执
ack-title-document = 您的申请登记
ack-received = 我们已于 { $date } 收到您的申请“{ $subject }”，登记编号为 { $reference }。
ack-commitment = 我们承诺最晚于 { $date } 答复您。
ack-implicit-rejection = 如果到 { $date } 您仍未收到任何答复，您的申请将被视为被拒绝：行政机关沉默满两个月，即视为作出默示拒绝决定（《公众与行政机关关系法典》（code des relations entre le public et l'administration）第 L231-4 条）。
ack-appeal = 您可以在 { $date } 之后的两个月内对该决定提出异议：可以请求市长重新考虑该决定，也可以向有管辖权的行政法院提起诉讼（《行政司法法典》（code de justice administrative）第 R421-2 条），包括通过 www.telerecours.fr 在网上提起。
ack-document = 您的申请涉及发放一份文件：如果我们只需核实是否符合条件，则该申请不需要出具《公众与行政机关关系法典》（code des relations entre le public et l'administration）第 L112-3 条所指的受理回执（第 R112-4 条）。文件一准备好，我们就交给您。
ack-service = 负责您申请的服务：{ $service }，{ $address }。
ack-service-phone = 电话：{ $phone }。
ack-service-email = 电子邮件：{ $email }。
ack-follow = 请在 { $url } 查询您的申请（编号 { $reference }，查询码 { $code }）。
ack-sources = 法律依据：《公众与行政机关关系法典》（code des relations entre le public et l'administration）第 L112-3、R112-4、R112-5 和 L231-4 条；《行政司法法典》（code de justice administrative）第 R421-2 条。
ack-translation-note = 译文仅供参考：只有法文文本具有法律效力。
ack-email-subject = 您的申请 { $reference } 的受理回执
ack-print = 打印
ack-in-french = 法文文本
ack-open = 可打印的受理回执
requests-postal-address = 邮寄地址（选填）
requests-postal-address-hint = 用于开窗信封的信件：地址的每一行单独写一行。
requests-error-address = 邮寄地址太长（最多六行）。
follow-answer = 您的回复
follow-answer-hint = 我们请您提供的内容：请写在这里，也可以用您的语言。
follow-answer-send = 发送我的回复
follow-answer-sent = 您的回复已发送：答复期限重新开始计算。
requests-event-resident = 申请人的回复

## 给申请人的答复和问题：通过电子邮件、短信或信件
requests-means = 申请人如何收到
requests-means-follow-page = 仅在查询页面
requests-means-email = 通过电子邮件
requests-means-sms = 通过短信（附查询页面链接）
requests-means-letter = 通过打印的信件
requests-error-means = 请选择申请人收到此消息的方式。
requests-error-means-email = 此申请没有电子邮件地址：请选择其他方式。
requests-error-means-sms = 此申请没有手机号码：请选择其他方式。
requests-error-means-letter = 此申请没有邮寄地址：请选择其他方式。
requests-print-letter = 可打印的信件
reply-email-subject = 对您的申请“{ $subject }”的答复
question-email-subject = 您的申请“{ $subject }”需要补充说明
reply-opening = 以下是对您的申请“{ $subject }”（编号 { $reference }）的答复。
question-opening = 为了处理您的申请“{ $subject }”（编号 { $reference }），我们需要您补充说明或材料：
question-how-to-answer = 在收到您的回复之前，我们的答复期限暂停计算。
question-email-reply = 您可以直接回复此邮件，请在主题中保留编号，并附上所需材料。
reply-follow = 请在 { $url } 查询您的申请（编号 { $reference }，查询码 { $code }）。
reply-sms = 市政厅：您的申请 { $reference } 已有答复。请在 { $url } 查看
question-sms = 市政厅：您的申请 { $reference } 需要您补充说明。详见 { $url }
reply-letter-title = 对您申请的答复
question-letter-title = 补充说明请求

## 附件和收到的信件
requests-event-file = 已添加材料
requests-files = 材料
requests-files-none = 没有材料。
requests-file-size = { $kilobytes } KB
requests-file-add = 添加扫描材料
requests-file-send = 添加材料
requests-file-added = 材料已添加到申请中。
requests-error-scan-missing = 请选择信件的扫描文件。
requests-error-scan-too-large = 文件超过 10 MB：请用黑白模式或 200 dpi 扫描，或分成几个文件。
requests-error-scan-type = 此文件不是 PDF，也不是 JPEG 或 PNG 图片。
requests-error-received-date = 收到日期必须在过去一年内，且不能是将来的日期。
requests-error-letter-address = 请填写寄件人的邮寄地址，或电话、电子邮件。
letter-title = 登记来信
letter-hint = 收到的信件会成为一项申请：期限从收到日期起计算，受理回执可以打印。
letter-received = 收到日期
letter-sender = 寄件人（姓名）
letter-address-hint = 寄件人的地址，地址的每一行单独写一行：受理回执将用开窗信封寄给寄件人。
letter-summary = 信件摘要（选填）
letter-scan = 信件扫描件
letter-scan-hint = PDF、JPEG 或 PNG，最大 { $megabytes } MB。
letter-register = 登记信件

## 重复申请
requests-action-merge = 与同一申请人的另一项申请合并
requests-event-merged = 申请已合并
requests-merge-target = 要保留的申请的编号
requests-merge-hint = 例如 D-2026-00042：本申请将结束，其材料和留言转入另一项申请，其查询页面将显示另一项申请。
requests-error-merge-target = 没有使用此编号的申请。
requests-error-merge-same = 申请不能与自身合并。
requests-error-merge-closed = 要保留的申请必须处于未结束状态，且本身未被合并。
requests-error-merge-other-resident = 这两项申请的电子邮件和电话都不相同：只能合并同一申请人的申请。
follow-merged = 您的申请 { $from } 已与您的申请 { $reference } 合并：以下是该申请的进度。

## 答复模板
reply-templates-title = 答复模板
reply-templates-hint = 每种申请类型（或所有类型）和每种语言各一个模板：在申请页面上，模板会填入答复或问题，工作人员在发送前再加以修改。
reply-templates-new = 新模板
reply-templates-list = 市政府的模板
reply-templates-none = 暂无模板。
reply-templates-name = 模板标题
reply-templates-text = 内容
reply-templates-kind-any = 所有类型
reply-templates-save = 保存模板
reply-templates-delete = 删除模板
reply-templates-saved = 模板已保存。
reply-templates-use = 从模板开始
reply-templates-fill = 用此模板填写
requests-error-template-title = 请为模板填写标题，最多 200 个字符。
requests-error-template-language = 请选择模板的语言。
requests-procedure-sheets = 此类办事指南
residents-rights = 对其数据的权利（GDPR）
residents-export = 下载其全部数据（JSON 文件）
residents-erase-confirm = 此人要求删除其数据。其即将到来的预约将被取消，候补名单将终止，其申请将不再保留可用于答复的联系方式。此操作无法撤销。
residents-erase = 删除其数据
residents-erase-unconfirmed = 请勾选确认框以删除此人的数据。
residents-erase-nobody = 此搜索已找不到此人：未删除或导出任何内容。
residents-erased = { $count ->
   *[other] 数据已删除：{ $count } 份记录已匿名化。
}
