# 管理首页（/agent/admin），按市政府初次设置的顺序排列。
admin-index-intro = 市政府自行设置的一切，按初次安装的顺序：地点和部门，然后是人员、设备、消息和规则。
admin-group-town = 市政府：地点、部门和办事事由
admin-group-people = 人员
admin-group-devices = 设备
admin-group-messages = 发给居民的消息
admin-group-settings = 规则
admin-index-sites = 每个接待点的地址、电话、开放时间和关闭日期。
admin-index-motifs = 每个办事事由的时长、需携带的材料、期限和网上预约。
admin-index-schedules = 各地点工作人员的每周排班和缺勤。
admin-index-devices = 接待电脑、自助终端和候诊室屏幕，以及它们的注册码。
admin-index-journal = 发给居民的短信和电子邮件，以及未能发出的消息。
admin-index-queue = 各地点排队的优先顺序和标记"缺席"前的呼叫次数。
admin-index-templates = 发给居民的短信和电子邮件的文字，按语言逐一设置，可预览。
admin-index-settings = 网上改约或取消的期限、候补名单的保留时间和提醒。
