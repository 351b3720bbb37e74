# 设备：工作站、取号机和等候室屏幕；设备登记。

devices-title = 工作站、取号机和屏幕
devices-intro = 只有已登记的工作站才允许工作人员用个人密码登录；一个地点的号票只由其已登记的取号机发放，叫号只在其已登记的屏幕上显示。
devices-code-intro = 新设备的登记码：
devices-code-help = 请在 24 小时内在设备本身上输入：工作站在 /agent/poste 页面输入，取号机或屏幕在该地点的取号机页面（/borne/…）或屏幕页面（/ecran/…）输入。此码不会再次显示。
devices-name-label = 新工作站名称
devices-name-error = 请为工作站命名（最多 100 个字符）。
devices-create = 创建工作站
devices-table-caption = 已登记的设备
devices-col-name = 名称
devices-col-kind = 类型
devices-col-site = 地点
devices-col-status = 状态
devices-col-last-seen = 最后使用
devices-col-actions = 操作
devices-status-pending = 等待登记
devices-status-enrolled = 已登记
devices-status-revoked = 已撤销
devices-revoke = 撤销 { $name }

devices-new-workstation = 新工作站
devices-new-site-device = 新取号机或新屏幕
devices-site-device-help = 取号机发放一个地点的号票；等候室屏幕显示该地点的叫号。每台设备只服务一个地点。
devices-kind-label = 设备类型
devices-site-label = 地点
devices-site-choose = 选择地点
devices-site-device-name-label = 取号机或屏幕的名称
devices-create-site-device = 创建取号机或屏幕
devices-kind-workstation = 工作站
devices-kind-kiosk = 取号机
devices-kind-screen = 等候室屏幕
devices-error-name = 请为取号机或屏幕命名（最多 100 个字符）。
devices-error-site = 请选择取号机或屏幕所在的地点。
devices-error-kind = 请选择取号机或屏幕。

devices-enrol-kiosk-title = 登记这台取号机
devices-enrol-screen-title = 登记这块屏幕
devices-enrol-intro = 此设备尚未为该地点登记。请输入管理员提供的登记码（“工作站、取号机和屏幕”页面）。登记码只能使用一次。
devices-enrol-code-label = 登记码
devices-enrol-submit = 登记
devices-error-code = 此码在这里无效：它有误、已被使用、已过期，或是为其他设备或其他地点生成的。
devices-error-not-kiosk = 取号机号票只由本地点已登记的取号机发放。未取到号票。
devices-error-priority-from-home = 优先需求请在取号机上或向顾问申报，不能在家中申报。未取到号票。
devices-priority-at-kiosk = 需要优先办理（残障、怀孕、高龄、带幼儿）？到达时请在取号机上或向顾问说明。
