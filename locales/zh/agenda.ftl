# Counsellors' agenda.

agenda-show = 显示
agenda-agent = 工作人员
agenda-all-agents = 全部工作人员
agenda-day = 日期
agenda-navigation = 日程导航
agenda-previous-day = 前一天
agenda-next-day = 后一天
agenda-day-view = 按日查看
agenda-week-view = 按周查看
agenda-week-of = { $date } 这一周
agenda-count = { $count -> 
    [0] 没有预约
   *[other] { $count } 个预约
}
agenda-empty = 没有预约。
agenda-time = 时间
agenda-resident = 来访者
agenda-needs = 需求
agenda-status = 状态
agenda-actions = 操作
agenda-interpreter = 翻译：{ $language }
agenda-speaks = 使用语言：{ $language }
agenda-check-in = 已到
agenda-no-show = 未到
agenda-cancel = 取消…
agenda-cancel-reason = 取消原因
agenda-cancel-confirm = 取消预约
agenda-reason-resident-request = 来访者要求
agenda-reason-agent-unavailable = 工作人员无法接待
agenda-reason-closure = 地点关闭
agenda-reason-other = 其他原因
agenda-error-reason = 请从列表中选择取消原因。
agenda-book = 为来访者预约
agenda-booked = 预约 { $reference } 已登记；已通知来访者。
agenda-choose = 请选择…
agenda-see-times = 查看时间
agenda-back = 返回日程
