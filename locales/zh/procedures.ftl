# 办事指南：居民页面（/demarches）和工作人员页面（/agent/demarches）。

procedures-title = 办事指南
procedures-intro = 每项事务需要了解的内容和需要携带的材料，提供易读法语版和您的语言版本。
procedures-search-label = 搜索办事事项
procedures-search = 搜索
procedures-results = { $count ->
    [0] 没有关于“{ $query }”的指南
   *[other] 找到 { $count } 份关于“{ $query }”的指南
}
procedures-no-result = 请换个词试试，或到接待处询问：我们会用您的语言为您解答。
procedures-back = 全部办事事项
procedures-back-to-sheet = 返回指南
procedures-to-falc = 易读版
procedures-to-standard = 完整版
procedures-print = 打印
procedures-print-hint = 如需将本页打印在 A4 纸上，请使用浏览器的“打印”命令（Ctrl + P）。
procedures-qr = 指向在线指南的二维码
procedures-languages = 本指南的语言
procedures-variant-standard = 完整版
procedures-variant-falc = 易读版
procedures-out-of-date = 本指南的法语版在此译文完成后已有改动：译文可能已不准确。
procedures-read-french = 阅读法语版
procedures-not-translated = 本指南尚未译成您的语言：以下为法语版。
procedures-audience = 适用对象
procedures-situations = 您的情况
procedures-steps = 办理步骤
procedures-documents = 需携带的材料
procedures-cost = 费用多少？
procedures-free = 免费
procedures-delay = 办理时间
procedures-delay-on-the-spot = 当场办结
procedures-delay-days = { $days ->
   *[other] { $days } 天
}
procedures-delay-range = { $min } 至 { $max } 天
procedures-where = 到哪里办理？
procedures-appointment-required = 须预约。
procedures-appointment-recommended = 可预约，也可不预约；预约后无需等候。
procedures-appointment-none = 无需预约，开放时间内前来即可。
procedures-book = 预约
procedures-online = 网上办理
procedures-online-link = 在网上办理
procedures-note-know = 须知：
procedures-note-warning = 注意：
procedures-legal = 法律依据
procedures-sources = 信息来源
procedures-reviewed = 指南核实日期：{ $date }
procedures-version = 第 { $version } 版，发布于 { $date }
procedures-falc-checked = 易读版由 { $who } 于 { $date } 审读

# 工作人员
procedures-staff-title = 办事指南
procedures-staff-intro = 对所有人给出同样的答复：每份指南、它的易读版、各语言译文及各个版本。居民看到的始终是已发布的版本。
procedures-translations-of = 待翻译的语言
procedures-no-language = （无语言）
procedures-tasks = { $count ->
    [0] 没有需要翻译的内容
   *[other] { $count } 篇文本需要翻译或更新
}
procedures-tasks-none = 所有指南在该语言下均已翻译且为最新。
procedures-tasks-caption = 需要翻译或更新的文本
procedures-sheet = 指南
procedures-variant = 版本类型
procedures-state = 状态
procedures-actions = 操作
procedures-translate = 翻译
procedures-sheets-count = { $count ->
   *[other] { $count } 份指南
}
procedures-service = 服务
procedures-reviewed-on = 核实日期
procedures-falc = 易读版
procedures-falc-ok = 已由目标读者审读
procedures-falc-to-check = 待请目标读者审读
procedures-to-translate = 待翻译的语言
procedures-draft = 草稿
procedures-published = 已发布
procedures-translation-missing = 待翻译
procedures-translation-up-to-date = 已是最新
procedures-translation-to-update = 待更新
procedures-translation-out-of-date = 已过时（已提醒读者）
procedures-back-staff = 全部指南
procedures-public-page = 居民页面
procedures-edit-standard = 修改完整版
procedures-edit-falc = 修改易读版
procedures-staff-notes = 工作人员备注
procedures-owner = 指南负责人：{ $name }
procedures-translations = 译文
procedures-language = 语言
procedures-versions = 版本记录
procedures-when = 日期
procedures-author = 修改人
procedures-falc-check = 目标读者审读
procedures-edit-minor = 小幅修改
procedures-edit-medium = 中等修改
procedures-edit-major = 重大修改

# 编辑器
procedures-editor-title = 修改指南
procedures-editing = { $variant }（{ $language }）
procedures-published-ok = 已发布：居民现在看到的是此版本。
procedures-draft-ok = 草稿已保存：居民看到的仍是已发布的版本。
procedures-facts-ok = 指南信息已保存。
procedures-checked-ok = 审读已登记。
procedures-draft-pending = 有一份草稿等待发布：居民看到的仍是已发布的版本。
procedures-french-beside = 待翻译的法语原文
procedures-advice = 易读性建议
procedures-advice-long-sentence = 句子过长，请拆分
procedures-advice-rare-word = 生僻词，请替换或解释
procedures-advice-abbreviation = 缩写，请写出全称
procedures-edit-level = 修改的重要程度
procedures-edit-level-hint = 中等：各语言译文需要更新。重大（事实有变：价格、办理时间、材料）：还会提醒译文的读者。
procedures-part-title = 标题
procedures-part-summary = 摘要
procedures-part-audience = 适用对象
procedures-part-keywords = 其他搜索词
procedures-part-situations = 具体情况
procedures-part-steps = 步骤
procedures-part-documents = 需携带的材料
procedures-part-costs = 费用
procedures-part-delay = 办理时间说明
procedures-part-online = 网上办理
procedures-part-notes = 提示框
procedures-keywords-hint = 用逗号分隔：缩写、日常用语。
procedures-situations-hint = 每行一种情况：先写情况，再写“|”和它带来的变化。
procedures-lines-hint = 每行一个步骤。
procedures-documents-hint = 每行一份材料；如果只在某种情况下需要，请加上“|”和该情况。
procedures-costs-hint = 每行一种情况：先写欧元金额（免费写 0），再写“|”和该情况。
procedures-notes-hint = 每行一个提示框，以“!”开头表示“须知”，以“!!”开头表示“注意”。
procedures-delay-min = 最短办理时间（天）
procedures-delay-max = 最长办理时间（天）
procedures-save-draft = 保存草稿
procedures-publish = 发布
procedures-falc-check-hint = 易读版须由其目标读者审读。每个新版本都需要单独审读。
procedures-checked-by = 审读人
procedures-checked-on = 审读日期
procedures-record-check = 登记审读
procedures-facts = 指南信息
procedures-motif = 预约事由
procedures-no-motif = （无需预约）
procedures-appointment = 预约
procedures-online-url = 网上办理地址
procedures-references-hint = 每行一条参考：先写名称，再写“|”和网址（https://…）。
procedures-owner-field = 负责该指南的工作人员
procedures-no-owner = （无）
procedures-save-facts = 保存信息

procedures-error-too-long = 某个字段内容太长。
procedures-error-too-many = 某个列表行数太多（最多 30 行）。
procedures-error-situation = 每种情况都需要一个“|”，后面写它带来的变化。
procedures-error-cost = 每项费用以欧元金额开头，后面是“|”和该情况。
procedures-error-delay = 办理时间必须从某个天数到一个相等或更大的天数。
procedures-error-missing = 指南有部分内容为空：标题、摘要、适用对象、具体情况、步骤、材料、费用、办理时间和“网上办理”都必须填写。
procedures-error-url = 网址必须以 https:// 开头。
procedures-error-language = 不提供该语言。
procedures-error-version = 该指南版本不存在。
procedures-error-level = 请说明修改是小幅、中等还是重大。
procedures-error-no-french = 请先发布法语版。
procedures-error-shape = 译文必须与法语原文结构相同：情况、步骤、材料和提示框的数量相同，金额和办理时间也相同。
procedures-error-sources = 至少需要一条法律依据和一个附有网址的信息来源。
procedures-error-appointment = 请选择是否需要预约。
procedures-error-date = 该日期无效（格式为 YYYY-MM-DD，且不能是将来的日期）。
procedures-error-motif = 该预约事由不存在。
procedures-error-owner = 该工作人员不存在。
procedures-error-checked-by = 请说明由谁审读了指南。
procedures-error-no-falc = 请先发布易读版。
procedures-read-aloud = 朗读
procedures-stop-reading = 停止朗读
procedures-no-voice = 此设备没有该语言的语音。
procedures-of-kind = 回答“{ $kind }”类申请的指南。
