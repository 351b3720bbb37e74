# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = 在您编辑期间，其他人保存了此项：未保存任何内容。显示的是当前的值；如仍需要，请重新修改。
admin-error-slug = 标识符无效：只能使用不带重音的小写拉丁字母、数字和连字符（例如 mairie-annexe）。
admin-error-slug-taken = 此标识符已被使用：请另选一个。
admin-error-taken = 此标识符或字母刚刚被他人占用：请另选一个。
admin-error-email = 电子邮件地址无效：请检查（例如 accueil@mairie.fr）。
admin-error-site-appointments = 此地点仍有已预约的预约：请先改期或取消，再停用该地点。
admin-error-desk = 窗口名称无效：必须填写，且不得与该地点的其他窗口重名。
admin-error-service = 启用的事由须属于启用中的服务。
admin-error-letter = 号码字母无效：只能是 A 到 Z 的一个字母。
admin-error-letter-taken = 此字母已属于另一项服务（即使已停用：其号码仍带有该字母）。
admin-error-position = 排序无效：1 到 999 之间的整数。
admin-error-service-motifs = 此服务仍有启用的事由：请先停用这些事由或将其移至其他服务。
admin-error-import = 文件有错误：未保存任何内容。请更正标出的行，然后重新预览。

town-problem-name = 缺少名称（最多 200 个字符）
town-problem-duration = 时长：5 到 480 之间的整数分钟
town-problem-buffer = 间隔：0 到 120 之间的整数分钟
town-problem-min-delay = 最短提前：0 到 720 之间的整数小时
town-problem-max-delay = 最长提前：1 到 366 之间的整数天
town-problem-cells = 单元格数多于标题行的列数
town-problem-code = 代码无效：不带重音的小写拉丁字母、数字和连字符
town-problem-code-twice = 此代码已出现在前面的某一行
town-problem-service = 未知服务：请填写其标识符或名称
town-problem-service-retired = 此服务已停用
town-problem-online = “en ligne”：请填写 oui 或 non
town-import-separator = 只读到一列：请像法语电子表格那样用分号（;）分隔单元格。
town-import-column-twice = 标题行中“{ $column }”列出现了两次。
town-import-column-unknown = 标题行中有未知列：“{ $column }”。
town-import-column-missing = 标题行缺少必填列：“{ $column }”。
town-import-empty = 没有要导入的行：请粘贴标题行和至少一行数据。

town-slug = 标识符
town-slug-hint = 用于网址，之后不能更改：不带重音的小写拉丁字母、数字和连字符（例如 mairie-annexe）。
town-create = 创建
town-retired = 已停用
town-retire = 停用
town-reactivate = 恢复
town-site-add = 新地点
town-site-email = 电子邮件地址
town-desks = 窗口
town-desk-label = 窗口名称
town-desk-rename = 重命名
town-desk-new = 新窗口
town-index-services = 市政厅的各项服务、号码字母及排序；创建、修改、停用。
town-index-import = 从电子表格（CSV）创建或更新事由，并逐行预览。
town-services-title = 服务
town-services-intro = 每项服务有自己的号码字母。只有在其全部事由停用后才能停用服务；过去的号码仍保留该服务。
town-service-add = 新服务
town-service-motifs = { $count ->
    [0] 没有启用的事由
   *[other] { $count } 个启用的事由
}
town-service-name = 服务名称
town-service-letter = 号码字母
town-service-letter-hint = A 到 Z 中专属此服务的一个字母：E 对应 E001、E002…
town-service-position = 在列表中的排序
town-service-experts = 由专员办理
town-service-experts-hint = 此服务的预约直接交给接待的专员。
town-motif-add = 新事由
town-motif-service = 服务
town-import-title = 导入事由
town-import-how = 所需文件
town-import-help = 将表格另存为 CSV 格式（分号分隔，UTF-8），用文本编辑器打开后粘贴到下方。代码已存在的行会更新该事由；其他行会创建新事由。
town-import-columns = 第一行：各列的名称。
town-import-defaults = 必填：code、nom、service、durée。若缺少相应列，间隔为 0，“en ligne”为 oui，最短提前 2 小时，最长提前 60 天。需携带的材料用竖线（|）分隔。
town-import-example = 示例：
town-import-text = CSV 文件内容
town-import-preview = 预览
town-import-preview-title = 预览
town-import-ready = { $count ->
   *[other] { $count } 行可以保存。
}
town-import-wrong = { $count ->
    [0] 无法读取文件：不会保存任何内容。
   *[other] { $count } 行有错误：改正之前不会保存任何内容。
}
town-import-line = 行
town-import-what = 结果
town-import-new = 新事由
town-import-update = 更新
town-import-confirm = 保存全部事由
